// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The refresh schedule and the pod actions, against an in-memory RunPod: what the user sees in
// the list after each step, what RunPod was asked, and the confirmations in front of actions.
#include "core/pods/PodStore.h"
#include "core/pods/Presentation.h"
#include "gui/pods/PodActionPrompts.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/pods/UntrackedPodsBanner.h"
#include "support/FakeRunPodApi.h"
#include "support/TempHome.h"

#include <QAbstractButton>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using autopod::gui::PodActionPrompts;
using autopod::gui::PodListModel;
using autopod::gui::PodRow;
using autopod::gui::PodsController;
using autopod::test::FakeRunPodApi;

namespace {

QAbstractButton* buttonWithText(QMessageBox* box, const QString& text)
{
    for (QAbstractButton* b : box->buttons()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

class PodsControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refreshShowsRunPodsPods()
    {
        FakeRunPodApi api;
        api.addPod(
            FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 0.4, 1800));
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.rowCount(), 1);
        const PodRow& r = model.rows().first();
        QCOMPARE(r.state, PodRow::State::Running);
        QCOMPARE(r.runtimeSeconds, 1800);
        QCOMPARE(r.accumulatedCost, 0.2);
        QCOMPARE(r.sshHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(r.sshPort, 40022);
    }

    void schedulesByWhatBills()
    {
        FakeRunPodApi api;
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(pods.nextIntervalMs(), PodsController::idleIntervalMs);
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("a"), 0.4));
        pods.refreshNow();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(pods.nextIntervalMs(), PodsController::activeIntervalMs);
        // Between refreshes nothing is asked: no busy polling.
        const int before = api.count(QStringLiteral("pods"));
        QTest::qWait(300);
        QCOMPARE(api.count(QStringLiteral("pods")), before);
    }

    void refreshesCoalesce()
    {
        FakeRunPodApi api;
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.refreshNow();
        pods.refreshNow();
        pods.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 2000);
        QTest::qWait(100);
        QCOMPARE(api.count(QStringLiteral("pods")), 2);
    }

    void refreshFailureIsReported()
    {
        FakeRunPodApi api;
        api.failNext(QStringLiteral("pods"), autopod::api::ApiError{autopod::api::ApiError::Kind::InvalidApiKey,
                                                                    QStringLiteral("The RunPod API key was refused."),
                                                                    {},
                                                                    401});
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy failed(&pods, &PodsController::refreshFailed);
        pods.start();
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The RunPod API key was refused."));
    }

    // When RunPod does not answer, the list keeps the last known state and says so within the
    // read-only deadline, instead of waiting out the retry budget.
    void unansweredRefreshShowsTheLastKnownStateMarkedStale()
    {
        FakeRunPodApi api;
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 0.79));
        PodListModel model;
        PodsController pods(api, model);
        pods.setReadOnlyDeadlineMs(300);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QVERIFY(model.find(QStringLiteral("p1")));
        api.podsHang = true;
        QSignalSpy failed(&pods, &PodsController::refreshFailed);
        QElapsedTimer clock;
        clock.start();
        pods.refreshNow();
        QVERIFY(failed.wait(2000));
        QVERIFY(clock.elapsed() < 1500);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("last known state")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(model.find(QStringLiteral("p1"))); // still listed
    }

    void stopAsksFirstThenStopsAndRefreshes()
    {
        FakeRunPodApi api;
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 0.79));
        PodListModel model;
        PodsController pods(api, model);
        QWidget window;
        PodActionPrompts prompts(model, pods, &window);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));

        prompts.confirmStop(QStringLiteral("p1"));
        QMessageBox* box = prompts.activeDialog();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("$0.79/hr")), qPrintable(box->text()));
        box->reject();
        QTest::qWait(50);
        QCOMPARE(api.count(QStringLiteral("stopPod")), 0);

        prompts.confirmStop(QStringLiteral("p1"));
        box = prompts.activeDialog();
        QVERIFY(box);
        QAbstractButton* stop = buttonWithText(box, QStringLiteral("Stop pod"));
        QVERIFY(stop);
        stop->click();
        QCOMPARE(model.rows().first().state, PodRow::State::Stopping);
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Stopped, 2000);
        QCOMPARE(api.count(QStringLiteral("stopPod:p1")), 1);
        // The list was refreshed at once after the action, not at the next scheduled time.
        QTRY_VERIFY_WITH_TIMEOUT(api.count(QStringLiteral("pods")) >= 2, 2000);
        // RunPod no longer reports uptime for a stopped pod; the cost so far stays visible.
        QCOMPARE(model.rows().first().runtimeSeconds, 60);
    }

    void terminateWarnsWithRuntimeAndCost()
    {
        FakeRunPodApi api;
        api.addPod(
            FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 2.0, 5 * 3600));
        PodListModel model;
        PodsController pods(api, model);
        QWidget window;
        PodActionPrompts prompts(model, pods, &window);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));

        prompts.confirmTerminate(QStringLiteral("p1"));
        QMessageBox* box = prompts.activeDialog();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("5 h 00 min")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("$10.00")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral("Warning")), qPrintable(box->text()));
        QCOMPARE(static_cast<QAbstractButton*>(box->defaultButton()),
                 box->button(QMessageBox::Cancel)); // Enter does not destroy
        buttonWithText(box, QStringLiteral("Terminate"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 2000);
        QCOMPARE(api.count(QStringLiteral("terminatePod:p1")), 1);
    }

    void smallPodTerminatesWithoutWarning()
    {
        PodListModel model;
        FakeRunPodApi api;
        PodsController pods(api, model);
        PodActionPrompts prompts(model, pods, nullptr);
        QVERIFY(!prompts.terminateQuestion(QStringLiteral("x"), 600, 0.1).contains(QStringLiteral("Warning")));
        prompts.setTerminateWarning(0.05, 3600);
        QVERIFY(prompts.terminateQuestion(QStringLiteral("x"), 600, 0.1).contains(QStringLiteral("Warning")));
    }

    void failedActionIsReportedAndStateRestored()
    {
        FakeRunPodApi api;
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("a"), 0.4));
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        api.failNext(QStringLiteral("stopPod"), autopod::api::ApiError{autopod::api::ApiError::Kind::NetworkTimeout,
                                                                       QStringLiteral("RunPod did not answer in time."),
                                                                       {},
                                                                       0});
        QSignalSpy failed(&pods, &PodsController::actionFailed);
        pods.stopPod(QStringLiteral("p1"));
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().at(1).toString().endsWith(QStringLiteral("RunPod did not answer in time.")));
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Running, 2000);
    }

    void resumeAndTunnelState()
    {
        FakeRunPodApi api;
        auto stopped = FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("a"), 0.4);
        stopped.desiredStatus = autopod::api::PodStatus::Exited;
        stopped.runtime.reset();
        stopped.gpuCount = 2;
        api.addPod(stopped);
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.rows().first().state, PodRow::State::Stopped);
        pods.resumePod(QStringLiteral("p1"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Running, 2000);
        QCOMPARE(api.count(QStringLiteral("resumePod:p1:2")), 1);
        pods.setLocalUrl(QStringLiteral("p1"), QStringLiteral("http://localhost:8188"));
        QCOMPARE(model.rows().first().state, PodRow::State::Connected);
        refreshed.clear();
        pods.refreshNow();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.rows().first().state, PodRow::State::Connected); // survives a refresh
        pods.setLocalUrl(QStringLiteral("p1"), {});
        QCOMPARE(model.rows().first().state, PodRow::State::Running);
    }

    // A pod named like autopod's that bills on the account but that pods.json does not know is
    // shown above the list with its cost; "Track them" makes it an ordinary row, tracked in
    // pods.json; "Terminate them…" asks, then terminates it.
    void untrackedBillingPodsAreShownAndCanBeTrackedOrTerminated()
    {
        autopod::test::TempHome home;
        autopod::pods::PodStore store(home.path(QStringLiteral("pods.json")));
        QVERIFY(store.load());
        FakeRunPodApi api;
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-12-01-a1b2-001"), 0.5));
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p2"), QStringLiteral("autopod-2026-12-01-c3d4-001"), 0.4));
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("other"), QStringLiteral("not-autopod"), 3.0));
        PodListModel model;
        PodsController pods(api, model);
        pods.setStore(&store);
        autopod::gui::UntrackedPodsBanner banner;
        connect(&pods, &PodsController::untrackedPodsChanged, &banner, [&] { banner.setPods(pods.untrackedPods()); });
        connect(&banner, &autopod::gui::UntrackedPodsBanner::adoptRequested, &pods, &PodsController::adoptPods);
        connect(&banner, &autopod::gui::UntrackedPodsBanner::terminateRequested, &pods,
                [&pods](const QStringList& ids) {
                    for (const QString& id : ids) {
                        pods.terminatePod(id);
                    }
                });
        QSignalSpy changed(&pods, &PodsController::untrackedPodsChanged);
        pods.start();
        QVERIFY(changed.wait(2000));
        QCOMPARE(pods.untrackedPods().size(), 2);
        QVERIFY(!banner.isHidden());
        QVERIFY2(banner.text().contains(QStringLiteral("autopod-2026-12-01-a1b2-001")), qPrintable(banner.text()));
        QVERIFY2(banner.text().contains(autopod::pods::Presentation::moneyPerHour(0.5)), qPrintable(banner.text()));
        QVERIFY(!banner.text().contains(QStringLiteral("not-autopod")));
        QCOMPARE(model.rowCount(), 0);

        // Terminate asks first; Cancel does nothing.
        auto* terminate = banner.findChildren<QPushButton*>().at(1);
        terminate->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = banner.findChild<QMessageBox*>()) != nullptr, 2000);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(!api.calls.contains(QStringLiteral("terminatePod:p1")));

        // Track them: both become rows, in pods.json, and the banner goes.
        banner.findChildren<QPushButton*>().at(0)->click();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(banner.isHidden());
        autopod::pods::PodStore cli(home.path(QStringLiteral("pods.json")));
        QVERIFY(cli.load());
        QCOMPARE(cli.find(QStringLiteral("p1"))->name, QStringLiteral("autopod-2026-12-01-a1b2-001"));
        QVERIFY(cli.find(QStringLiteral("p2")).has_value());
        pods.refreshNow();
        QTest::qWait(200);
        QVERIFY(pods.untrackedPods().isEmpty());

        // Another one appears; this time the user confirms the terminate.
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p3"), QStringLiteral("autopod-2026-12-01-e5f6-001"), 0.3));
        pods.refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!banner.isHidden(), 2000);
        banner.findChildren<QPushButton*>().at(1)->click();
        QTRY_VERIFY_WITH_TIMEOUT((box = banner.findChild<QMessageBox*>()) != nullptr, 2000);
        QAbstractButton* yes = buttonWithText(box, QStringLiteral("Terminate"));
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY_WITH_TIMEOUT(api.calls.contains(QStringLiteral("terminatePod:p3")), 2000);
        QVERIFY(!api.calls.contains(QStringLiteral("terminatePod:p1")));
    }

    // One truth with the CLI: a pod another process writes into pods.json appears, RunPod's state
    // is written back, a pod RunPod no longer lists is shown as terminated, and a terminate here
    // keeps the pod in the history, marked terminated in pods.json for the CLI too.
    void followsPodsJsonSharedWithTheCli()
    {
        autopod::test::TempHome home;
        const QString file = home.path(QStringLiteral("pods.json"));
        autopod::pods::PodStore cli(file);
        autopod::pods::PodStore mine(file);
        QVERIFY(mine.load());

        FakeRunPodApi api;
        api.addPod(
            FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 0.5, 7200));
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("other"), QStringLiteral("not-autopod"), 3.0));
        PodListModel model;
        PodsController pods(api, model);
        pods.setStore(&mine);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QCOMPARE(model.rowCount(), 0); // only pods autopod tracks

        // The CLI creates a pod: it shows up without any click.
        autopod::pods::PodRecord r;
        r.podId = QStringLiteral("p1");
        r.name = QStringLiteral("autopod-2026-11-30-001");
        r.gpuType = QStringLiteral("RTX A40");
        r.gpuCount = 1;
        r.createdAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(cli.load(&error), qPrintable(error));
        QVERIFY2(cli.upsert(r, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
        // ...and RunPod is asked about it at once, which makes it Running with its cost.
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Running, 5000);
        QCOMPARE(model.rows().first().runtimeSeconds, 7200);
        QCOMPARE(model.rows().first().accumulatedCost, 1.0);
        QVERIFY(cli.load(&error));
        QCOMPARE(cli.find(QStringLiteral("p1"))->status, QStringLiteral("running"));

        // Terminated elsewhere (RunPod no longer lists it): never shown as running.
        api.podsById.remove(QStringLiteral("p1"));
        pods.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Terminated, 5000);

        // Terminate from here: kept in the list's history with its final runtime and cost, and
        // marked terminated in pods.json, so `autopod pods list` agrees.
        api.addPod(
            FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-2026-11-30-001"), 0.5, 7200));
        pods.refreshNow();
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Running, 5000);
        const qint64 runtime = model.rows().first().runtimeSeconds;
        const double cost = model.rows().first().accumulatedCost;
        QVERIFY(runtime >= 7200 && cost >= 1.0);
        pods.terminatePod(QStringLiteral("p1"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rows().first().state, PodRow::State::Terminated, 5000);
        pods.refreshNow();
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rows().first().state, PodRow::State::Terminated);
        QCOMPARE(model.rows().first().runtimeSeconds, runtime);
        QCOMPARE(model.rows().first().accumulatedCost, cost);
        QVERIFY(cli.load(&error));
        QVERIFY(cli.find(QStringLiteral("p1")));
        QCOMPARE(cli.find(QStringLiteral("p1"))->status, QStringLiteral("terminated"));
    }
};

QTEST_MAIN(PodsControllerTest)
#include "tst_podscontroller.moc"
