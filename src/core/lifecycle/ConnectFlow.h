// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"
#include "core/lifecycle/CostSafeCleanup.h"
#include "core/lifecycle/FlowClock.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "core/lifecycle/PodConnector.h"
#include "core/lifecycle/PodJournal.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace autopod::lifecycle {

// Creates (or resumes, or reattaches to) a pod and takes it to "Connected!", with the cost-safe
// fallback when that fails. One flow per pod; asynchronous, never blocks. Both the CLI and the
// desktop app drive it.
//
//   RequestingPod → WaitingForPodStart → WaitingForSsh → EstablishingTunnel → Connected
//
// "Not ready yet" (no runtime, sshd not listening, ComfyUI booting) is polled quickly until the
// readiness deadline; real failures are retried on the backoff schedule. When retries run out,
// the deadline passes, or the pod dies, the cost-safe policy (CostSafeCleanup) decides, by how
// the pod came to the flow: a pod this flow created and that never became ready is terminated
// when it has no volume disk, else stopped; a resumed pod is stopped (it ran before: its disk
// holds the user's work); a pod the flow attached to is left as it was, never stopped or
// terminated automatically. failed() says what was done. A create that errors, or is cancelled,
// while RunPod may be making the pod is followed through: the pod is looked up by its name
// (unique per create) until the create's budget has passed, and adopted or given the user's choice.
//
// One retry budget: RunPod calls are retried by the API client on its RetryPolicy
// (lifecycle.max_retries on the 2, 4, 8, 16, 32 s schedule, within the policy's budget), and each
// retry is announced through retrying(). A call that still fails is not retried again here: the
// flow falls back at once. SSH probes and the tunnel are retried here on the same schedule. So once
// RunPod becomes unreachable, the stop (or terminate) starts within one call's budget — with the
// defaults 62 s when connections are refused, at most 122 s when they hang — and, retried on the
// client's cost-critical policy, succeeds or gives up within 222 s (refused) or 282 s (hanging)
// more. A pod that could not be stopped stays tracked in pods.json and the report says so.
class ConnectFlow : public QObject
{
    Q_OBJECT

public:
    ConnectFlow(api::RunPodApi& api, PodJournal& journal, PodConnector& connector, ConnectOptions options = {},
                QObject* parent = nullptr);
    ~ConnectFlow() override;

    // A new pod. An empty request.name gets one from the journal.
    void start(api::CreatePodRequest request);
    // A stopped pod: podResume, then the same readiness path (exposed as ResumeFlow too).
    void resume(const QString& name, const QString& podId, int gpuCount);
    // A pod that is running already: readiness, SSH and tunnel only.
    void attach(const QString& name, const QString& podId);

    // Ends the flow now and does `choice` to the pod if one exists (Keep leaves it running).
    // failed() follows with kind Cancelled. No effect once finished.
    void cancel(CancelChoice choice);
    // While the pod is being stopped or terminated (the client retrying on the cost-critical
    // budget): stop waiting. failed() follows at once with ActionFailed, saying the pod may still
    // bill and how to stop it; it stays tracked. No effect at other times.
    void abandonCleanup();
    // Also while a cancelled create is still waiting for RunPod's answer (the choice applies to it).
    bool isCleaningUp() const { return m_state == State::CleaningUp || m_cancelChoice.has_value(); }

    bool isRunning() const { return m_state != State::Idle && m_state != State::Finished; }
    bool hasPod() const { return !m_podId.isEmpty(); }
    QString podName() const { return m_name; }
    QString podId() const { return m_podId; }
    std::optional<api::Pod> lastKnownPod() const { return m_pod; }
    ConnectStage stage() const { return m_stage; }
    qint64 elapsedMs() const;
    // What the cost-safe policy does to the pod now (CostSafeCleanup::choiceFor()).
    CancelChoice costSafeChoice() const;
    // The flow attached to a pod that was running already (attach()).
    bool isAttach() const { return m_origin == Origin::Attached; }

Q_SIGNALS:
    void stageChanged(autopod::lifecycle::ConnectStage stage, qint64 elapsedMs);
    void podCreated(const QString& name, const autopod::api::Pod& pod);
    // Something went wrong and will be tried again after delayMs: a RunPod call (retried by the
    // API client, on its RetryPolicy), an SSH probe or the tunnel (retried here).
    void retrying(const QString& what, int attempt, int maxAttempts, int delayMs);
    // Informational line for the user (orphan adopted, host key stored...).
    void noticed(const QString& message);
    void connected(int localPort, int latencyMs);
    void failed(const autopod::lifecycle::FailureReport& report);
    // After connected() or failed().
    void finished();

private:
    // How the pod came to this flow (start(), resume(), attach()): decides what the cost-safe
    // policy may do to it.
    using Origin = PodOrigin;

    enum class State
    {
        Idle,
        Creating,
        Resuming,
        FindingOrphan,
        PollingPod,
        ProbingSsh,
        OpeningTunnel,
        Verifying,
        CleaningUp,
        Finished
    };

    // The one place the flow's state changes; every change is logged with the pod's name.
    void setState(State state);
    static const char* stateName(State state);
    void enterStage(ConnectStage stage);
    void beginReadiness();
    void onCreated(const api::ApiResult<api::Pod>& result);
    void findOrphan(const api::ApiError& createError);
    // The create ended without a pod: look for it by name again until the create's budget has passed.
    void noPodFound(const api::ApiError& createError);
    // A pod exists now (created, or found by name): carry on, or apply the choice of a cancel.
    void podArrived();
    FailureReport cancelledReport() const;
    FailureReport createFailedReport(const api::ApiError& error) const;
    void onResumed(const api::ApiResult<api::Pod>& result);
    // The resume's answer was lost (timeout, garbled): the pod's real state decides what follows.
    // How a resume failed: its answer was lost (RunPod may have started the pod), or RunPod refused
    // it (the pod may have been started by someone else).
    enum class ResumeAnswer
    {
        Lost,
        Refused
    };
    // Whether the pod may present new host keys: started by this flow, or again since autopod last
    // connected to it.
    bool startedSinceKeyVerified(const api::Pod& pod) const;
    void checkAfterFailedResume(const api::ApiError& resumeError, ResumeAnswer answer);
    void pollPod();
    void onPod(const api::ApiResult<api::Pod>& result);
    void announceStage(const QString& stage); // REST v2's PROVISIONING / STARTING, as progress lines
    void failOnPodError();                    // REST v2's ERROR: logs into the report, then the policy
    void probeSsh();
    void onProbe(const SshProbeResult& result);
    void openTunnel();
    void onTunnel(const TunnelResult& result);
    void verify();
    // The guard is installed while the tunnel is opened and verified (so it adds no time when it is
    // quicker); "Connected!" waits for its answer.
    void startGuard();
    void onGuard(const GuardResult& result);
    void onTunnelFailed(const QString& podId, const QString& reason);

    // Schedules `step` after the next "not ready yet" interval; false when the deadline passed.
    bool pollAgain(void (ConnectFlow::*step)());
    // The delay before a request to RunPod that can wait (a status poll, a lookup): delayMs, or
    // longer when RunPod's rate limit asks for more spacing (REST v2: 60 requests a minute).
    int pacedForRunPod(int delayMs) const;
    // Schedules `step` after the backoff delay; false when the retries are used up. Only for the
    // SSH and tunnel steps: API calls are retried by the client (see onApiRetry).
    bool retryLater(const QString& what, const QString& reason, void (ConnectFlow::*step)());
    void onApiRetry(const QObject* context, const QString& operation, int retry, int maxRetries, int delayMs,
                    const QString& reason);
    bool deadlinePassed() const;
    CostSafeCleanup::Subject cleanupSubject() const;
    void failWithPolicy(FailureKind kind, const QString& message, const QString& detail = {},
                        NextStep nextStep = NextStep::None);
    void applyAction(CancelChoice choice, const FailureReport& report);
    void finishFailed(FailureReport report);
    void finishConnected(int latencyMs);
    void schedule(int delayMs, void (ConnectFlow::*step)());
    void dropInFlightCalls();

    static constexpr int kFailureLogLines = 20;

    api::RunPodApi& m_api;
    PodJournal& m_journal;
    PodConnector& m_connector;
    ConnectOptions m_options;
    CostSafeCleanup m_cleanup;
    QNetworkAccessManager* m_http = nullptr;

    State m_state = State::Idle;
    Origin m_origin = Origin::Created;
    bool m_reachedReady = false; // ComfyUI answered through the tunnel in this flow
    ConnectStage m_stage = ConnectStage::RequestingPod;
    std::unique_ptr<FlowClock> m_steadyClock; // when the options bring no clock
    FlowClock& m_time;
    FlowStopwatch m_clock;
    qint64 m_readySince = 0;    // when the readiness deadline started (ms on m_clock)
    FlowTimer* m_timer;         // the one step the flow waits for (a poll, a retry, the create lookup)
    QObject* m_calls = nullptr; // context of in-flight calls; replaced on cancel so late answers are ignored

    QString m_name;
    QString m_podId;
    api::CreatePodRequest m_request;
    std::optional<api::Pod> m_pod;
    SshEndpoint m_endpoint;
    QString m_hostKeyFingerprint;
    int m_localPort = 0;
    qint64 m_tunnelPid = 0;
    int m_attempt = 0;   // failures of the current SSH/tunnel step
    int m_pollCount = 0; // "not ready yet" polls so far
    QString m_lastProblem;
    QString m_callLabel;            // what the API call in flight does, for progress lines ("Checking pod X")
    FailureReport m_cleanupReport;  // what failed() will say once the cleanup in flight ends
    pods::GuardSettings m_guard;    // the guard this pod gets
    QObject* m_guardCall = nullptr; // context of the guard install in flight
    bool m_guardAnswered = false;
    int m_verifiedLatencyMs = -1;               // the tunnel is verified and waits for the guard's answer
    std::optional<CancelChoice> m_cancelChoice; // cancelled while the create was in flight
    qint64 m_createSentAt = 0;                  // ms on m_clock
    int m_orphanLookups = 0;
};

// Starting a stopped pod again (podResume), then the same path to "Connected!". "There are not
// enough free GPUs on the host machine" is reported as FailureKind::NoCapacity; the pod stays
// stopped.
class ResumeFlow : public ConnectFlow
{
    Q_OBJECT

public:
    using ConnectFlow::ConnectFlow;
    void start(const QString& name, const QString& podId, int gpuCount) { resume(name, podId, gpuCount); }
};

} // namespace autopod::lifecycle
