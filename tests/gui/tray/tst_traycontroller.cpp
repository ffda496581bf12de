// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The tray: the running cost and the session's cost in tooltip and menu, a submenu per pod
// whose actions leave as intents, notifications, and the question on quit.
#include "gui/GuiResources.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/CostMeter.h"
#include "gui/tray/QuitFlow.h"
#include "gui/tray/TrayController.h"
#include "support/FakeRunPodApi.h"

#include <QAbstractButton>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using autopod::gui::CostMeter;
using autopod::gui::PodListModel;
using autopod::gui::PodRow;
using autopod::gui::PodsController;
using autopod::gui::QuitFlow;
using autopod::gui::TrayController;
using autopod::test::FakeRunPodApi;

namespace {

PodRow row(const QString& id, PodRow::State state, double costPerHr)
{
    PodRow r;
    r.id = id;
    r.name = QStringLiteral("autopod-2026-11-30-") + id;
    r.state = state;
    r.costPerHr = costPerHr;
    return r;
}

QStringList texts(const QMenu* menu)
{
    QStringList out;
    for (const QAction* a : menu->actions()) {
        out << a->text();
    }
    return out;
}

QAction* find(const QMenu* menu, const QString& text)
{
    for (QAction* a : menu->actions()) {
        if (a->text() == text || a->text().startsWith(text)) {
            return a;
        }
    }
    return nullptr;
}

} // namespace

class TrayControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { autopod::gui::initResources(); }

    void costTextCountsOnlyBillingPods()
    {
        PodListModel model;
        TrayController tray(model);
        QCOMPARE(tray.costPerHrText(), QStringLiteral("No pod running"));
        model.setRows({row(QStringLiteral("001"), PodRow::State::Running, 0.40),
                       row(QStringLiteral("002"), PodRow::State::Connected, 0.79),
                       row(QStringLiteral("003"), PodRow::State::Stopped, 0.50)});
        QCOMPARE(tray.costPerHrText(), QStringLiteral("2 pods running: $1.19/hr"));
        QVERIFY(tray.toolTipText().contains(QStringLiteral("2 pods running: $1.19/hr")));
        QVERIFY(tray.toolTipText().contains(QStringLiteral("This session: $0.00")));
        QCOMPARE(texts(tray.menu()).at(0), QStringLiteral("2 pods running: $1.19/hr"));
        model.setRows({row(QStringLiteral("001"), PodRow::State::Running, 0.40)});
        QCOMPARE(tray.costPerHrText(), QStringLiteral("1 pod running: $0.40/hr"));
    }

    void sessionCostAccumulatesWhatBilledSinceStart()
    {
        CostMeter meter;
        meter.observe({row(QStringLiteral("a"), PodRow::State::Running, 0.80)}, 0);
        QCOMPARE(meter.sessionCost(), 0.0);
        // Half an hour at $0.80/hr, then the pod stops; a stopped half hour adds nothing.
        meter.observe({row(QStringLiteral("a"), PodRow::State::Stopped, 0.80)}, 30 * 60 * 1000);
        QCOMPARE(meter.sessionCost(), 0.40);
        meter.observe({row(QStringLiteral("a"), PodRow::State::Stopped, 0.80)}, 60 * 60 * 1000);
        QCOMPARE(meter.sessionCost(), 0.40);
        QCOMPARE(meter.currentCostPerHr(), 0.0);
    }

    void sessionCostReachesTheMenu()
    {
        PodListModel model;
        TrayController tray(model);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Running, 1.50)});
        tray.observe(0);
        tray.observe(2 * 3600 * 1000);
        QCOMPARE(tray.sessionCostText(), QStringLiteral("This session: $3.00"));
        QCOMPARE(texts(tray.menu()).at(1), QStringLiteral("This session: $3.00"));
    }

    void podSubmenusEmitIntents()
    {
        PodListModel model;
        TrayController tray(model);
        model.setRows({row(QStringLiteral("001"), PodRow::State::Connected, 0.40),
                       row(QStringLiteral("002"), PodRow::State::Stopped, 0.40),
                       row(QStringLiteral("003"), PodRow::State::Terminated, 0.40)});
        QAction* podEntry = find(tray.menu(), QStringLiteral("autopod-2026-11-30-001"));
        QVERIFY(podEntry && podEntry->menu());
        QVERIFY(podEntry->text().contains(QStringLiteral("$0.40/hr")));
        QVERIFY(!find(tray.menu(), QStringLiteral("autopod-2026-11-30-003"))); // gone pods are not offered
        QMenu* sub = podEntry->menu();
        QCOMPARE(texts(sub).filter(QRegularExpression(QStringLiteral("\\S"))),
                 QStringList({QStringLiteral("Open ComfyUI"), QStringLiteral("Shell"), QStringLiteral("Stop"),
                              QStringLiteral("Terminate…")}));

        QSignalSpy open(&tray, &TrayController::openComfyUiRequested);
        QSignalSpy shell(&tray, &TrayController::shellRequested);
        QSignalSpy stop(&tray, &TrayController::stopRequested);
        QSignalSpy terminate(&tray, &TrayController::terminateRequested);
        QSignalSpy resume(&tray, &TrayController::resumeRequested);
        find(sub, QStringLiteral("Open ComfyUI"))->trigger();
        find(sub, QStringLiteral("Shell"))->trigger();
        find(sub, QStringLiteral("Stop"))->trigger();
        find(sub, QStringLiteral("Terminate"))->trigger();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), QStringLiteral("001"));
        QCOMPARE(shell.count(), 1);
        QCOMPARE(stop.count(), 1);
        QCOMPARE(terminate.count(), 1);

        QMenu* stoppedSub = find(tray.menu(), QStringLiteral("autopod-2026-11-30-002"))->menu();
        QVERIFY(!find(stoppedSub, QStringLiteral("Open ComfyUI"))->isEnabled());
        find(stoppedSub, QStringLiteral("Resume"))->trigger();
        QCOMPARE(resume.count(), 1);

        QSignalSpy quit(&tray, &TrayController::quitRequested);
        find(tray.menu(), QStringLiteral("Quit"))->trigger();
        QCOMPARE(quit.count(), 1);
    }

    void notifiesWhenAPodBecomesReady()
    {
        PodListModel model;
        TrayController tray(model);
        QSignalSpy notified(&tray, &TrayController::notified);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Starting, 0.4)});
        QCOMPARE(notified.count(), 0);
        PodRow ready = row(QStringLiteral("a"), PodRow::State::Connected, 0.4);
        ready.localUrl = QStringLiteral("http://localhost:8188");
        model.setRows({ready});
        QCOMPARE(notified.count(), 1);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Pod ready"));
        QVERIFY(notified.first().at(1).toString().contains(QStringLiteral("http://localhost:8188")));
    }

    // RunPod's "running" while autopod still connects (SSH may be refusing) is not "ready": no
    // "Pod ready" then, and none for a pod that ended terminated.
    void noPodReadyWhileConnectingOrAfterTermination()
    {
        PodListModel model;
        TrayController tray(model);
        QSignalSpy notified(&tray, &TrayController::notified);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Starting, 0.4)});
        tray.setConnecting(QStringLiteral("a"), true);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Running, 0.4)});
        QCOMPARE(notified.count(), 0);
        tray.setConnecting(QStringLiteral("a"), false);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Terminated, 0.4)});
        QCOMPARE(notified.count(), 0);
    }

    void notifiesWhatThePolicyDidToAFailingPod()
    {
        PodListModel model;
        TrayController tray(model);
        QSignalSpy notified(&tray, &TrayController::notified);
        using autopod::lifecycle::FailureAction;
        tray.notifyPolicyAction(QStringLiteral("autopod-x"), FailureAction::Stopped,
                                QStringLiteral("SSH never came up; the pod was stopped."));
        tray.notifyPolicyAction(QStringLiteral("autopod-y"), FailureAction::Terminated,
                                QStringLiteral("It never became ready; the pod was terminated."));
        tray.notifyPolicyAction(QStringLiteral("autopod-z"), FailureAction::ActionFailed,
                                QStringLiteral("Stopping it failed: stop it in the RunPod console."));
        tray.notifyPolicyAction(QStringLiteral("autopod-w"), FailureAction::NothingCreated, QStringLiteral("-"));
        tray.notifyPolicyAction(QStringLiteral("autopod-v"), FailureAction::AlreadyGone, QStringLiteral("-"));
        QCOMPARE(notified.count(), 3); // nothing to tell when no pod bills
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Pod stopped to save costs"));
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Pod terminated to save costs"));
        QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("Pod may still be billing"));
        QCOMPARE(notified.at(2).at(1).toString(),
                 QStringLiteral("autopod-z: Stopping it failed: stop it in the RunPod console."));
    }

    void quitWithNothingRunningDoesNotAsk()
    {
        FakeRunPodApi api;
        PodListModel model;
        PodsController pods(api, model);
        QuitFlow flow(model, pods, nullptr);
        QSignalSpy quit(&flow, &QuitFlow::quitConfirmed);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Stopped, 0.4)});
        flow.requestQuit();
        QCOMPARE(quit.count(), 1);
        QVERIFY(!flow.activeDialog());
    }

    void quitWithRunningPodsCanStopThem()
    {
        FakeRunPodApi api;
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p1"), QStringLiteral("autopod-1"), 0.4));
        api.addPod(FakeRunPodApi::runningPod(QStringLiteral("p2"), QStringLiteral("autopod-2"), 0.79));
        PodListModel model;
        PodsController pods(api, model);
        QSignalSpy refreshed(&pods, &PodsController::refreshed);
        pods.start();
        QVERIFY(refreshed.wait(2000));
        QuitFlow flow(model, pods, nullptr);
        QSignalSpy quit(&flow, &QuitFlow::quitConfirmed);
        flow.requestQuit();
        QMessageBox* box = flow.activeDialog();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("2 pods still running, costing $1.19/hr")),
                 qPrintable(box->text()));
        QAbstractButton* stop = nullptr;
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == QStringLiteral("Stop them and quit")) {
                stop = b;
            }
        }
        QVERIFY(stop);
        stop->click();
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 3000);
        QCOMPARE(api.count(QStringLiteral("stopPod:p1")), 1);
        QCOMPARE(api.count(QStringLiteral("stopPod:p2")), 1);
    }

    void quitCanKeepPodsRunning()
    {
        FakeRunPodApi api;
        PodListModel model;
        PodsController pods(api, model);
        model.setRows({row(QStringLiteral("a"), PodRow::State::Running, 0.4)});
        QuitFlow flow(model, pods, nullptr);
        QSignalSpy quit(&flow, &QuitFlow::quitConfirmed);
        flow.requestQuit();
        QVERIFY(flow.activeDialog());
        for (QAbstractButton* b : flow.activeDialog()->buttons()) {
            if (b->text() == QStringLiteral("Keep them running and quit")) {
                b->click();
            }
        }
        QCOMPARE(quit.count(), 1);
        QCOMPARE(api.count(QStringLiteral("stopPod")), 0);
    }
};

QTEST_MAIN(TrayControllerTest)
#include "tst_traycontroller.moc"
