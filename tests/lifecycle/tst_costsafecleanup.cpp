// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The cost-safe cleanup on its own: which pods it stops, terminates or leaves alone, what RunPod
// is asked, what the journal records and what the report tells the user.
#include "core/lifecycle/CostSafeCleanup.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"

#include <QTest>

#include <memory>

using namespace autopod;
using lifecycle::CancelChoice;
using lifecycle::CostSafeCleanup;
using lifecycle::FailureAction;
using lifecycle::FailureKind;
using lifecycle::FailureReport;
using lifecycle::PodOrigin;
using test::apiError;
using K = api::ApiError::Kind;

Q_DECLARE_METATYPE(autopod::lifecycle::PodOrigin)
Q_DECLARE_METATYPE(autopod::lifecycle::CancelChoice)

namespace {

CostSafeCleanup::Subject subject(PodOrigin origin = PodOrigin::Created, bool reachedReady = false,
                                 bool hasVolume = false, bool inError = false)
{
    return {.name = QStringLiteral("autopod-2026-11-30-001"),
            .podId = QStringLiteral("pod1"),
            .origin = origin,
            .reachedReady = reachedReady,
            .hasVolume = hasVolume,
            .inError = inError};
}

FailureReport failure(FailureKind kind = FailureKind::ReadinessTimeout)
{
    return {.kind = kind,
            .message = QStringLiteral("Pod autopod-2026-11-30-001 did not start within 10 minutes."),
            .detail = {},
            .action = FailureAction::NothingCreated,
            .actionText = {},
            .podId = QStringLiteral("pod1"),
            .podName = QStringLiteral("autopod-2026-11-30-001")};
}

struct Rig
{
    test::FakeRunPodApi api;
    test::FakeJournal journal;
    test::FakePodConnector connector;
    CostSafeCleanup cleanup{api, journal, connector};
    QObject context;
    std::optional<FailureReport> report;
    std::optional<api::Pod> stopped;

    Rig()
    {
        api.addPod(
            test::FakeRunPodApi::runningPod(QStringLiteral("pod1"), QStringLiteral("autopod-2026-11-30-001"), 0.8));
    }

    void apply(CancelChoice choice, FailureReport r = failure(), CostSafeCleanup::Subject pod = subject())
    {
        cleanup.apply(choice, pod, std::move(r), &context,
                      [this](const FailureReport& done, const std::optional<api::Pod>& stoppedPod) {
                          report = done;
                          stopped = stoppedPod;
                      });
    }
    bool waitDone()
    {
        return QTest::qWaitFor([this] { return report.has_value(); }, 5000);
    }
};

} // namespace

class TestCostSafeCleanup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePolicyTerminatesOnlyANewPodThatHoldsNothing_data()
    {
        QTest::addColumn<PodOrigin>("origin");
        QTest::addColumn<bool>("reachedReady");
        QTest::addColumn<bool>("hasVolume");
        QTest::addColumn<bool>("inError");
        QTest::addColumn<CancelChoice>("expected");
        QTest::newRow("created, never ready, no volume")
            << PodOrigin::Created << false << false << false << CancelChoice::Terminate;
        QTest::newRow("created, never ready, volume")
            << PodOrigin::Created << false << true << false << CancelChoice::Stop;
        // RunPod refuses to stop a pod in ERROR (only start or terminate), and it keeps billing.
        QTest::newRow("created, container failed, volume")
            << PodOrigin::Created << false << true << true << CancelChoice::Terminate;
        QTest::newRow("created, was ready, no volume")
            << PodOrigin::Created << true << false << false << CancelChoice::Stop;
        QTest::newRow("created, was ready, volume")
            << PodOrigin::Created << true << true << false << CancelChoice::Stop;
        QTest::newRow("resumed, no volume") << PodOrigin::Resumed << false << false << false << CancelChoice::Stop;
        QTest::newRow("resumed, volume") << PodOrigin::Resumed << false << true << false << CancelChoice::Stop;
        // Its volume may hold the user's work: never terminated without their word.
        QTest::newRow("resumed, container failed, volume")
            << PodOrigin::Resumed << false << true << true << CancelChoice::Stop;
        QTest::newRow("attached, no volume") << PodOrigin::Attached << false << false << false << CancelChoice::Keep;
        QTest::newRow("attached, was ready, volume")
            << PodOrigin::Attached << true << true << false << CancelChoice::Keep;
    }

    void thePolicyTerminatesOnlyANewPodThatHoldsNothing()
    {
        QFETCH(PodOrigin, origin);
        QFETCH(bool, reachedReady);
        QFETCH(bool, hasVolume);
        QFETCH(bool, inError);
        QFETCH(CancelChoice, expected);
        QCOMPARE(CostSafeCleanup::choiceFor(subject(origin, reachedReady, hasVolume, inError)), expected);
    }

    void afterAFailureOnlyAPodOfTheFlowsOwnIsActedOn()
    {
        QVERIFY(CostSafeCleanup::mayActOn(subject(PodOrigin::Created)));
        QVERIFY(CostSafeCleanup::mayActOn(subject(PodOrigin::Resumed)));
        QVERIFY(!CostSafeCleanup::mayActOn(subject(PodOrigin::Attached)));
        CostSafeCleanup::Subject none = subject();
        none.podId.clear();
        QVERIFY(!CostSafeCleanup::mayActOn(none));
    }

    void withoutAPodTheReportSaysNothingBills()
    {
        Rig rig;
        CostSafeCleanup::Subject none = subject();
        none.podId.clear();
        const FailureReport r = rig.cleanup.leave(none, failure());
        QCOMPARE(r.action, FailureAction::NothingCreated);
        QCOMPARE(r.actionText, QStringLiteral("No pod was created; nothing is billing."));
        QVERIFY(rig.api.calls.isEmpty());
        QVERIFY(rig.connector.closed.isEmpty());
    }

    void anAttachedPodIsLeftRunningWithItsTunnelClosed()
    {
        Rig rig;
        const FailureReport r = rig.cleanup.leave(subject(PodOrigin::Attached), failure());
        QCOMPARE(r.action, FailureAction::KeptRunning);
        QVERIFY2(r.actionText.contains(QStringLiteral("left running as it was")), qPrintable(r.actionText));
        QVERIFY2(r.actionText.contains(QStringLiteral("It keeps billing")), qPrintable(r.actionText));
        QCOMPARE(rig.connector.closed, QStringList{QStringLiteral("pod1")});
        QVERIFY(rig.api.calls.isEmpty());
        QCOMPARE(rig.api.podState(QStringLiteral("pod1")).desiredStatus, api::PodStatus::Running);
    }

    void terminatingEndsTheBillingAndForgetsThePod()
    {
        Rig rig;
        rig.apply(CancelChoice::Terminate);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::Terminated);
        QCOMPARE(rig.report->actionText, QStringLiteral("Terminated pod autopod-2026-11-30-001 to save costs (it never "
                                                        "became ready and held no volume data)."));
        QCOMPARE(rig.report->message, failure().message); // what failed stays as it was
        QVERIFY(!rig.api.hasPod(QStringLiteral("pod1")));
        QCOMPARE(rig.api.calls, QStringList{QStringLiteral("terminatePod:pod1")});
        QVERIFY(rig.journal.events.contains(QStringLiteral("gone autopod-2026-11-30-001 pod1")));
        QCOMPARE(rig.connector.forgotten, QStringList{QStringLiteral("pod1")});
        QCOMPARE(rig.connector.closed, QStringList{QStringLiteral("pod1")});
        QVERIFY(!rig.stopped);
    }

    void aCancelledTerminateSaysSo()
    {
        Rig rig;
        rig.apply(CancelChoice::Terminate, failure(FailureKind::Cancelled));
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->actionText,
                 QStringLiteral("Terminated pod autopod-2026-11-30-001: its billing has ended."));
    }

    void aPodAlreadyGoneCountsAsTerminated()
    {
        Rig rig;
        rig.api.podsById.clear();
        rig.apply(CancelChoice::Terminate);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::Terminated);
        QVERIFY(rig.journal.events.contains(QStringLiteral("gone autopod-2026-11-30-001 pod1")));
    }

    void aTerminateThatFailsSaysThePodMayStillBill()
    {
        Rig rig;
        rig.api.failNext(QStringLiteral("terminatePod"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.apply(CancelChoice::Terminate);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::ActionFailed);
        QVERIFY2(rig.report->actionText.startsWith(QStringLiteral("Could not terminate pod autopod-2026-11-30-001")),
                 qPrintable(rig.report->actionText));
        QVERIFY2(rig.report->actionText.contains(QStringLiteral("It may still be billing")),
                 qPrintable(rig.report->actionText));
        QVERIFY(rig.api.hasPod(QStringLiteral("pod1")));
        QVERIFY(rig.journal.events.isEmpty()); // still tracked as it was
        QVERIFY(rig.connector.forgotten.isEmpty());
    }

    void stoppingEndsTheGpuBillingAndKeepsTheVolume()
    {
        Rig rig;
        rig.apply(CancelChoice::Stop);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::Stopped);
        QCOMPARE(rig.report->actionText, QStringLiteral("Stopped pod autopod-2026-11-30-001 to save costs: GPU billing "
                                                        "has ended, its volume is kept."));
        QCOMPARE(rig.api.calls, QStringList{QStringLiteral("stopPod:pod1")});
        QCOMPARE(rig.api.podState(QStringLiteral("pod1")).desiredStatus, api::PodStatus::Exited);
        QVERIFY(rig.stopped);
        QCOMPARE(rig.stopped->desiredStatus, api::PodStatus::Exited);
        QCOMPARE(rig.journal.events, QStringList{QStringLiteral("updated autopod-2026-11-30-001 pod1")});
        QVERIFY(rig.connector.forgotten.isEmpty()); // a stopped pod keeps its host key
    }

    void stoppingAPodAlreadyGoneSaysNothingBills()
    {
        Rig rig;
        rig.api.podsById.clear();
        rig.apply(CancelChoice::Stop);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::AlreadyGone);
        QCOMPARE(rig.report->actionText,
                 QStringLiteral("Pod autopod-2026-11-30-001 no longer exists on RunPod; nothing is billing."));
        QCOMPARE(rig.journal.events, QStringList{QStringLiteral("gone autopod-2026-11-30-001 pod1")});
    }

    void aStopThatFailsSaysHowToStopIt()
    {
        Rig rig;
        rig.api.failNext(QStringLiteral("stopPod"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.apply(CancelChoice::Stop);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.report->action, FailureAction::ActionFailed);
        QVERIFY2(rig.report->actionText.startsWith(QStringLiteral("Could not stop pod autopod-2026-11-30-001")),
                 qPrintable(rig.report->actionText));
        QVERIFY2(rig.report->actionText.contains(QStringLiteral("RunPod console")), qPrintable(rig.report->actionText));
        QCOMPARE(rig.api.podState(QStringLiteral("pod1")).desiredStatus, api::PodStatus::Running);
        QVERIFY(!rig.stopped);
    }

    void keepingThePodAsksRunPodNothing()
    {
        Rig rig;
        rig.apply(CancelChoice::Keep, failure(FailureKind::Cancelled));
        QVERIFY(rig.report); // at once: there is nothing to wait for
        QCOMPARE(rig.report->action, FailureAction::KeptRunning);
        QVERIFY2(rig.report->actionText.contains(QStringLiteral("keeps billing until you stop it")),
                 qPrintable(rig.report->actionText));
        QVERIFY(rig.api.calls.isEmpty());
        QVERIFY(rig.connector.closed.isEmpty());
    }

    void droppingTheContextAbandonsTheAnswer()
    {
        Rig rig;
        auto context = std::make_unique<QObject>();
        bool answered = false;
        rig.cleanup.apply(CancelChoice::Stop, subject(), failure(), context.get(),
                          [&answered](const FailureReport&, const std::optional<api::Pod>&) { answered = true; });
        context.reset();
        QTest::qWait(100);
        QVERIFY(!answered);
    }

    void anAbandonedCleanupSaysThePodMayStillBill()
    {
        FailureReport r = CostSafeCleanup::abandoned(failure(), subject());
        QCOMPARE(r.action, FailureAction::ActionFailed);
        QVERIFY2(
            r.actionText.startsWith(QStringLiteral("Stopped waiting for RunPod to stop pod autopod-2026-11-30-001.")),
            qPrintable(r.actionText));
        QVERIFY2(r.actionText.contains(QStringLiteral("It may still be billing")), qPrintable(r.actionText));
        CostSafeCleanup::Subject none = subject();
        none.podId.clear();
        r = CostSafeCleanup::abandoned(failure(), none);
        QVERIFY2(r.actionText.startsWith(QStringLiteral("Stopped looking for pod autopod-2026-11-30-001")),
                 qPrintable(r.actionText));
    }

    void progressLinesNameTheCall()
    {
        QCOMPARE(CostSafeCleanup::progressLabel(CancelChoice::Stop, QStringLiteral("a")),
                 QStringLiteral("Stopping pod a"));
        QCOMPARE(CostSafeCleanup::progressLabel(CancelChoice::Terminate, QStringLiteral("a")),
                 QStringLiteral("Terminating pod a"));
        QVERIFY(CostSafeCleanup::progressLabel(CancelChoice::Keep, QStringLiteral("a")).isEmpty());
    }
};

QTEST_MAIN(TestCostSafeCleanup)
#include "tst_costsafecleanup.moc"
