// The creation progress: the five stages of FR2.7 in order with elapsed time and cost, the
// "Open ComfyUI" offer once connected, and cancelling with the user's choice of stop or terminate.
#include "FakeRunPodApi.h"
#include "core/lifecycle/ConnectFlow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "lifecycle/FakePodConnector.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using autopod::gui::CreationProgress;
using autopod::gui::PodCreator;
using autopod::guitest::FakeRunPodApi;
using autopod::lifecycle::ConnectOptions;
using autopod::lifecycle::ConnectStage;
using autopod::lifecycle::FailureReport;
using autopod::test::FakeJournal;
using autopod::test::FakePodConnector;

namespace {

ConnectOptions fastOptions()
{
    ConnectOptions o;
    o.readyTimeoutMs = 20000;
    o.retryDelaysMs = {50, 50, 50, 50, 50};
    o.pollInitialMs = 50;
    o.pollMaxMs = 100;
    o.localPort = 0;
    return o;
}

autopod::api::CreatePodRequest request()
{
    autopod::api::CreatePodRequest r;
    r.gpuTypeId = QStringLiteral("NVIDIA A40");
    r.gpuCount = 2;
    return r;
}

QAbstractButton* button(QWidget* parent, const QString& text)
{
    for (QAbstractButton* b : parent->findChildren<QAbstractButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

} // namespace

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
        PodCreator creator(api, journal, connector, fastOptions(), &window);
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

        QAbstractButton* openButton = button(progress, QStringLiteral("Open ComfyUI"));
        QVERIFY(openButton);
        openButton->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), connected.first().first().toString());
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
        QTest::newRow("stop") << QStringLiteral("Stop the pod") << QStringLiteral("stopPod:");
        QTest::newRow("terminate") << QStringLiteral("Terminate the pod") << QStringLiteral("terminatePod:");
    }

    void cancelAsksAndDoesWhatTheUserChose()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expectedCall);
        FakeRunPodApi api;
        api.createdPodsStartRunning = false; // the pod never comes up: the flow waits
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastOptions(), &window);
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
        api.createdPodsStartRunning = false;
        FakeJournal journal;
        FakePodConnector connector;
        QWidget window;
        PodCreator creator(api, journal, connector, fastOptions(), &window);
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
