// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/SshPodConnector.h"

#include <QCoreApplication>

#include "core/guard/PodWatchdog.h"
#include "core/outputs/OutputCopier.h"
#include "core/ssh/SshConnection.h"
#include "core/ssh/tunnel/TunnelController.h"

#include <QLoggingCategory>
#include <QPointer>

namespace autopod::lifecycle {

namespace {
// How long finishing the outputs waits for a tunnel that is not verified right now.
constexpr int kUnverifiedFinishMs = 3000;
} // namespace

Q_LOGGING_CATEGORY(lcConnector, "autopod.lifecycle.ssh")

SshProbeResult probeResultFor(const ssh::SshError& error)
{
    SshProbeResult r;
    r.message = error.message;
    r.nextStep = error.nextStep;
    switch (error.kind) {
    case ssh::SshErrorKind::None:
        r.outcome = SshProbeResult::Outcome::Ready;
        break;
    case ssh::SshErrorKind::ConnectionRefused:
    case ssh::SshErrorKind::Unreachable:
        r.outcome = SshProbeResult::Outcome::NotYet;
        break;
    case ssh::SshErrorKind::Protocol:
    case ssh::SshErrorKind::HostKeyUnknown:
        r.outcome = SshProbeResult::Outcome::Failed;
        break;
    case ssh::SshErrorKind::AuthFailed:
        // A refused key stays refused: the pod's authorised keys come from PUBLIC_KEY at creation (or
        // the account's keys), so retrying only bills the user for a pod nobody can reach.
    case ssh::SshErrorKind::HostKeyChanged:
    case ssh::SshErrorKind::NeedsPassphrase:
    case ssh::SshErrorKind::Cancelled:
        r.outcome = SshProbeResult::Outcome::Rejected;
        break;
    }
    return r;
}

SshPodConnector::SshPodConnector(Settings settings, HostKeyDecision decide, QObject* parent)
    : PodConnector(parent)
    , m_settings(std::move(settings))
    , m_decide(std::move(decide))
{}

SshPodConnector::~SshPodConnector()
{
    // Probes still running (an SSH connect to an unreachable pod lasts the whole connect timeout)
    // are not waited for: they deliver to nothing once this is gone (BlockingWorkPool).
    for (ssh::TunnelController* c : std::as_const(m_tunnels)) {
        c->stop();
        delete c;
    }
}

ssh::SshTarget SshPodConnector::targetFor(const SshEndpoint& endpoint) const
{
    ssh::SshTarget t;
    t.host = endpoint.host;
    t.port = endpoint.port;
    t.identity = m_settings.identity;
    t.knownHostsFile = m_settings.knownHostsFile;
    t.podId = endpoint.podId;
    t.hostKeyPolicy = m_settings.insecureHostKeys ? ssh::HostKeyPolicy::Insecure : ssh::HostKeyPolicy::RequireKnown;
    t.connectTimeoutMs = m_settings.connectTimeoutMs;
    return t;
}

void SshPodConnector::updateSettings(const Settings& settings)
{
    m_settings = settings;
}

void SshPodConnector::runBlocking(std::function<SshProbeResult()> work, QObject* context, ProbeCallback done)
{
    m_blocking.run<SshProbeResult>(QStringLiteral("ssh-probe"), context, std::move(work), std::move(done));
}

void SshPodConnector::probeSsh(const SshEndpoint& endpoint, QObject* context, ProbeCallback done)
{
    const ssh::SshTarget target = targetFor(endpoint);
    if (m_settings.insecureHostKeys) {
        Q_EMIT warningRaised(ssh::KnownHosts::insecureWarning(target.host, target.port));
        authenticate(endpoint, context, std::move(done));
        return;
    }
    // First the host key alone: a key never seen needs the user's consent before we log in.
    auto check = std::make_shared<ssh::HostKeyCheck>();
    QPointer<QObject> guard(context);
    runBlocking(
        [target, check] {
            ssh::SshConnection connection;
            ssh::SshError error;
            if (!connection.fetchHostKey(target, check.get(), &error)) {
                return probeResultFor(error);
            }
            SshProbeResult ok;
            ok.outcome = SshProbeResult::Outcome::Ready;
            return ok;
        },
        context,
        [this, endpoint, target, check, guard, done](const SshProbeResult& scanned) {
            if (scanned.outcome != SshProbeResult::Outcome::Ready) {
                done(scanned);
                return;
            }
            switch (check->status) {
            case ssh::HostKeyStatus::Known:
                if (check->legacyEntry) {
                    // Known by its address from before keys were tied to pods: tie it to this pod.
                    QString error;
                    if (!ssh::KnownHosts(m_settings.knownHostsFile)
                             .trust(target.host, target.port, check->presented, &error, target.podId)) {
                        qCWarning(lcConnector) << "could not update the host key entry:" << error;
                    }
                }
                authenticate(endpoint, guard, done);
                return;
            case ssh::HostKeyStatus::Changed:
                if (endpoint.podRestarted) {
                    // A pod started again gets new host keys: shown with its fingerprint and asked about.
                    check->podRestarted = true;
                    break;
                }
                {
                    // The same pod, still running, presents another key: refused.
                    SshProbeResult r;
                    r.outcome = SshProbeResult::Outcome::Rejected;
                    r.message = check->explanation();
                    done(r);
                    return;
                }
            case ssh::HostKeyStatus::Unknown:
                break;
            }
            m_decide(*check, [this, endpoint, target, check, guard, done](bool accepted) {
                if (!guard) {
                    return;
                }
                if (!accepted) {
                    SshProbeResult r;
                    r.outcome = SshProbeResult::Outcome::Rejected;
                    r.message = QCoreApplication::translate(
                        "SshConnect", "The pod's host key was not accepted, so autopod did not connect.");
                    done(r);
                    return;
                }
                QString error;
                if (!ssh::KnownHosts(m_settings.knownHostsFile)
                         .trust(target.host, target.port, check->presented, &error, target.podId)) {
                    qCWarning(lcConnector) << "could not store the host key:" << error;
                }
                qCInfo(lcConnector) << "trusted host key" << check->presented.fingerprint() << "for" << target.host
                                    << target.port;
                authenticate(endpoint, guard, done);
            });
        });
}

void SshPodConnector::authenticate(const SshEndpoint& endpoint, QObject* context, ProbeCallback done)
{
    if (!context) {
        return;
    }
    const ssh::SshTarget target = targetFor(endpoint);
    runBlocking(
        [target] {
            ssh::SshConnection connection;
            ssh::SshError error;
            QString warning;
            if (!connection.open(target, &error, &warning)) {
                SshProbeResult r = probeResultFor(error);
                r.detail = QStringLiteral("ssh root@%1 -p %2: %3").arg(target.host).arg(target.port).arg(error.message);
                return r;
            }
            SshProbeResult r;
            r.outcome = SshProbeResult::Outcome::Ready;
            r.hostKeyFingerprint = connection.serverHostKey().fingerprint();
            return r;
        },
        context, std::move(done));
}

void SshPodConnector::openTunnel(const TunnelRequest& request, QObject* context, TunnelCallback done)
{
    closeTunnel(request.endpoint.podId);
    ssh::TunnelConfig config;
    config.target = targetFor(request.endpoint);
    config.podId = request.endpoint.podId;
    config.remotePort = request.remotePort;
    config.preferredLocalPort = request.preferredLocalPort;
    config.runDir = m_settings.runDir;
    config.isPodTracked = m_settings.isPodTracked;
    auto* controller = new ssh::TunnelController(config, this);
    TunnelResult result;
    QString error;
    if (!controller->start(&error)) {
        delete controller;
        result.fatal = true;
        result.message = error;
    } else {
        m_tunnels.insert(request.endpoint.podId, controller);
        const QString podId = request.endpoint.podId;
        connect(controller, &ssh::TunnelController::failed, this,
                [this, podId](const QString& reason) { Q_EMIT tunnelFailed(podId, reason); });
        connect(controller, &ssh::TunnelController::warningRaised, this, &SshPodConnector::warningRaised);
        if (!controller->portNote().isEmpty()) {
            Q_EMIT warningRaised(controller->portNote());
        }
        if (!m_settings.outputsDir.isEmpty() && !request.endpoint.podName.isEmpty()) {
            // Lives and dies with the tunnel; copies while it is verified, catches up after a drop.
            auto* copier = new outputs::OutputCopier(
                controller->localUrl(),
                outputs::OutputCopier::podFolder(m_settings.outputsDir, request.endpoint.podName), {}, controller);
            connect(controller, &ssh::TunnelController::connected, copier, [copier](int) { copier->start(); });
            connect(controller, &ssh::TunnelController::reconnecting, copier, [copier](int) { copier->stop(); });
            connect(controller, &ssh::TunnelController::failed, copier, [copier] { copier->stop(); });
            connect(controller, &ssh::TunnelController::stopped, copier, [copier] { copier->stop(); });
            connect(copier, &outputs::OutputCopier::savedCountChanged, this,
                    [this, podId](int count) { Q_EMIT outputsSaved(podId, count); });
        }
        result.ok = true;
        result.localPort = controller->localPort();
    }
    deliverLater(QPointer<QObject>(context), done, result);
}

void SshPodConnector::installGuard(const GuardRequest& request, QObject* context, GuardCallback done)
{
    const ssh::SshTarget target = targetFor(request.endpoint);
    auto work = [target, request] {
        const guard::WatchdogResult w =
            guard::PodWatchdog::install(target, request.settings, request.costPerHr, request.uptimeSeconds);
        GuardResult result;
        result.attempted = true;
        result.ok = w.ok;
        result.message = w.message;
        result.state = w.state;
        return result;
    };
    m_blocking.run<GuardResult>(QStringLiteral("ssh-guard"), context, std::move(work), std::move(done));
}

namespace {
GuardResult guardResultOf(const guard::WatchdogResult& w)
{
    GuardResult result;
    result.attempted = true;
    result.ok = w.ok;
    result.message = w.message;
    result.state = w.state;
    return result;
}
} // namespace

void SshPodConnector::readGuard(const SshEndpoint& endpoint, QObject* context, GuardCallback done)
{
    const ssh::SshTarget target = targetFor(endpoint);
    auto work = [target] {
        return guardResultOf(guard::PodWatchdog::readState(target));
    };
    m_blocking.run<GuardResult>(QStringLiteral("ssh-guard"), context, std::move(work), std::move(done));
}

void SshPodConnector::keepGuard(const SshEndpoint& endpoint, int minutes, QObject* context, GuardCallback done)
{
    const ssh::SshTarget target = targetFor(endpoint);
    auto work = [target, minutes] {
        return guardResultOf(guard::PodWatchdog::keep(target, minutes));
    };
    m_blocking.run<GuardResult>(QStringLiteral("ssh-guard"), context, std::move(work), std::move(done));
}

void SshPodConnector::forgetPod(const QString& podId)
{
    QString error;
    if (!ssh::KnownHosts(m_settings.knownHostsFile).forgetPod(podId, &error)) {
        qCWarning(lcConnector) << "could not forget the host key of pod" << podId << ":" << error;
    }
}

void SshPodConnector::finishOutputs(const QString& podId, int timeoutMs, QObject* context,
                                    std::function<void(const OutputsResult&)> done)
{
    ssh::TunnelController* controller = m_tunnels.value(podId);
    auto* copier = controller ? controller->findChild<outputs::OutputCopier*>() : nullptr;
    if (!copier) {
        deliverLater(QPointer<QObject>(context), done, OutputsResult{});
        return;
    }
    // A tunnel that is not verified right now (reconnecting) gets a short chance only: the pod may
    // be out of reach, and the stop or quit waits for this.
    const int wait = copier->isRunning() ? timeoutMs : qMin(timeoutMs, kUnverifiedFinishMs);
    qCInfo(lcConnector) << "copying the pending outputs of pod" << podId << "(at most" << wait << "ms)";
    QPointer<outputs::OutputCopier> guard(copier);
    copier->finishPending(wait, context, [guard, done, podId](bool complete) {
        OutputsResult r;
        r.complete = complete;
        if (!complete) {
            r.notCopied = guard ? guard->notCopied() : QStringList();
            r.unlisted = !guard || !guard->hasListed();
            qCWarning(lcConnector) << "outputs of pod" << podId << "not copied:" << r.notCopied
                                   << (r.unlisted ? "(ComfyUI's list could not be read)" : "");
        }
        done(r);
    });
}

void SshPodConnector::closeTunnel(const QString& podId)
{
    if (ssh::TunnelController* c = m_tunnels.take(podId)) {
        c->stop();
        c->deleteLater();
    }
}

} // namespace autopod::lifecycle
