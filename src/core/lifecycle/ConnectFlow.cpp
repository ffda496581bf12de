// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/ComfyUiProbe.h"
#include "core/lifecycle/LifecycleLogging.h"

#include <QCoreApplication>

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <memory>

namespace autopod::lifecycle {

Q_LOGGING_CATEGORY(lcLifecycle, "autopod.lifecycle")

ConnectFlow::ConnectFlow(api::RunPodApi& api, PodJournal& journal, PodConnector& connector, ConnectOptions options,
                         QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_connector(connector)
    , m_options(std::move(options))
    , m_cleanup(api, journal, connector)
    , m_http(new QNetworkAccessManager(this))
    , m_steadyClock(m_options.clock ? nullptr : std::make_unique<SteadyFlowClock>())
    , m_time(m_options.clock ? *m_options.clock : *m_steadyClock)
    , m_clock(m_time)
    , m_timer(m_time.createTimer(this))
    , m_calls(new QObject(this))
{
    m_http->setProxy(QNetworkProxy::NoProxy);
    connect(&m_connector, &PodConnector::tunnelFailed, this, &ConnectFlow::onTunnelFailed);
    connect(&m_api, &api::RunPodApi::retryScheduled, this, &ConnectFlow::onApiRetry);
}

ConnectFlow::~ConnectFlow() = default;

qint64 ConnectFlow::elapsedMs() const
{
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void ConnectFlow::start(api::CreatePodRequest request)
{
    if (isRunning()) {
        return;
    }
    m_clock.start();
    m_request = std::move(request);
    if (m_request.name.isEmpty()) {
        m_request.name = m_journal.allocateName();
    }
    m_name = m_request.name;
    m_guard = m_options.guard;
    if (m_guard.maxHours && !m_request.stopAfter.isValid()) {
        // The second line of defence: RunPod stops the pod itself even if the watchdog dies.
        m_request.stopAfter = QDateTime::currentDateTimeUtc().addSecs(qint64(*m_guard.maxHours * 3600));
    }
    m_origin = Origin::Created;
    setState(State::Creating);
    enterStage(ConnectStage::RequestingPod);
    qCInfo(lcLifecycle) << "creating pod" << m_name << "gpu" << m_request.gpuTypeId << "x" << m_request.gpuCount;
    m_journal.podRequested(m_name, m_request);
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Creating pod %1").arg(m_name);
    m_createSentAt = m_clock.elapsed();
    m_api.createPod(m_request, m_calls, [this](const api::ApiResult<api::Pod>& r) { onCreated(r); });
}

void ConnectFlow::resume(const QString& name, const QString& podId, int gpuCount)
{
    if (isRunning()) {
        return;
    }
    m_clock.start();
    m_name = name;
    m_podId = podId;
    m_guard = m_journal.guardSettings(name).value_or(m_options.guard);
    m_origin = Origin::Resumed;
    setState(State::Resuming);
    enterStage(ConnectStage::RequestingPod);
    qCInfo(lcLifecycle) << "resuming pod" << m_name << podId << "gpus" << gpuCount;
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Starting pod %1").arg(m_name);
    m_api.resumePod(podId, gpuCount, m_calls, [this](const api::ApiResult<api::Pod>& r) { onResumed(r); });
}

void ConnectFlow::attach(const QString& name, const QString& podId)
{
    if (isRunning()) {
        return;
    }
    m_clock.start();
    m_name = name;
    m_podId = podId;
    m_guard = m_journal.guardSettings(name).value_or(m_options.guard);
    m_origin = Origin::Attached;
    qCInfo(lcLifecycle) << "attaching to running pod" << m_name << podId;
    beginReadiness();
}

bool ConnectFlow::startedSinceKeyVerified(const api::Pod& pod) const
{
    if (m_origin == Origin::Resumed) {
        return true; // this flow started it: RunPod gives a started pod new host keys
    }
    // Attached: new keys are expected only if the pod's current run began after an SSH connection
    // last proved its key (stopped and started again meanwhile, say from the console). A pod that
    // kept running and presents another key is refused. The margin covers the age of the uptime.
    constexpr qint64 kMarginSeconds = 5;
    const QDateTime verified = m_journal.hostKeyVerifiedAt(m_name);
    if (!verified.isValid() || !pod.runtime) {
        return false;
    }
    const QDateTime runStarted = QDateTime::currentDateTimeUtc().addSecs(-pod.runtime->uptimeSeconds);
    return runStarted > verified.addSecs(kMarginSeconds);
}

void ConnectFlow::enterStage(ConnectStage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, elapsedMs());
}

void ConnectFlow::beginReadiness()
{
    m_readySince = m_clock.elapsed();
    m_attempt = 0;
    m_pollCount = 0;
    enterStage(ConnectStage::WaitingForPodStart);
    pollPod();
}

void ConnectFlow::pollPod()
{
    setState(State::PollingPod);
    m_callLabel = QCoreApplication::translate("ConnectFlow", "Checking pod %1").arg(m_name);
    m_api.pod(m_podId, m_calls, [this](const api::ApiResult<api::Pod>& r) { onPod(r); });
}

void ConnectFlow::onPod(const api::ApiResult<api::Pod>& result)
{
    if (!result.ok()) {
        const api::ApiError& error = result.error;
        if (error.kind == api::ApiError::Kind::PodNotFound) {
            m_journal.podGone(m_name, m_podId);
            finishFailed(
                {FailureKind::PodDied,
                 QCoreApplication::translate("ConnectFlow", "Pod %1 disappeared from RunPod while starting.")
                     .arg(m_name),
                 error.detail, FailureAction::AlreadyGone,
                 QCoreApplication::translate("ConnectFlow", "The pod no longer exists on RunPod; nothing is billing."),
                 m_podId, m_name});
            return;
        }
        // The client has retried it on the whole retry budget already (announced through
        // retryScheduled): retrying again here would multiply the wait. Fall back now.
        failWithPolicy(failureKindFor(error),
                       error.isTransient()
                           ? QCoreApplication::translate("ConnectFlow", "RunPod kept failing while the pod started: %1")
                                 .arg(error.text())
                           : error.text(),
                       error.detail, error.nextStep);
        return;
    }
    const api::Pod& pod = *result.value;
    const bool changed =
        !m_pod || m_pod->desiredStatus != pod.desiredStatus || m_pod->runtime.has_value() != pod.runtime.has_value();
    const bool newStage = !pod.stage.isEmpty() && (!m_pod || m_pod->stage != pod.stage);
    m_pod = pod;
    if (changed) {
        m_journal.podUpdated(m_name, pod);
    }
    if (newStage) {
        announceStage(pod.stage);
    }
    switch (pod.desiredStatus) {
    case api::PodStatus::Exited:
    case api::PodStatus::Paused:
        finishFailed({FailureKind::PodDied,
                      QCoreApplication::translate("ConnectFlow", "Pod %1 stopped while starting (%2).")
                          .arg(m_name, pod.lastStatusChange),
                      {},
                      FailureAction::Stopped,
                      QCoreApplication::translate("ConnectFlow", "The pod is stopped; GPU billing has ended."),
                      m_podId,
                      m_name});
        return;
    case api::PodStatus::Error:
        failOnPodError();
        return;
    case api::PodStatus::Terminated:
    case api::PodStatus::Dead:
        m_journal.podGone(m_name, m_podId);
        finishFailed({FailureKind::PodDied,
                      QCoreApplication::translate("ConnectFlow", "Pod %1 was terminated while starting.").arg(m_name),
                      {},
                      FailureAction::AlreadyGone,
                      QCoreApplication::translate("ConnectFlow", "The pod no longer exists; nothing is billing."),
                      m_podId,
                      m_name});
        return;
    default:
        break;
    }
    const auto ssh = pod.publicSsh();
    if (!ssh) {
        if (!pollAgain(&ConnectFlow::pollPod)) {
            failWithPolicy(FailureKind::ReadinessTimeout,
                           QCoreApplication::translate("ConnectFlow", "Pod %1 did not start within %2 minutes.")
                               .arg(m_name)
                               .arg(m_options.readyTimeoutMs / 60000.0, 0, 'g', 3));
        }
        return;
    }
    const bool endpointChanged = m_endpoint.host != ssh->ip || m_endpoint.port != ssh->publicPort;
    m_endpoint = SshEndpoint{m_podId, m_name, ssh->ip, ssh->publicPort, startedSinceKeyVerified(pod)};
    if (endpointChanged) {
        qCInfo(lcLifecycle) << "pod" << m_name << "ssh at" << ssh->ip << ssh->publicPort;
    }
    if (m_stage == ConnectStage::WaitingForPodStart) {
        m_attempt = 0;
        enterStage(ConnectStage::WaitingForSsh);
    }
    probeSsh();
}

void ConnectFlow::announceStage(const QString& stage)
{
    qCInfo(lcLifecycle) << "pod" << m_name << "is" << stage;
    if (stage == QLatin1String("PROVISIONING")) {
        Q_EMIT noticed(
            QCoreApplication::translate("ConnectFlow", "Pod %1: RunPod is allocating a machine.").arg(m_name));
    } else if (stage == QLatin1String("STARTING")) {
        Q_EMIT noticed(QCoreApplication::translate("ConnectFlow", "Pod %1: the container is starting.").arg(m_name));
    }
}

void ConnectFlow::failOnPodError()
{
    // RunPod says the container cannot start: no use waiting out the timeout. Its last log lines
    // say why; they go into the report and the log, then the cost-safe policy ends the billing.
    m_timer->stop();
    m_api.podLogs(m_podId, kFailureLogLines, m_calls, [this](const api::ApiResult<QStringList>& logs) {
        const QStringList lines = logs.ok() && logs.value ? *logs.value : QStringList();
        QString message =
            QCoreApplication::translate("ConnectFlow", "Pod %1 failed while starting: RunPod reports an error in its "
                                                       "container.")
                .arg(m_name);
        if (lines.isEmpty()) {
            qCWarning(lcLifecycle) << "pod" << m_name << "is in ERROR; no log lines:" << logs.error.detail;
        } else {
            message += QLatin1Char('\n') + QCoreApplication::translate("ConnectFlow", "Its last log lines:") +
                       QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
            qCWarning(lcLifecycle).noquote() << "last log lines of pod" << m_name << ":\n"
                                             << lines.join(QLatin1Char('\n'));
        }
        failWithPolicy(FailureKind::PodDied, message, lines.join(QLatin1Char('\n')));
    });
}

void ConnectFlow::probeSsh()
{
    setState(State::ProbingSsh);
    m_connector.probeSsh(m_endpoint, m_calls, [this](const SshProbeResult& r) { onProbe(r); });
}

void ConnectFlow::onProbe(const SshProbeResult& result)
{
    switch (result.outcome) {
    case SshProbeResult::Outcome::Ready:
        m_hostKeyFingerprint = result.hostKeyFingerprint;
        m_attempt = 0;
        enterStage(ConnectStage::EstablishingTunnel);
        startGuard();
        openTunnel();
        return;
    case SshProbeResult::Outcome::NotYet:
        m_lastProblem = result.message;
        // Back through the pod poll: it notices a pod that died and a port mapping that changed.
        if (!pollAgain(&ConnectFlow::pollPod)) {
            failWithPolicy(FailureKind::ReadinessTimeout,
                           QCoreApplication::translate("ConnectFlow", "SSH on pod %1 never became reachable: %2")
                               .arg(m_name, result.message),
                           result.detail);
        }
        return;
    case SshProbeResult::Outcome::Failed:
        if (!retryLater(QCoreApplication::translate("ConnectFlow", "SSH connection"), result.message,
                        &ConnectFlow::pollPod)) {
            failWithPolicy(FailureKind::SshFailure,
                           QCoreApplication::translate("ConnectFlow", "SSH connection to pod %1 kept failing: %2")
                               .arg(m_name, result.message),
                           result.detail);
        }
        return;
    case SshProbeResult::Outcome::Rejected:
        failWithPolicy(FailureKind::SshFailure, result.message, result.detail, result.nextStep);
        return;
    }
}

void ConnectFlow::openTunnel()
{
    m_verifiedLatencyMs = -1;
    setState(State::OpeningTunnel);
    m_connector.openTunnel(TunnelRequest{m_endpoint, m_options.localPort, 8188}, m_calls,
                           [this](const TunnelResult& r) { onTunnel(r); });
}

void ConnectFlow::onTunnel(const TunnelResult& result)
{
    if (!result.ok) {
        if (result.fatal || !retryLater(QCoreApplication::translate("ConnectFlow", "Tunnel"), result.message,
                                        &ConnectFlow::openTunnel)) {
            failWithPolicy(FailureKind::TunnelFailure,
                           QCoreApplication::translate("ConnectFlow", "Could not open the tunnel to pod %1: %2")
                               .arg(m_name, result.message),
                           result.detail);
        }
        return;
    }
    m_localPort = result.localPort;
    m_tunnelPid = result.processId;
    m_pollCount = 0;
    verify();
}

void ConnectFlow::setState(State state)
{
    if (state == m_state) {
        return;
    }
    qCInfo(lcLifecycle).noquote() << "flow" << (m_name.isEmpty() ? QStringLiteral("(unnamed)") : m_name) << ":"
                                  << stateName(m_state) << "->" << stateName(state);
    m_state = state;
}

const char* ConnectFlow::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return "idle";
    case State::Creating:
        return "creating";
    case State::Resuming:
        return "resuming";
    case State::FindingOrphan:
        return "finding orphan";
    case State::PollingPod:
        return "polling pod";
    case State::ProbingSsh:
        return "probing ssh";
    case State::OpeningTunnel:
        return "opening tunnel";
    case State::Verifying:
        return "verifying";
    case State::CleaningUp:
        return "cleaning up";
    case State::Finished:
        return "finished";
    }
    return "?";
}

void ConnectFlow::verify()
{
    setState(State::Verifying);
    ComfyUiProbe::check(*m_http, m_localPort, m_calls, [this](const ComfyUiProbe::Answer& answer) {
        if (answer.ready) {
            m_verifiedLatencyMs = answer.latencyMs;
            if (m_guardAnswered) {
                finishConnected(m_verifiedLatencyMs);
            }
            return;
        }
        m_lastProblem = answer.problem;
        // ComfyUI takes a while to boot: poll until the deadline.
        if (!pollAgain(&ConnectFlow::verify)) {
            failWithPolicy(FailureKind::ReadinessTimeout,
                           QCoreApplication::translate(
                               "ConnectFlow", "ComfyUI on pod %1 did not answer through the tunnel within %2 minutes "
                                              "(last: %3).")
                               .arg(m_name)
                               .arg(m_options.readyTimeoutMs / 60000.0, 0, 'g', 3)
                               .arg(m_lastProblem));
        }
    });
}

void ConnectFlow::startGuard()
{
    if (m_guardCall || m_guardAnswered) {
        return; // once per flow
    }
    if (m_guard.isOff()) {
        m_journal.podGuarded(m_name, m_guard, true, QCoreApplication::translate("ConnectFlow", "off"), {});
        m_guardAnswered = true;
        return;
    }
    GuardRequest request;
    request.endpoint = m_endpoint;
    request.settings = m_guard;
    if (m_pod) {
        request.costPerHr = m_pod->costPerHr;
        request.uptimeSeconds = m_pod->runtime ? m_pod->runtime->uptimeSeconds : 0;
    }
    m_guardCall = new QObject(this);
    m_connector.installGuard(request, m_guardCall, [this](const GuardResult& r) { onGuard(r); });
}

void ConnectFlow::onGuard(const GuardResult& r)
{
    m_guardCall->deleteLater();
    m_guardCall = nullptr;
    m_guardAnswered = true;
    if (!isRunning()) {
        return; // the flow failed or was cancelled meanwhile: the pod is being stopped anyway
    }
    if (r.attempted) {
        m_journal.podGuarded(m_name, m_guard, r.ok, r.ok ? r.state.summary() : QString(), r.message);
        if (!r.state.lastStopped.isEmpty()) {
            Q_EMIT noticed(QCoreApplication::translate("ConnectFlow", "Its guard had stopped pod %1: %2.")
                               .arg(m_name, r.state.lastStopped));
        }
        if (r.ok) {
            Q_EMIT noticed(QCoreApplication::translate("ConnectFlow", "Guard on pod %1: %2 (%3).")
                               .arg(m_name, m_guard.describe(), r.state.summary()));
        } else {
            // Not a reason to stop the pod: the user is told, and the pod stays tracked.
            Q_EMIT noticed(QCoreApplication::translate("ConnectFlow",
                                                       "Pod %1 is NOT guarded (%2): it will not stop by itself "
                                                       "when idle or over budget.")
                               .arg(m_name, r.message));
        }
    }
    if (m_state == State::Verifying && m_verifiedLatencyMs >= 0) {
        finishConnected(m_verifiedLatencyMs);
    }
}

void ConnectFlow::onTunnelFailed(const QString& podId, const QString& reason)
{
    if (podId != m_podId || m_state != State::Verifying) {
        return;
    }
    m_timer->stop();
    dropInFlightCalls();
    if (!retryLater(QCoreApplication::translate("ConnectFlow", "Tunnel"), reason, &ConnectFlow::openTunnel)) {
        failWithPolicy(
            FailureKind::TunnelFailure,
            QCoreApplication::translate("ConnectFlow", "The tunnel to pod %1 kept failing: %2").arg(m_name, reason));
    }
}

bool ConnectFlow::deadlinePassed() const
{
    return m_clock.elapsed() - m_readySince >= m_options.readyTimeoutMs;
}

int ConnectFlow::pacedForRunPod(int delayMs) const
{
    const int spacing = m_api.pollSpacingMs();
    if (spacing <= delayMs) {
        return delayMs;
    }
    qCDebug(lcLifecycle) << "next request to RunPod for pod" << m_name << "in" << spacing << "ms (its rate limit)";
    return spacing;
}

bool ConnectFlow::pollAgain(void (ConnectFlow::*step)())
{
    if (deadlinePassed()) {
        return false;
    }
    ++m_pollCount;
    const qint64 waited = m_clock.elapsed() - m_readySince;
    int delay = m_options.pollInitialMs;
    if (waited > m_options.pollFastPhaseMs) {
        delay = m_options.pollMaxMs;
    }
    if (step == &ConnectFlow::pollPod) {
        delay = pacedForRunPod(delay);
    }
    const qint64 left = m_options.readyTimeoutMs - waited;
    schedule(int(qMin<qint64>(delay, left)), step);
    return true;
}

void ConnectFlow::onApiRetry(const QObject* context, const QString& operation, int retry, int maxRetries, int delayMs,
                             const QString& reason)
{
    if (context != m_calls || !isRunning()) {
        return; // another flow's call, or another part of the app
    }
    qCWarning(lcLifecycle) << m_callLabel << "(" << operation << ") failed:" << reason << "- retry" << retry << "of"
                           << maxRetries << "in" << delayMs << "ms";
    m_lastProblem = reason;
    Q_EMIT retrying(QStringLiteral("%1: %2").arg(m_callLabel, reason), retry, maxRetries, delayMs);
}

bool ConnectFlow::retryLater(const QString& what, const QString& reason, void (ConnectFlow::*step)())
{
    int& attempt = m_attempt;
    ++attempt;
    if (attempt > m_options.maxRetries || deadlinePassed()) {
        return false;
    }
    const int delay = m_options.retryDelay(attempt);
    qCWarning(lcLifecycle) << what << "failed (" << reason << "), retry" << attempt << "of" << m_options.maxRetries
                           << "in" << delay << "ms";
    m_lastProblem = reason;
    Q_EMIT retrying(QStringLiteral("%1: %2").arg(what, reason), attempt, m_options.maxRetries, delay);
    schedule(delay, step);
    return true;
}

void ConnectFlow::schedule(int delayMs, void (ConnectFlow::*step)())
{
    m_timer->disconnect(this);
    connect(m_timer, &FlowTimer::timeout, this, step, Qt::SingleShotConnection);
    m_timer->start(qMax(0, delayMs));
}

void ConnectFlow::dropInFlightCalls()
{
    delete m_calls;
    m_calls = new QObject(this);
}

void ConnectFlow::finishConnected(int latencyMs)
{
    m_timer->stop();
    m_reachedReady = true;
    setState(State::Finished);
    qCInfo(lcLifecycle) << "pod" << m_name << "connected on port" << m_localPort << "latency" << latencyMs << "ms after"
                        << elapsedMs() << "ms";
    m_journal.podConnected(m_name, m_endpoint.host, m_endpoint.port, m_localPort, m_tunnelPid, m_hostKeyFingerprint);
    enterStage(ConnectStage::Connected);
    Q_EMIT connected(m_localPort, latencyMs);
    Q_EMIT finished();
}

} // namespace autopod::lifecycle
