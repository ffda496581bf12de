// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The desktop's view of a pod's guard: what the watchdog says is read off the GUI thread, written
// to pods.json and shown in the details panel; five minutes before a stop the user is warned once
// and "Keep running" postpones an idle stop; a pod without a running guard gets it again, and a pod
// that cannot be guarded is said to be unguarded, once. The watchdog is a scripted fake connector
// here; tst_desktop_guard runs the real one on the simulator's pods.
#include "core/lifecycle/GuardChannel.h"
#include "core/pods/PodStore.h"
#include "gui/pods/GuardMonitor.h"
#include "gui/pods/GuardNoticeBanner.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "support/FakeRunPodApi.h"
#include "support/TempHome.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace autopod;
using autopod::gui::GuardMonitor;
using autopod::gui::PodListModel;
using autopod::gui::PodsController;
using autopod::test::FakeRunPodApi;

namespace {

// Answers like SshPodConnector: later, on the caller's thread, never inside the call.
class ScriptedConnector : public lifecycle::GuardChannel
{
public:
    QList<lifecycle::GuardResult> states; // the next readGuard answers, in order (the last repeats)
    lifecycle::GuardResult installAnswer;
    lifecycle::GuardResult keepAnswer;
    QList<lifecycle::GuardRequest> installs;
    QList<int> keeps;
    int reads = 0;

    void readGuard(const lifecycle::SshEndpoint&, QObject* context, GuardCallback done) override
    {
        ++reads;
        const lifecycle::GuardResult r = states.size() > 1 ? states.takeFirst() : states.value(0);
        later(context, done, r);
    }
    void keepGuard(const lifecycle::SshEndpoint&, int minutes, QObject* context, GuardCallback done) override
    {
        keeps << minutes;
        later(context, done, keepAnswer);
    }
    void installGuard(const lifecycle::GuardRequest& request, QObject* context, GuardCallback done) override
    {
        installs << request;
        later(context, done, installAnswer);
    }

private:
    static void later(QObject* context, const GuardCallback& done, const lifecycle::GuardResult& r)
    {
        QMetaObject::invokeMethod(
            context, [done, r] { done(r); }, Qt::QueuedConnection);
    }
};

lifecycle::GuardResult answer(const QByteArray& stateFile)
{
    lifecycle::GuardResult r;
    r.attempted = true;
    r.ok = true;
    r.state = pods::GuardState::parse(stateFile);
    return r;
}

lifecycle::GuardResult idleIn(int seconds)
{
    return answer(
        "running=1\nactivity=none\nidle_stop_minutes=30\naction=idle\naction_in=" + QByteArray::number(seconds) + "\n");
}

} // namespace

class TestGuardMonitor : public QObject
{
    Q_OBJECT

    struct Rig
    {
        test::TempHome home;
        pods::PodStore store{home.path(QStringLiteral("pods.json"))};
        FakeRunPodApi api;
        PodListModel model;
        PodsController pods{api, model};
        ScriptedConnector connector;
        GuardMonitor monitor{connector, model, store};

        explicit Rig(std::optional<pods::GuardSettings> guard = pods::GuardSettings{}, const QString& guardError = {})
        {
            QVERIFY(store.load());
            pods::PodRecord r;
            r.podId = QStringLiteral("p1");
            r.name = QStringLiteral("autopod-2026-12-05-001-ab12");
            r.status = QString::fromLatin1(pods::PodRecord::kRunning);
            r.costPerHour = 0.5;
            r.guard = guard;
            r.guardError = guardError;
            QString error;
            QVERIFY2(store.upsert(r, &error), qPrintable(error));
            api.addPod(FakeRunPodApi::runningPod(r.podId, r.name, 0.5));
            pods.setStore(&store);
            QSignalSpy refreshed(&pods, &PodsController::refreshed);
            pods.start();
            QVERIFY(refreshed.wait(2000));
            QVERIFY(model.find(QStringLiteral("p1")));
            QCOMPARE(model.find(QStringLiteral("p1"))->sshPort, 40022);
        }
        pods::PodRecord record() const { return *store.find(QStringLiteral("p1")); }
        gui::PodRow row() const { return *model.find(QStringLiteral("p1")); }
    };

private Q_SLOTS:
    void theGuardsStateIsShownInTheDetailsPanel_andWrittenToPodsJson()
    {
        Rig rig;
        rig.connector.states = {idleIn(12 * 60)};
        rig.monitor.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(rig.record().guardStatus == QStringLiteral("stops in 12 min: idle 30 min"), 2000);
        gui::PodDetailsPanel panel;
        QTRY_COMPARE_WITH_TIMEOUT(rig.row().guardStatus, QStringLiteral("stops in 12 min: idle 30 min"), 2000);
        panel.setPod(rig.row());
        QCOMPARE(panel.guardText(), QStringLiteral("stop after 30 min idle"));
        QCOMPARE(panel.guardStateText(), QStringLiteral("stops in 12 min: idle 30 min"));
    }

    void theStateIsReadAtTheInterval_whileThePodRuns()
    {
        Rig rig;
        rig.connector.states = {idleIn(12 * 60)};
        rig.monitor.setIntervalMs(100);
        rig.monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.connector.reads >= 3, 2000);
        // A pod that no longer runs is not asked.
        rig.api.podsById[QStringLiteral("p1")].desiredStatus = api::PodStatus::Exited;
        rig.api.podsById[QStringLiteral("p1")].runtime.reset();
        QSignalSpy refreshed(&rig.pods, &PodsController::refreshed);
        rig.pods.refreshNow();
        QVERIFY(refreshed.wait(2000));
        const int before = rig.connector.reads;
        QTest::qWait(400);
        QCOMPARE(rig.connector.reads, before);
    }

    void fiveMinutesBeforeAnIdleStopTheUserIsWarnedOnce_andKeepRunningPostponesIt()
    {
        Rig rig;
        gui::GuardNoticeBanner banner;
        connect(&rig.monitor, &GuardMonitor::stopSoon, &banner, &gui::GuardNoticeBanner::showNotice);
        connect(&rig.monitor, &GuardMonitor::stopNoLongerSoon, &banner, &gui::GuardNoticeBanner::clearNotice);
        connect(&banner, &gui::GuardNoticeBanner::keepRequested, &rig.monitor,
                [&](const QString& podId) { rig.monitor.keep(podId); });
        QSignalSpy soon(&rig.monitor, &GuardMonitor::stopSoon);
        QSignalSpy notSoon(&rig.monitor, &GuardMonitor::stopNoLongerSoon);
        QSignalSpy kept(&rig.monitor, &GuardMonitor::kept);

        rig.connector.states = {idleIn(6 * 60), idleIn(4 * 60), idleIn(3 * 60)};
        rig.monitor.checkNow(); // 6 min: not yet
        QTRY_COMPARE_WITH_TIMEOUT(rig.connector.reads, 1, 1000);
        QTest::qWait(50);
        QCOMPARE(soon.size(), 0);
        rig.monitor.checkNow(); // 4 min: warned
        QTRY_COMPARE_WITH_TIMEOUT(soon.size(), 1, 1000);
        QCOMPARE(soon.first().at(0).toString(), QStringLiteral("p1"));
        QCOMPARE(soon.first().at(1).toString(),
                 QStringLiteral("autopod-2026-12-05-001-ab12 will be stopped by its guard in 4 min: idle 30 min "
                                "without activity."));
        QVERIFY(soon.first().at(2).toBool()); // an idle stop can be postponed
        QVERIFY(!banner.isHidden());
        QVERIFY(!banner.keepButton()->isHidden());
        rig.monitor.checkNow(); // 3 min: said already
        QTRY_COMPARE_WITH_TIMEOUT(rig.connector.reads, 3, 1000);
        QTest::qWait(50);
        QCOMPARE(soon.size(), 1);

        // Keep running: no idle stop for the pod's idle period (30 min) from now.
        rig.connector.keepAnswer = idleIn(30 * 60);
        banner.keepButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 1000);
        QCOMPARE(rig.connector.keeps, QList<int>{30});
        QCOMPARE(notSoon.size(), 1);
        QVERIFY(banner.isHidden());
        QCOMPARE(rig.record().guardStatus, QStringLiteral("stops in 30 min: idle 30 min"));
        QVERIFY2(kept.first().at(1).toString().contains(QStringLiteral("no idle stop for 30 min")),
                 qPrintable(kept.first().at(1).toString()));

        // The next time it comes near, the user is warned again.
        rig.connector.states = {idleIn(2 * 60)};
        rig.monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(soon.size(), 2, 1000);
    }

    void aBudgetStopIsAnnounced_withoutKeepRunning()
    {
        pods::GuardSettings settings;
        settings.maxUsd = 5.0;
        Rig rig(settings);
        QSignalSpy soon(&rig.monitor, &GuardMonitor::stopSoon);
        rig.connector.states = {answer("running=1\naction=budget\naction_in=120\nidle_stop_minutes=30\n")};
        rig.monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(soon.size(), 1, 1000);
        QVERIFY2(soon.first().at(1).toString().contains(QStringLiteral("in 2 min: budget reached")),
                 qPrintable(soon.first().at(1).toString()));
        QVERIFY(!soon.first().at(2).toBool());
    }

    void aPodWhoseGuardCouldNotStartIsSaidToBeUnguarded_once()
    {
        Rig rig(pods::GuardSettings{}, QStringLiteral("runpodctl is not installed on this pod"));
        QSignalSpy unguarded(&rig.monitor, &GuardMonitor::unguarded);
        // Still not running: autopod tries to start it again (at most once per interval) and fails.
        rig.connector.states = {answer("running=0\n")};
        rig.connector.installAnswer.attempted = true;
        rig.connector.installAnswer.message = QStringLiteral("runpodctl is not installed on this pod");
        rig.monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(unguarded.size(), 1, 1000);
        QVERIFY2(unguarded.first().at(1).toString().contains(
                     QStringLiteral("is NOT guarded (runpodctl is not installed on this pod)")),
                 qPrintable(unguarded.first().at(1).toString()));
        rig.monitor.checkNow();
        rig.monitor.checkNow();
        QTest::qWait(200);
        QCOMPARE(unguarded.size(), 1);
        QCOMPARE(rig.connector.installs.size(), 1);

        gui::PodDetailsPanel panel;
        panel.setPod(rig.row());
        QCOMPARE(panel.guardStateText(), QStringLiteral("NOT guarded: runpodctl is not installed on this pod"));
    }

    // The pod restarted (a fresh container disk) or the watchdog died: it is started again with the
    // pod's recorded limits, and the record says it runs.
    void aGuardThatIsNotRunningIsStartedAgain()
    {
        pods::GuardSettings settings;
        settings.idleStopMinutes = 45;
        settings.maxHours = 8;
        Rig rig(settings);
        lifecycle::GuardResult missing;
        missing.attempted = true;
        missing.message = QStringLiteral("the guard is not installed");
        rig.connector.states = {missing};
        rig.connector.installAnswer = idleIn(45 * 60);
        rig.monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(rig.connector.installs.size(), 1, 1000);
        QCOMPARE(rig.connector.installs.first().settings, settings);
        QCOMPARE(rig.connector.installs.first().costPerHr, 0.5);
        QCOMPARE(rig.connector.installs.first().endpoint.port, 40022);
        QTRY_COMPARE_WITH_TIMEOUT(rig.record().guardStatus, QStringLiteral("stops in 45 min: idle 30 min"), 1000);
        QVERIFY(rig.record().guardError.isEmpty());
    }

    // SSH did not reach the pod: the guard's state is unknown, which is neither "unguarded" nor a
    // reason to install it again.
    void anUnreachablePodIsNotCalledUnguarded()
    {
        Rig rig;
        lifecycle::GuardResult unreachable;
        unreachable.attempted = true;
        unreachable.message = QStringLiteral("Connection refused");
        rig.connector.states = {unreachable};
        QSignalSpy unguarded(&rig.monitor, &GuardMonitor::unguarded);
        rig.monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(rig.connector.reads, 1, 1000);
        QTest::qWait(100);
        QCOMPARE(unguarded.size(), 0);
        QCOMPARE(rig.connector.installs.size(), 0);
        QVERIFY(rig.record().guardError.isEmpty());
    }

    void whenTheGuardStopsThePod_theUserIsTold_andTheListSaysWhy()
    {
        Rig rig;
        QSignalSpy stopped(&rig.monitor, &GuardMonitor::guardStopped);
        rig.connector.states = {answer("running=1\naction=idle\naction_in=0\nidle_stop_minutes=30\n"
                                       "stopping=idle 30 min\n")};
        rig.monitor.checkNow();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 1000);
        QCOMPARE(stopped.first().at(1).toString(),
                 QStringLiteral("The guard is stopping autopod-2026-12-05-001-ab12: idle 30 min."));
        QCOMPARE(rig.record().guardStoppedReason, QStringLiteral("idle 30 min"));
        QCOMPARE(rig.connector.installs.size(), 0);

        // RunPod says it stopped: the list's status says why.
        rig.api.podsById[QStringLiteral("p1")].desiredStatus = api::PodStatus::Exited;
        rig.api.podsById[QStringLiteral("p1")].runtime.reset();
        QSignalSpy refreshed(&rig.pods, &PodsController::refreshed);
        rig.pods.refreshNow();
        QVERIFY(refreshed.wait(2000));
        const QModelIndex status = rig.model.index(0, PodListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Stopped: idle 30 min"));
        gui::PodDetailsPanel panel;
        panel.setPod(rig.row());
        QCOMPARE(panel.guardStateText(), QStringLiteral("it stopped the pod: idle 30 min"));
    }
};

QTEST_MAIN(TestGuardMonitor)
#include "tst_guardmonitor.moc"
