// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/PodActions.h"
#include "lifecycle/ConnectFlowRig.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace autopod;
using namespace autopod::lifecycle;
using autopod::test::apiError;
using K = autopod::api::ApiError::Kind;
using autopod::test::fastOptions;
using autopod::test::request;
using autopod::test::Rig;
using autopod::test::Time;

class TestConnectFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stagesAreThoseOfThePrd()
    {
        QCOMPARE(stageText(ConnectStage::RequestingPod), QStringLiteral("Requesting pod..."));
        QCOMPARE(stageText(ConnectStage::WaitingForPodStart), QStringLiteral("Waiting for pod to start..."));
        QCOMPARE(stageText(ConnectStage::WaitingForSsh), QStringLiteral("Pod running, waiting for SSH..."));
        QCOMPARE(stageText(ConnectStage::EstablishingTunnel), QStringLiteral("SSH ready, establishing tunnel..."));
        QCOMPARE(stageText(ConnectStage::Connected), QStringLiteral("Connected!"));
    }

    void happyPathGoesThroughEveryStage()
    {
        Rig rig;
        QSignalSpy created(rig.flow.get(), &ConnectFlow::podCreated);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY2(!rig.failure, qPrintable(rig.failure ? rig.failure->message : QString()));
        QCOMPARE(rig.stages, (QList<ConnectStage>{ConnectStage::RequestingPod, ConnectStage::WaitingForPodStart,
                                                  ConnectStage::WaitingForSsh, ConnectStage::EstablishingTunnel,
                                                  ConnectStage::Connected}));
        QCOMPARE(created.count(), 1);
        QCOMPARE(rig.api.creates.size(), 1);
        QCOMPARE(rig.api.creates.first().name, QStringLiteral("autopod-2026-11-30-001"));
        QVERIFY(rig.connectedPort > 0);
        QCOMPARE(rig.journal.connectedPort, rig.connectedPort);
        QVERIFY(rig.journal.events.contains(QStringLiteral("requested autopod-2026-11-30-001")));
        QVERIFY(rig.journal.events.contains(QStringLiteral("connected autopod-2026-11-30-001")));
        QVERIFY(rig.flow->elapsedMs() < 1000);
    }

    void slowBootIsConnectedSoonAfterComfyAnswers()
    {
        Rig rig(fastOptions(), Time::Manual);
        rig.api.runtimeAfterMs = 300;
        rig.connector.comfyReadyAtMs = rig.connector.now() + 900;
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(!rig.failure);
        QVERIFY(rig.connector.comfyFirstAnsweredMs >= 900);
        const qint64 gap = rig.connector.now() - rig.connector.comfyFirstAnsweredMs;
        QVERIFY2(gap < 300, qPrintable(QString::number(gap)));
    }

    void noCapacityCreatesNothing()
    {
        Rig rig;
        rig.api.failNext(
            QStringLiteral("createPod"),
            apiError(K::NoInstancesAvailable, QStringLiteral("There are no longer any instances available")));
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::NoCapacity);
        QCOMPARE(rig.failure->action, FailureAction::NothingCreated);
        QVERIFY(rig.failure->message.contains(QStringLiteral("no longer any instances")));
        QCOMPARE(rig.api.count(QStringLiteral("pods")), 0); // not an orphan case
        QCOMPARE(rig.connector.probes, 0);
    }

    void orphanedCreateIsAdopted()
    {
        Rig rig;
        rig.api.orphanOnCreate = true;
        QSignalSpy notices(rig.flow.get(), &ConnectFlow::noticed);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY2(!rig.failure, qPrintable(rig.failure ? rig.failure->message : QString()));
        QCOMPARE(rig.api.count(QStringLiteral("pods")), 1);
        QVERIFY(rig.flow->podId().startsWith(QStringLiteral("pod")));
        QVERIFY(rig.connectedPort > 0);
        bool adopted = false;
        for (const auto& n : notices) {
            adopted |= n.first().toString().contains(QStringLiteral("despite the error"));
        }
        QVERIFY(adopted);
    }

    void failedCreateWithoutPodSaysNothingCreated()
    {
        Rig rig(fastOptions(), Time::Manual);
        rig.api.failNext(QStringLiteral("createPod"), apiError(K::ServerError, QStringLiteral("Something went wrong")));
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->action, FailureAction::NothingCreated);
        QVERIFY(rig.api.count(QStringLiteral("pods")) >= 1); // it looked for an orphan
        QVERIFY(rig.flow->elapsedMs() >= 300);               // until the create's budget had passed
    }

    // RunPod answered the create with an error and made the pod a moment later: still found.
    void podThatAppearsAfterAFailedCreateIsAdopted()
    {
        Rig rig;
        rig.api.orphanAppearsAfterMs = 150;
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY2(!rig.failure, qPrintable(rig.failure ? rig.failure->actionText : QString()));
        QVERIFY(rig.connectedPort > 0);
        QVERIFY(rig.api.hasPod(rig.flow->podId()));
    }

    // Cancel during "Requesting pod...": the create stays in flight, and the pod it returns gets
    // the user's choice; it is tracked, never forgotten.
    void cancelDuringCreateAppliesTheChoiceToThePodItReturns_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("action");
        QTest::newRow("stop") << int(CancelChoice::Stop) << int(FailureAction::Stopped);
        QTest::newRow("terminate") << int(CancelChoice::Terminate) << int(FailureAction::Terminated);
        QTest::newRow("keep") << int(CancelChoice::Keep) << int(FailureAction::KeptRunning);
    }
    void cancelDuringCreateAppliesTheChoiceToThePodItReturns()
    {
        QFETCH(int, choice);
        QFETCH(int, action);
        Rig rig;
        rig.api.createAnswerAfterMs = 400;
        rig.flow->start(request(10));
        QTest::qWait(50);
        rig.flow->cancel(CancelChoice(choice));
        QVERIFY(rig.flow->isCleaningUp());
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.api.creates.size(), 1);
        QCOMPARE(rig.failure->kind, FailureKind::Cancelled);
        QCOMPARE(int(rig.failure->action), action);
        QVERIFY(!rig.flow->podId().isEmpty());
        QCOMPARE(rig.failure->podId, rig.flow->podId());
        QVERIFY(
            rig.journal.events.contains(QStringLiteral("updated %1 %2").arg(rig.flow->podName(), rig.flow->podId())));
        if (CancelChoice(choice) == CancelChoice::Stop) {
            QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Exited);
        } else if (CancelChoice(choice) == CancelChoice::Terminate) {
            QVERIFY(!rig.api.hasPod(rig.flow->podId()));
        } else {
            QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Running);
        }
    }

    // A cancelled create whose search for the pod fails never says that nothing is billing.
    void cancelledCreateWhoseLookupFailsSaysAPodMayExist()
    {
        Rig rig;
        rig.api.failNext(QStringLiteral("createPod"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.api.failNext(QStringLiteral("pods"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.flow->start(request());
        rig.flow->cancel(CancelChoice::Terminate);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.failure->kind, FailureKind::Cancelled);
        QCOMPARE(rig.failure->action, FailureAction::ActionFailed);
        QVERIFY2(rig.failure->actionText.contains(QStringLiteral("may be running and billing")),
                 qPrintable(rig.failure->actionText));
        QVERIFY(!rig.failure->actionText.contains(QStringLiteral("nothing is billing")));
        QCOMPARE(rig.api.count(QStringLiteral("pods")), 1);
    }

    void aGuardThatCannotBeInstalledLeavesThePodConnectedAndSaysItIsUnguarded()
    {
        Rig rig;
        lifecycle::GuardResult refused;
        refused.attempted = true;
        refused.message = QStringLiteral("runpodctl is not installed on this pod");
        rig.connector.guardResult = refused;
        QSignalSpy notices(rig.flow.get(), &ConnectFlow::noticed);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(!rig.failure);
        QVERIFY(rig.connectedPort > 0);
        QCOMPARE(rig.connector.guardRequests.size(), 1);
        bool told = false;
        for (const QList<QVariant>& n : notices) {
            told = told || (n.first().toString().contains(QStringLiteral("NOT guarded")) &&
                            n.first().toString().contains(refused.message));
        }
        QVERIFY(told);
        QVERIFY(
            rig.journal.events.contains(QStringLiteral("unguarded %1: %2").arg(rig.flow->podName(), refused.message)));
        // Not a reason to stop the pod.
        QCOMPARE(rig.api.count(QStringLiteral("stopPod")), 0);
        QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Running);
    }

    void aNewPodGetsTheConfiguredGuard_andMaxHoursBecomesRunPodsStopAfter()
    {
        ConnectOptions options = fastOptions();
        options.guard.idleStopMinutes = 15;
        options.guard.maxHours = 2;
        Rig rig(options);
        lifecycle::GuardResult ok;
        ok.attempted = true;
        ok.ok = true;
        rig.connector.guardResult = ok;
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(!rig.failure);
        QCOMPARE(rig.connector.guardRequests.size(), 1);
        const lifecycle::GuardRequest& g = rig.connector.guardRequests.first();
        QCOMPARE(g.settings.idleStopMinutes, 15);
        QCOMPARE(g.settings.maxHours.value_or(0), 2.0);
        QVERIFY(g.costPerHr > 0);
        QCOMPARE(rig.api.creates.size(), 1);
        const QDateTime stopAfter = rig.api.creates.first().stopAfter;
        QVERIFY(stopAfter.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(stopAfter) - 2 * 3600) < 60);
        QCOMPARE(rig.journal.guards.value(rig.flow->podName()).idleStopMinutes, 15);
    }

    void withoutMaxHoursNoStopAfterIsSent()
    {
        Rig rig;
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.api.creates.size(), 1);
        QVERIFY(!rig.api.creates.first().stopAfter.isValid());
    }

    void aResumedPodKeepsTheGuardItWasCreatedWith()
    {
        ConnectOptions options = fastOptions();
        options.guard.idleStopMinutes = 30;
        Rig rig(options);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        const QString name = rig.flow->podName();
        const QString podId = rig.flow->podId();
        pods::GuardSettings own;
        own.idleStopMinutes = 5;
        own.maxUsd = 3.5;
        rig.journal.guards.insert(name, own);

        ConnectFlow again(rig.api, rig.journal, rig.connector, options);
        bool done = false;
        QObject::connect(&again, &ConnectFlow::finished, &again, [&done] { done = true; });
        again.attach(name, podId);
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 10000));
        QCOMPARE(rig.connector.guardRequests.size(), 2);
        QCOMPARE(rig.connector.guardRequests.last().settings, own);
    }

    void repeatedSshFailureStopsPodWithVolume()
    {
        Rig rig(fastOptions(), Time::Manual);
        rig.api.volumeGb = 20;
        for (int i = 0; i < 10; ++i) {
            rig.connector.probeScript.push_back(SshProbeResult::Outcome::Failed);
        }
        QSignalSpy retries(rig.flow.get(), &ConnectFlow::retrying);
        rig.flow->start(request(20));
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::SshFailure);
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
        QVERIFY(rig.failure->actionText.contains(QStringLiteral("Stopped pod")));
        QCOMPARE(retries.count(), 5);
        QCOMPARE(rig.api.count(QStringLiteral("stopPod")), 1);
        QCOMPARE(rig.api.count(QStringLiteral("terminatePod")), 0);
        QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Exited);
        QCOMPARE(rig.journal.failures.size(), 1);
    }

    void repeatedFailureTerminatesPodWithNothingToLose()
    {
        Rig rig(fastOptions(), Time::Manual);
        rig.api.volumeGb = 0;
        for (int i = 0; i < 10; ++i) {
            rig.connector.probeScript.push_back(SshProbeResult::Outcome::Failed);
        }
        rig.flow->start(request(0));
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->action, FailureAction::Terminated);
        QVERIFY(!rig.api.hasPod(rig.flow->podId()));
        QVERIFY(rig.journal.events.last().startsWith(QStringLiteral("failed")));
        // Its id never comes back: the host key trusted for it is forgotten.
        QCOMPARE(rig.connector.forgotten, QStringList{rig.flow->podId()});
        QVERIFY(!rig.connector.lastProbed.podRestarted);
    }

    void apiNetworkFailuresWhilePollingRetryThenStop()
    {
        // The client retries a failing poll on the whole budget (announced), then gives up: the
        // flow shows each retry and stops the pod at once, without a second round of retries.
        Rig rig;
        rig.api.volumeGb = 10;
        rig.api.runtimeAfterMs = 100000;
        rig.api.announcedRetries = 5;
        rig.flow->start(request(10));
        QVERIFY(QTest::qWaitFor([&] { return rig.stages.contains(ConnectStage::WaitingForPodStart); }));
        QSignalSpy retries(rig.flow.get(), &ConnectFlow::retrying);
        const int pollsBefore = rig.api.count(QStringLiteral("pod"));
        rig.api.failNext(QStringLiteral("pod"), apiError(K::NetworkError, QStringLiteral("Connection refused")), 6);
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::NetworkError);
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
        QCOMPARE(retries.count(), 5);
        QVERIFY2(retries.first().first().toString().startsWith(QStringLiteral("Checking pod autopod-")),
                 qPrintable(retries.first().first().toString()));
        QCOMPARE(retries.last().at(1).toInt(), 5);                       // retry 5
        QCOMPARE(retries.last().at(2).toInt(), 5);                       // of 5
        QCOMPARE(rig.api.count(QStringLiteral("pod")), pollsBefore + 1); // no retries on top
        QCOMPARE(rig.api.count(QStringLiteral("stopPod")), 1);
    }

    void retriesOfOtherCallersAreNotShown()
    {
        Rig rig;
        rig.api.runtimeAfterMs = 100000;
        rig.flow->start(request());
        QVERIFY(QTest::qWaitFor([&] { return rig.stages.contains(ConnectStage::WaitingForPodStart); }));
        QSignalSpy retries(rig.flow.get(), &ConnectFlow::retrying);
        QObject someoneElse;
        Q_EMIT rig.api.retryScheduled(&someoneElse, QStringLiteral("pods"), 1, 5, 2000, QStringLiteral("HTTP 502"));
        QCOMPARE(retries.count(), 0);
        rig.flow->cancel(CancelChoice::Terminate);
        QVERIFY(rig.waitDone());
    }

    void stopThatKeepsFailingLeavesPodTrackedAndSaysHowToStopIt()
    {
        Rig rig;
        rig.api.volumeGb = 20;
        rig.connector.probeScript.push_back(SshProbeResult::Outcome::Rejected);
        rig.api.failNext(QStringLiteral("stopPod"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.flow->start(request(20));
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->action, FailureAction::ActionFailed);
        QVERIFY2(rig.failure->actionText.contains(QStringLiteral("may still be billing")),
                 qPrintable(rig.failure->actionText));
        QCOMPARE(rig.failure->actionNextStep, NextStep::StopPod); // each front end says how
        QVERIFY2(rig.failure->actionText.contains(QStringLiteral("stop pod ") + rig.flow->podName()),
                 qPrintable(rig.failure->actionText));
        QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Running);
        // Recorded as failed, never as gone: pods.json keeps the pod.
        QCOMPARE(rig.journal.failures.size(), 1);
        for (const QString& event : std::as_const(rig.journal.events)) {
            QVERIFY2(!event.startsWith(QStringLiteral("gone ")), qPrintable(event));
        }
    }

    void waitingForAStopCanBeAbandoned()
    {
        Rig rig;
        rig.api.volumeGb = 20;
        rig.api.hangStops = true;
        rig.connector.probeScript.push_back(SshProbeResult::Outcome::Rejected);
        rig.flow->start(request(20));
        QVERIFY(QTest::qWaitFor([&] { return rig.flow->isCleaningUp(); }));
        rig.flow->cancel(CancelChoice::Keep); // no effect: the stop is what the user gets
        QVERIFY(rig.flow->isCleaningUp());
        rig.flow->abandonCleanup();
        QVERIFY(rig.waitDone(1000));
        QCOMPARE(rig.failure->action, FailureAction::ActionFailed);
        QVERIFY2(rig.failure->actionText.contains(QStringLiteral("Stopped waiting for RunPod to stop pod")),
                 qPrintable(rig.failure->actionText));
        QVERIFY(rig.failure->actionText.contains(QStringLiteral("stop pod ") + rig.flow->podName()));
        QCOMPARE(rig.failure->actionNextStep, NextStep::StopPod);
        QCOMPARE(rig.journal.failures.size(), 1);
    }

    void aFailedPollIsNotRetriedOnTopOfTheClient()
    {
        Rig rig;
        rig.flow->start(request());
        rig.api.failNext(QStringLiteral("pod"), apiError(K::NetworkTimeout), 1);
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::NetworkTimeout);
        QCOMPARE(rig.api.count(QStringLiteral("pod")), 1);
        QCOMPARE(rig.failure->action, FailureAction::Terminated);
    }

    void sshThatLagsIsPolledNotCountedAsFailure()
    {
        Rig rig(fastOptions(), Time::Manual);
        for (int i = 0; i < 8; ++i) {
            rig.connector.probeScript.push_back(SshProbeResult::Outcome::NotYet);
        }
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(!rig.failure);
        QCOMPARE(rig.connector.probes, 9);
    }

    void rejectedHostKeyFailsAtOnce()
    {
        Rig rig;
        rig.connector.probeScript.push_back(SshProbeResult::Outcome::Rejected);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::SshFailure);
        QCOMPARE(rig.connector.probes, 1);
        QCOMPARE(rig.failure->action, FailureAction::Terminated);
    }

    void readinessTimeoutAppliesPolicy()
    {
        ConnectOptions o = fastOptions();
        o.readyTimeoutMs = 500;
        Rig rig(o, Time::Manual);
        rig.api.runtimeNever = true;
        rig.api.volumeGb = 5;
        rig.flow->start(request(5));
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::ReadinessTimeout);
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
        QVERIFY(rig.flow->elapsedMs() >= 500);
    }

    void comfyNeverReadyTimesOut()
    {
        ConnectOptions o = fastOptions();
        o.readyTimeoutMs = 700;
        Rig rig(o, Time::Manual);
        rig.connector.comfyReadyAtMs = 1'000'000;
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::ReadinessTimeout);
        QCOMPARE(rig.failure->action, FailureAction::Terminated);
        QVERIFY(rig.connector.closed.contains(rig.flow->podId()));
    }

    // A pod whose port 8188 answers the readiness check with a 4 GB body: autopod stops reading it at a small cap,
    // keeps waiting for a real answer, and ends with the readiness timeout naming the oversized answer.
    void hugeReadinessAnswerIsNotReadToTheEnd()
    {
        QTcpServer flood;
        QVERIFY(flood.listen(QHostAddress::LocalHost));
        qint64 handedOver = 0;
        connect(&flood, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = flood.nextPendingConnection()) {
                const auto pump = [s, &handedOver] {
                    static const QByteArray chunk(64 * 1024, ' ');
                    while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 1024 * 1024) {
                        s->write(chunk);
                        handedOver += chunk.size();
                    }
                };
                connect(s, &QTcpSocket::readyRead, s, [s, pump] {
                    if (s->readAll().contains("\r\n\r\n")) {
                        s->write(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4294967296\r\n\r\n");
                        pump();
                    }
                });
                connect(s, &QTcpSocket::bytesWritten, s, pump);
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        ConnectOptions o = fastOptions();
        o.readyTimeoutMs = 2000;
        Rig rig(o); // real time: the bound on what the pod hands over counts on the checks real time allows
        TunnelResult tunnel;
        tunnel.ok = true;
        tunnel.localPort = flood.serverPort();
        rig.connector.tunnelScript.push_back(tunnel);
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::ReadinessTimeout);
        QVERIFY2(rig.failure->message.contains(QStringLiteral("larger than")), qPrintable(rig.failure->message));
        qInfo("the pod handed over %lld bytes in all", handedOver);
        QVERIFY2(handedOver < 64LL * 1024 * 1024, qPrintable(QString::number(handedOver)));
    }

    void tunnelFailuresRetryThenGiveUp()
    {
        Rig rig(fastOptions(), Time::Manual);
        for (int i = 0; i < 6; ++i) {
            TunnelResult t;
            t.message = QStringLiteral("port forwarding refused");
            rig.connector.tunnelScript.push_back(t);
        }
        rig.flow->start(request());
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->kind, FailureKind::TunnelFailure);
    }

    void cancelKeepLeavesPodRunning()
    {
        Rig rig;
        rig.api.runtimeAfterMs = 100000;
        rig.flow->start(request());
        QVERIFY(QTest::qWaitFor([&] { return rig.stages.contains(ConnectStage::WaitingForPodStart); }));
        rig.flow->cancel(CancelChoice::Keep);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.failure->kind, FailureKind::Cancelled);
        QCOMPARE(rig.failure->action, FailureAction::KeptRunning);
        QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Running);
    }

    void cancelStopStopsPod()
    {
        Rig rig;
        rig.api.runtimeAfterMs = 100000;
        rig.flow->start(request(10));
        QVERIFY(QTest::qWaitFor([&] { return rig.stages.contains(ConnectStage::WaitingForPodStart); }));
        rig.flow->cancel(CancelChoice::Stop);
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
        QCOMPARE(rig.api.podState(rig.flow->podId()).desiredStatus, api::PodStatus::Exited);
    }

    void cancelDuringCreateFindsThePod()
    {
        Rig rig;
        rig.flow->start(request());
        rig.flow->cancel(CancelChoice::Terminate); // the create is still in flight
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.failure->kind, FailureKind::Cancelled);
        QCOMPARE(rig.failure->action, FailureAction::Terminated);
        QCOMPARE(rig.api.count(QStringLiteral("terminatePod")), 1);
    }

    void podStoppedElsewhereEndsTheFlow()
    {
        Rig rig;
        rig.api.runtimeAfterMs = 100000;
        rig.flow->start(request());
        QVERIFY(QTest::qWaitFor([&] { return rig.stages.contains(ConnectStage::WaitingForPodStart); }));
        QTest::qWait(60);
        bool stopped = false;
        rig.api.stopPod(rig.flow->podId(), &rig.api, [&](const api::ApiResult<api::Pod>&) { stopped = true; });
        QVERIFY(rig.waitDone());
        QCOMPARE(rig.failure->kind, FailureKind::PodDied);
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestConnectFlow)
#include "tst_connectflow.moc"
