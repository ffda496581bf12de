// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The creation progress: the five connect stages in order with elapsed time and cost, the
// "Open ComfyUI" offer once connected, and cancelling with the user's choice of stop or terminate.
#include "WidgetLookup.h"
#include "core/lifecycle/ConnectFlow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/QuitFlow.h"
#include "lifecycle/ConnectFlowRig.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using autopod::gui::CreationProgress;
using autopod::gui::PodCreator;
using autopod::gui::PodListModel;
using autopod::gui::PodsController;
using autopod::gui::QuitFlow;
using autopod::lifecycle::ConnectOptions;
using autopod::lifecycle::ConnectStage;
using autopod::lifecycle::FailureReport;
using autopod::test::FakeJournal;
using autopod::test::FakePodConnector;
using autopod::test::FakeRunPodApi;
using autopod::test::fastGuiOptions;
using autopod::test::request;

using autopod::test::button;

class CreationProgressTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FailureReport>(); }

    void walksTheFiveStagesToConnected()
    {
        FakeRunPodApi api;
        FakeJournal journal;
        FakePodConnector connector;
        connector.clock.start();
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        creator.setPublicKey(QStringLiteral("ssh-ed25519 AAAA test"));
        QSignalSpy created(&creator, &PodCreator::podCreated);
        QSignalSpy connected(&creator, &PodCreator::connected);
        QSignalSpy open(&creator, &PodCreator::openComfyUiRequested);

        creator.create(request(), 0.80);
        CreationProgress* progress = creator.activeProgress();
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        // Each stage's text sits right after its mark, not in the middle of the dialog.
        for (int i = 0; i < 5; ++i) {
            const auto* mark = progress->findChild<QLabel*>(QStringLiteral("stageMark%1").arg(i));
            const auto* text = progress->findChild<QLabel*>(QStringLiteral("stageText%1").arg(i));
            QVERIFY(mark && text);
            QVERIFY2(text->x() - mark->x() < 60,
                     qPrintable(QStringLiteral("mark at x=%1, its text at x=%2").arg(mark->x()).arg(text->x())));
        }
        QList<int> stages;
        connect(creator.activeFlow(), &autopod::lifecycle::ConnectFlow::stageChanged, this,
                [&stages](ConnectStage s) { stages << int(s); });
        QVERIFY(connected.wait(10000));
        QCOMPARE(created.count(), 1);
        QCOMPARE(api.creates.first().publicKey, QStringLiteral("ssh-ed25519 AAAA test"));
        QCOMPARE(stages.last(), int(ConnectStage::Connected));
        QVERIFY(std::is_sorted(stages.begin(), stages.end()));
        QCOMPARE(progress->currentStage(), 4);
        QVERIFY(progress->messagesText().contains(QStringLiteral("Connected! ComfyUI is at http://127.0.0.1:")));
        QVERIFY(progress->elapsedText().contains(QLatin1Char(':')));
        QVERIFY2(progress->costText().contains(QStringLiteral("at $0.80/hr")), qPrintable(progress->costText()));

        // ComfyUI opened by itself; the dialog stays after its flow is gone and says how it ended.
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), connected.first().first().toString());
        QPointer<autopod::lifecycle::ConnectFlow> flow = creator.activeFlow();
        QTRY_VERIFY_WITH_TIMEOUT(!flow, 5000);
        QVERIFY2(progress->isVisible(), "the progress dialog closed with its flow");
        QVERIFY(progress->succeeded());
        QVERIFY2(
            progress->findChild<QLabel*>(QStringLiteral("titleLabel"))->text().contains(QStringLiteral("Connected")),
            "the title does not say Connected");
        QVERIFY(progress->outcomeText().contains(QStringLiteral("ready at http://127.0.0.1:")));
        QAbstractButton* openButton = button(progress, QStringLiteral("Open ComfyUI"));
        QVERIFY(openButton);
        openButton->click();
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.last().first().toString(), connected.first().first().toString());
    }

    void comfyUiDoesNotOpenByItselfWhenUnticked()
    {
        FakeRunPodApi api;
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        creator.setPublicKey(QStringLiteral("ssh-ed25519 AAAA test"));
        QSignalSpy connected(&creator, &PodCreator::connected);
        QSignalSpy open(&creator, &PodCreator::openComfyUiRequested);
        creator.create(request(), 0.80);
        creator.activeProgress()->findChild<QCheckBox*>(QStringLiteral("openWhenConnected"))->click();
        QVERIFY(!creator.activeProgress()->opensComfyUiWhenConnected());
        QVERIFY(connected.wait(10000));
        QCOMPARE(open.count(), 0);
        QVERIFY(creator.activeProgress()->succeeded());
        creator.activeProgress()->close();
        // The choice holds for the next pod.
        creator.create(request(), 0.80);
        QVERIFY(!creator.activeProgress()->opensComfyUiWhenConnected());
        QVERIFY(connected.wait(10000));
        QCOMPARE(open.count(), 0);
    }

    // Each failure ends in a dialog that stays and says what failed, why, what autopod did about the
    // pod with the cost so far, and what to do next.
    void failureEndStatesSayWhatHappenedAndWhatToDo_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("whatFailed");
        QTest::addColumn<QString>("whatWasDone");
        QTest::addColumn<QString>("nextStep");
        QTest::newRow("ssh key refused") << QStringLiteral("ssh") << QStringLiteral("What failed: ")
                                         << QStringLiteral("terminated") << QStringLiteral("Check the SSH key");
        QTest::newRow("no capacity") << QStringLiteral("capacity") << QStringLiteral("no GPU free") << QString()
                                     << QStringLiteral("Choose another GPU");
        QTest::newRow("no credit") << QStringLiteral("credit") << QStringLiteral("balance too low") << QString()
                                   << QStringLiteral("Add credit");
        QTest::newRow("tunnel") << QStringLiteral("tunnel") << QStringLiteral("Could not open the tunnel")
                                << QStringLiteral("terminated") << QStringLiteral("Try again");
        QTest::newRow("api key refused") << QStringLiteral("apikey") << QStringLiteral("key expired") << QString()
                                         << QStringLiteral("Open File → Setup wizard");
        QTest::newRow("never ready") << QStringLiteral("ready") << QStringLiteral("What failed: ")
                                     << QStringLiteral("terminated") << QStringLiteral("Try again");
    }

    void failureEndStatesSayWhatHappenedAndWhatToDo()
    {
        QFETCH(QString, failure);
        QFETCH(QString, whatFailed);
        QFETCH(QString, whatWasDone);
        QFETCH(QString, nextStep);
        FakeRunPodApi api;
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        if (failure == QLatin1String("ssh")) {
            connector.probeScript.push_back(autopod::lifecycle::SshProbeResult::Outcome::Rejected);
        } else if (failure == QLatin1String("capacity")) {
            api.failNext(QStringLiteral("createPod"),
                         {autopod::api::ApiError::Kind::NoInstancesAvailable, QStringLiteral("no GPU free"), {}});
        } else if (failure == QLatin1String("credit")) {
            api.failNext(QStringLiteral("createPod"),
                         {autopod::api::ApiError::Kind::InsufficientBalance, QStringLiteral("balance too low"), {}});
        } else if (failure == QLatin1String("apikey")) {
            api.failNext(QStringLiteral("createPod"),
                         {autopod::api::ApiError::Kind::InvalidApiKey, QStringLiteral("key expired"), {}});
        } else if (failure == QLatin1String("ready")) {
            connector.comfyReadyAtMs = 3600 * 1000; // ComfyUI never answers within the readiness timeout
        } else {
            autopod::lifecycle::TunnelResult broken;
            broken.fatal = true;
            broken.message = QStringLiteral("no local port");
            connector.tunnelScript.push_back(broken);
        }
        ConnectOptions options = fastGuiOptions();
        if (failure == QLatin1String("ready")) {
            options.readyTimeoutMs = 1500;
        }
        PodCreator creator(api, journal, connector, options, &window);
        creator.setPublicKey(QStringLiteral("ssh-ed25519 AAAA test"));
        QSignalSpy failed(&creator, &PodCreator::failed);
        QSignalSpy open(&creator, &PodCreator::openComfyUiRequested);
        creator.create(request(), 0.80);
        QPointer<CreationProgress> progress = creator.activeProgress();
        QPointer<autopod::lifecycle::ConnectFlow> flow = creator.activeFlow();
        QVERIFY(failed.wait(10000));
        const auto kind = failed.first().at(1).value<FailureReport>().kind;
        if (failure == QLatin1String("ready")) {
            QCOMPARE(kind, autopod::lifecycle::FailureKind::ReadinessTimeout);
        } else if (failure == QLatin1String("apikey")) {
            QCOMPARE(kind, autopod::lifecycle::FailureKind::InvalidApiKey);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!flow, 5000);
        QVERIFY2(progress && progress->isVisible(), "the progress dialog closed with its flow");
        const QString outcome = progress->outcomeText();
        QVERIFY2(outcome.contains(QStringLiteral("What failed: ")), qPrintable(outcome));
        QVERIFY2(outcome.contains(whatFailed), qPrintable(outcome));
        if (!whatWasDone.isEmpty()) {
            QVERIFY2(outcome.contains(QStringLiteral("What autopod did: ")), qPrintable(outcome));
            QVERIFY2(outcome.contains(whatWasDone, Qt::CaseInsensitive), qPrintable(outcome));
            QVERIFY2(outcome.contains(QRegularExpression(QStringLiteral("Cost so far: \\S*\\$"))), qPrintable(outcome));
        }
        QVERIFY2(outcome.contains(QStringLiteral("What to do next: ") + nextStep), qPrintable(outcome));
        QVERIFY(progress->findChild<QLabel*>(QStringLiteral("titleLabel"))->text().contains(QStringLiteral("failed")));
        QVERIFY(button(progress, QStringLiteral("Close")));
        QVERIFY(!button(progress, QStringLiteral("Open ComfyUI")));
        QCOMPARE(open.count(), 0);
    }

    // Quitting while a create is in flight asks, like quitting with running pods, and counts the
    // pod being created; "Stop them and quit" ends the flow with the cost-safe action and quits
    // only once it is done.
    void quitDuringACreateAsksAndCountsIt()
    {
        FakeRunPodApi api;
        api.runtimeNever = true; // the flow waits for the pod to start
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        PodListModel model; // the list has not shown the new pod yet
        PodsController pods(api, model);
        QuitFlow quitFlow(model, pods, nullptr);
        quitFlow.setCreator(&creator);
        QSignalSpy quit(&quitFlow, &QuitFlow::quitConfirmed);
        QSignalSpy created(&creator, &PodCreator::podCreated);
        QSignalSpy failed(&creator, &PodCreator::failed);
        creator.create(request(), 0.80);
        QVERIFY(created.wait(5000));
        QVERIFY(creator.hasFlowsInFlight());

        quitFlow.requestQuit();
        QMessageBox* box = quitFlow.activeDialog();
        QVERIFY2(box, "quitting during a create did not ask");
        QVERIFY2(box->text().contains(QStringLiteral("1 pod being created or resumed")), qPrintable(box->text()));
        button(box, QStringLiteral("Stop them and quit"))->click();
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(quit.count(), 1, 5000);
        // It never started: the cost-safe action is terminate.
        QCOMPARE(api.count(QStringLiteral("terminatePod")) + api.count(QStringLiteral("stopPod")), 1);
        QVERIFY(!creator.hasFlowsInFlight());
    }

    void resumingIsLabelledResuming()
    {
        FakeRunPodApi api;
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        creator.resume(QStringLiteral("autopod-7"), QStringLiteral("pod7"), 1, 0.5);
        CreationProgress* progress = creator.activeProgress();
        QVERIFY(progress);
        const QString title = progress->findChild<QLabel*>(QStringLiteral("titleLabel"))->text();
        QVERIFY2(title.contains(QStringLiteral("Resuming")), qPrintable(title));
        QVERIFY2(!title.contains(QStringLiteral("Creating")), qPrintable(title));
        creator.activeFlow()->cancel(autopod::lifecycle::CancelChoice::Keep);
    }

    void stageLabelsAreThePrds()
    {
        QCOMPARE(CreationProgress::stageLabel(ConnectStage::RequestingPod), QStringLiteral("Requesting pod..."));
        QCOMPARE(CreationProgress::stageLabel(ConnectStage::WaitingForPodStart),
                 QStringLiteral("Waiting for pod to start..."));
        QCOMPARE(CreationProgress::stageLabel(ConnectStage::WaitingForSsh),
                 QStringLiteral("Pod running, waiting for SSH..."));
        QCOMPARE(CreationProgress::stageLabel(ConnectStage::EstablishingTunnel),
                 QStringLiteral("SSH ready, establishing tunnel..."));
        QCOMPARE(CreationProgress::stageLabel(ConnectStage::Connected), QStringLiteral("Connected!"));
    }

    void cancelAsksAndDoesWhatTheUserChose_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expectedCall");
        QTest::newRow("stop") << QStringLiteral("Stop the pod") << QStringLiteral("stopPod");
        QTest::newRow("terminate") << QStringLiteral("Terminate the pod") << QStringLiteral("terminatePod");
    }

    void cancelAsksAndDoesWhatTheUserChose()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expectedCall);
        FakeRunPodApi api;
        api.runtimeNever = true; // the pod never comes up: the flow waits
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        QSignalSpy created(&creator, &PodCreator::podCreated);
        QSignalSpy failed(&creator, &PodCreator::failed);
        creator.create(request(), 0.80);
        QVERIFY(created.wait(5000));
        CreationProgress* progress = creator.activeProgress();
        QCOMPARE(progress->currentStage(), int(ConnectStage::WaitingForPodStart));

        button(progress, QStringLiteral("Cancel…"))->click();
        QVERIFY(progress->cancelQuestion());
        // No volume: nothing to lose, so terminating is the cost-safe default.
        QCOMPARE(progress->cancelQuestion()->defaultButton()->text(), QStringLiteral("Terminate the pod"));
        button(progress->cancelQuestion(), choice)->click();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<FailureReport>().kind, autopod::lifecycle::FailureKind::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(api.count(expectedCall), 1, 5000);
        QVERIFY(button(progress, QStringLiteral("Close")));
    }

    void continueWaitingCancelsNothing()
    {
        FakeRunPodApi api;
        api.runtimeNever = true;
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastGuiOptions(), &window);
        QSignalSpy created(&creator, &PodCreator::podCreated);
        creator.create(request(), 0.80);
        QVERIFY(created.wait(5000));
        CreationProgress* progress = creator.activeProgress();
        progress->requestCancel();
        button(progress->cancelQuestion(), QStringLiteral("Continue waiting"))->click();
        QTest::qWait(200);
        QVERIFY(creator.activeFlow()->isRunning());
        QCOMPARE(api.count(QStringLiteral("stopPod")) + api.count(QStringLiteral("terminatePod")), 0);
        creator.activeFlow()->cancel(autopod::lifecycle::CancelChoice::Terminate);
    }
};

QTEST_MAIN(CreationProgressTest)
#include "tst_creationprogress.moc"
