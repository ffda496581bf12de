// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ConnectFlow on a pod that exists already: resumed, attached to, or acted on (stop/terminate).
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

using autopod::test::existingPod;
using autopod::test::fastOptions;
using autopod::test::request;
using autopod::test::Rig;
using autopod::test::Time;

class TestConnectFlowResume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resumeConnects()
    {
        Rig rig;
        api::Pod pod = existingPod(QStringLiteral("stopped1"), QStringLiteral("autopod-2026-11-29-004"),
                                   api::PodStatus::Exited, 20);
        rig.api.addPod(pod);
        rig.flow->resume(pod.name, pod.id, 1);
        QVERIFY(rig.waitDone());
        QVERIFY(!rig.failure);
        QCOMPARE(rig.api.count(QStringLiteral("resumePod")), 1);
        QCOMPARE(rig.stages.last(), ConnectStage::Connected);
        // Started again, it has new host keys: the SSH side asks about a changed key instead of refusing.
        QVERIFY(rig.connector.lastProbed.podRestarted);
        QCOMPARE(rig.connector.lastProbed.podId, pod.id);
    }

    // The resume's answer was lost but RunPod started the pod: never "stays stopped" while it runs.
    void resumeWhoseAnswerTimedOutReportsTheRealState()
    {
        Rig rig;
        api::Pod pod =
            existingPod(QStringLiteral("stopped4"), QStringLiteral("autopod-2026-11-29-009"), api::PodStatus::Exited);
        rig.api.addPod(pod);
        rig.api.resumeThenTimeout = true;
        QSignalSpy notices(rig.flow.get(), &ConnectFlow::noticed);
        rig.flow->resume(pod.name, pod.id, 1);
        QVERIFY(rig.waitDone());
        QVERIFY2(!rig.failure, qPrintable(rig.failure ? rig.failure->actionText : QString()));
        QVERIFY(rig.connectedPort > 0);
        QVERIFY(!notices.isEmpty());
        QVERIFY(notices.last().first().toString().contains(QStringLiteral("the pod is running")));
    }

    void resumeWhoseAnswerAndReadFailSaysThePodMayRun()
    {
        Rig rig;
        api::Pod pod =
            existingPod(QStringLiteral("stopped5"), QStringLiteral("autopod-2026-11-29-010"), api::PodStatus::Exited);
        rig.api.addPod(pod);
        rig.api.resumeThenTimeout = true;
        rig.api.failNext(QStringLiteral("pod"), apiError(K::NetworkTimeout, QStringLiteral("no answer")));
        rig.flow->resume(pod.name, pod.id, 1);
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->action, FailureAction::ActionFailed);
        QVERIFY2(!rig.failure->actionText.contains(QStringLiteral("stays stopped")),
                 qPrintable(rig.failure->actionText));
        QVERIFY(rig.failure->actionText.contains(QStringLiteral("may be running")));
    }

    void resumeWithoutFreeGpusIsClear()
    {
        Rig rig;
        api::Pod pod =
            existingPod(QStringLiteral("stopped2"), QStringLiteral("autopod-2026-11-29-005"), api::PodStatus::Exited);
        rig.api.addPod(pod);
        rig.api.failNext(
            QStringLiteral("resumePod"),
            apiError(K::NoInstancesAvailable,
                     QStringLiteral("There are not enough free GPUs on the host machine to start this pod.")));
        ResumeFlow flow(rig.api, rig.journal, rig.connector, fastOptions());
        QSignalSpy failed(&flow, &ConnectFlow::failed);
        flow.start(pod.name, pod.id, 1);
        QVERIFY(failed.wait());
        const auto report = failed.first().first().value<FailureReport>();
        QCOMPARE(report.kind, FailureKind::NoCapacity);
        QVERIFY(report.message.contains(QStringLiteral("not enough free GPUs")));
        QCOMPARE(report.action, FailureAction::Stopped);
        QCOMPARE(rig.api.podState(pod.id).desiredStatus, api::PodStatus::Exited);
    }

    // Attaching (Open ComfyUI after a restart, `pod start` on a running pod) never stops or
    // terminates the pod, whatever fails: the user's work on it stays, and the report says so.
    void attachThatFailsLeavesThePodRunning_data()
    {
        QTest::addColumn<int>("volumeGb");
        QTest::addColumn<int>("failure"); // 0 rejected host key, 1 SSH keeps failing, 2 ComfyUI never answers
        QTest::newRow("rejected host key, no volume") << 0 << 0;
        QTest::newRow("rejected host key, volume") << 20 << 0;
        QTest::newRow("ssh keeps failing") << 0 << 1;
        QTest::newRow("comfyui never answers") << 0 << 2;
    }
    void attachThatFailsLeavesThePodRunning()
    {
        QFETCH(int, volumeGb);
        QFETCH(int, failure);
        ConnectOptions o = fastOptions();
        o.readyTimeoutMs = 700;
        Rig rig(o, Time::Manual);
        api::Pod pod = existingPod(QStringLiteral("running1"), QStringLiteral("autopod-2026-11-29-007"),
                                   api::PodStatus::Running, volumeGb);
        rig.api.addPod(pod);
        if (failure == 0) {
            rig.connector.probeScript.push_back(SshProbeResult::Outcome::Rejected);
        } else if (failure == 1) {
            for (int i = 0; i < 10; ++i) {
                rig.connector.probeScript.push_back(SshProbeResult::Outcome::Failed);
            }
        } else {
            rig.connector.comfyReadyAtMs = 1'000'000;
        }
        rig.flow->attach(pod.name, pod.id);
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.api.count(QStringLiteral("stopPod")), 0);
        QCOMPARE(rig.api.count(QStringLiteral("terminatePod")), 0);
        QCOMPARE(rig.api.podState(pod.id).desiredStatus, api::PodStatus::Running);
        QCOMPARE(rig.failure->action, FailureAction::KeptRunning);
        QVERIFY2(rig.failure->actionText.contains(QStringLiteral("left running as it was")),
                 qPrintable(rig.failure->actionText));
        QVERIFY(!rig.failure->actionText.contains(QStringLiteral("as you asked")));
        QCOMPARE(rig.flow->costSafeChoice(), CancelChoice::Keep);
        QVERIFY(rig.connector.forgotten.isEmpty());
        QVERIFY(!rig.connector.lastProbed.podRestarted); // running all along: a changed key is refused
        for (const QString& event : std::as_const(rig.journal.events)) {
            QVERIFY2(!event.startsWith(QStringLiteral("gone ")), qPrintable(event));
        }
    }

    // A resumed pod ran before: its container disk holds the user's work even without a volume
    // disk, so the policy stops it and never terminates it.
    void resumedPodThatFailsIsStoppedNeverTerminated()
    {
        Rig rig;
        api::Pod pod =
            existingPod(QStringLiteral("stopped3"), QStringLiteral("autopod-2026-11-29-008"), api::PodStatus::Exited);
        rig.api.addPod(pod);
        rig.connector.probeScript.push_back(SshProbeResult::Outcome::Rejected);
        rig.flow->resume(pod.name, pod.id, 1);
        QVERIFY(rig.waitDone());
        QVERIFY(rig.failure);
        QCOMPARE(rig.failure->action, FailureAction::Stopped);
        QCOMPARE(rig.api.count(QStringLiteral("terminatePod")), 0);
        QVERIFY(rig.api.hasPod(pod.id));
        QCOMPARE(rig.api.podState(pod.id).desiredStatus, api::PodStatus::Exited);
    }

    void podActionsSucceedWhenPodIsGone()
    {
        test::FakeRunPodApi fake;
        PodActions actions(fake);
        std::optional<PodActionResult> stopped;
        std::optional<PodActionResult> killed;
        actions.stop(QStringLiteral("nope"), QStringLiteral("autopod-x"), this,
                     [&](const PodActionResult& r) { stopped = r; });
        actions.terminate(QStringLiteral("nope"), QStringLiteral("autopod-x"), this,
                          [&](const PodActionResult& r) { killed = r; });
        QVERIFY(QTest::qWaitFor([&] { return stopped && killed; }));
        QVERIFY(stopped->ok && stopped->alreadyGone);
        QVERIFY(killed->ok && killed->alreadyGone);
    }

    void podActionsStopReportsSaving()
    {
        test::FakeRunPodApi fake;
        api::Pod pod;
        pod.id = QStringLiteral("p1");
        pod.desiredStatus = api::PodStatus::Running;
        pod.costPerHr = 0.79;
        fake.addPod(pod);
        PodActions actions(fake);
        std::optional<PodActionResult> result;
        actions.stop(pod.id, QStringLiteral("autopod-y"), this, [&](const PodActionResult& r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }));
        QVERIFY(result->ok);
        QCOMPARE(result->hourlySaving, 0.79);
        QVERIFY(result->message.contains(QStringLiteral("$0.79/hr")));
        QCOMPARE(fake.podState(pod.id).desiredStatus, api::PodStatus::Exited);
    }
};

QTEST_GUILESS_MAIN(TestConnectFlowResume)
#include "tst_connectflow_resume.moc"
