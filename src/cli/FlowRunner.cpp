// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/FlowRunner.h"

#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/NextStepText.h"
#include "cli/SignalWatcher.h"
#include "cli/SshSetup.h"
#include "core/config/Paths.h"
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/PodStoreJournal.h"
#include "core/lifecycle/SshPodConnector.h"
#include "core/pods/PodStore.h"
#include "core/pods/Presentation.h"
#include "core/ssh/ConnectionDetails.h"

#include <csignal>

namespace autopod::cli {

FlowRunner::FlowRunner(CliContext& ctx, api::RunPodApi& api, ssh::SshIdentity identity, bool assumeYes, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_api(api)
    , m_identity(std::move(identity))
    , m_assumeYes(assumeYes)
{
    Terminal& term = m_ctx.terminal();
    m_journal = std::make_unique<lifecycle::PodStoreJournal>(m_ctx.store());

    lifecycle::SshPodConnector::Settings settings;
    settings.identity = m_identity;
    settings.knownHostsFile = config::Paths::knownHostsFile();
    settings.runDir = config::Paths::runDir();
    settings.insecureHostKeys = m_ctx.config().insecureHostKeys();
    settings.connectTimeoutMs = m_ctx.config().connectTimeout() * 1000;
    auto decide = [this, &term](const ssh::HostKeyCheck& check, std::function<void(bool)> answer) {
        term.print(QStringLiteral("  %1").arg(check.explanation()));
        if (m_assumeYes) {
            term.print(QStringLiteral("  Trusting it (--yes)."));
            answer(true);
            return;
        }
        answer(term.confirm(QStringLiteral("  Trust this host key and continue?"), true));
    };
    m_ssh = std::make_unique<lifecycle::SshPodConnector>(settings, decide);
    connect(m_ssh.get(), &lifecycle::SshPodConnector::warningRaised, this,
            [&term](const QString& w) { term.warning(w); });
    m_connector = std::make_unique<BackgroundTunnelConnector>(*m_ssh, m_identity.privateKeyPath);
    connect(m_connector.get(), &BackgroundTunnelConnector::noteReceived, this,
            [&term](const QString& n) { term.print(QStringLiteral("  ") + n); });
    m_flow = std::make_unique<lifecycle::ConnectFlow>(m_api, *m_journal, *m_connector,
                                                      lifecycle::ConnectOptions::fromConfig(m_ctx.config()));
    m_ctx.setRetriesShownElsewhere(true); // the flow's retrying() lines say which pod and step
    m_signals = new SignalWatcher({SIGINT, SIGTERM, SIGHUP}, this);
    connect(m_signals, &SignalWatcher::signalled, this, &FlowRunner::onInterrupted);
    wire();
}

FlowRunner::~FlowRunner() = default;

QString FlowRunner::allocateName()
{
    return m_journal->allocateName();
}

QString FlowRunner::elapsed() const
{
    return QStringLiteral("%1s").arg(m_flow->elapsedMs() / 1000.0, 0, 'f', 1);
}

void FlowRunner::wire()
{
    Terminal& term = m_ctx.terminal();
    using lifecycle::ConnectFlow;
    connect(m_flow.get(), &ConnectFlow::stageChanged, this, [this, &term](lifecycle::ConnectStage stage, qint64) {
        if (stage == lifecycle::ConnectStage::Connected) {
            term.success(QStringLiteral("%1 (%2)").arg(lifecycle::stageText(stage), elapsed()));
        } else {
            term.step(QStringLiteral("%1 (%2)").arg(lifecycle::stageText(stage), elapsed()));
        }
    });
    connect(m_flow.get(), &ConnectFlow::retrying, this,
            [&term](const QString& what, int attempt, int max, int delayMs) {
                term.warning(QStringLiteral("  %1 — retry %2/%3 in %4s")
                                 .arg(what)
                                 .arg(attempt)
                                 .arg(max)
                                 .arg(delayMs / 1000.0, 0, 'g', 3));
            });
    connect(m_flow.get(), &ConnectFlow::noticed, this,
            [&term](const QString& n) { term.print(QStringLiteral("  ") + n); });
    connect(m_flow.get(), &ConnectFlow::podCreated, this, [&term](const QString&, const api::Pod& pod) {
        term.print(QStringLiteral("  Pod id %1, %2/hr").arg(pod.id, pods::Presentation::money(pod.costPerHr)));
    });
    connect(m_flow.get(), &ConnectFlow::connected, this, &FlowRunner::onConnected);
    connect(m_flow.get(), &ConnectFlow::failed, this, &FlowRunner::onFailed);
}

void FlowRunner::create(const api::CreatePodRequest& request)
{
    m_flow->start(request);
}

void FlowRunner::resume(const QString& name, const QString& podId, int gpuCount)
{
    m_flow->resume(name, podId, gpuCount);
}

void FlowRunner::attach(const QString& name, const QString& podId)
{
    m_flow->attach(name, podId);
}

void FlowRunner::onInterrupted()
{
    Terminal& term = m_ctx.terminal();
    if (!m_flow->isRunning()) {
        CliContext::finish(Interrupted);
        return;
    }
    if (m_flow->isCleaningUp()) {
        // The pod is being stopped (retried while RunPod does not answer): giving up on that is the
        // user's call, but not on a single keypress.
        if (m_abandonOffered) {
            m_flow->abandonCleanup();
            return;
        }
        m_abandonOffered = true;
        term.warning(QStringLiteral("Still trying to stop pod %1: it may bill until RunPod confirms. Press Ctrl-C "
                                    "again to stop waiting (the pod stays tracked; stop it later with `autopod pod "
                                    "stop %1`).")
                         .arg(m_flow->podName()));
        return;
    }
    if (m_interrupted || m_asking) {
        // A second Ctrl-C: the cost-safe choice without asking.
        m_flow->cancel(m_flow->costSafeChoice());
        return;
    }
    m_interrupted = true;
    term.print(QString());
    if (m_flow->isAttach()) {
        // Reconnecting to a pod that was running: interrupting it leaves the pod as it was.
        term.warning(QStringLiteral("Interrupted: pod %1 is left running as it was (stop it with `autopod pod stop "
                                    "%1`).")
                         .arg(m_flow->podName()));
        m_flow->cancel(lifecycle::CancelChoice::Keep);
        return;
    }
    if (!m_flow->hasPod() || !term.interactive()) {
        const lifecycle::CancelChoice choice = m_flow->costSafeChoice();
        term.warning(QStringLiteral("Interrupted: %1 the pod (if one was created).")
                         .arg(choice == lifecycle::CancelChoice::Terminate ? QStringLiteral("terminating")
                                                                           : QStringLiteral("stopping")));
        m_flow->cancel(choice);
        return;
    }
    const bool nothingToLose = m_flow->costSafeChoice() == lifecycle::CancelChoice::Terminate;
    const QStringList options{nothingToLose ? QStringLiteral("Terminate it (it holds no volume data; billing ends)")
                                            : QStringLiteral("Stop it (billing for the GPU ends; the volume is kept)"),
                              QStringLiteral("Keep it running (it keeps billing)")};
    m_asking = true;
    const int i =
        term.choose(QStringLiteral("Interrupted. What should happen to pod %1?").arg(m_flow->podName()), options, 0);
    m_asking = false;
    m_flow->cancel(i == 1 ? lifecycle::CancelChoice::Keep : m_flow->costSafeChoice());
}

void FlowRunner::onConnected(int localPort, int latencyMs)
{
    Terminal& term = m_ctx.terminal();
    m_connector->release(m_flow->podId());
    const auto record = m_ctx.store().find(m_flow->podName());
    ssh::SshTarget target = m_ssh->targetFor(lifecycle::SshEndpoint{
        m_flow->podId(), m_flow->podName(), record ? record->sshHost : QString(), record ? record->sshPort : 0});
    const ssh::ConnectionDetails details = ssh::ConnectionDetails::fromTarget(target);
    term.print(QString());
    term.print(
        QStringLiteral("ComfyUI:  http://127.0.0.1:%1   (tunnel verified, %2 ms)").arg(localPort).arg(latencyMs));
    if (record) {
        term.print(QStringLiteral("Pod:      %1 (%2), %3x %4, %5/hr")
                       .arg(record->name, record->podId)
                       .arg(record->gpuCount)
                       .arg(record->gpuType, pods::Presentation::money(record->costPerHour)));
        term.print(QStringLiteral("Tunnel:   background process %1").arg(record->tunnelPid));
    }
    term.print(QStringLiteral("SSH:      %1").arg(details.sshCommand()));
    term.print(QStringLiteral("Shell:    autopod pod shell %1").arg(m_flow->podName()));
    term.print(
        QStringLiteral("Stop:     autopod pod stop %1   (the pod bills until you stop it)").arg(m_flow->podName()));
    CliContext::finish(Ok);
}

void FlowRunner::onFailed(const lifecycle::FailureReport& report)
{
    Terminal& term = m_ctx.terminal();
    term.failure(withNextStep(report.message, report.nextStep, report.podName));
    if (!report.actionText.isEmpty()) {
        term.error(QStringLiteral("  ") + withNextStep(report.actionText, report.actionNextStep, report.podName));
    }
    CliContext::finish(report.kind == lifecycle::FailureKind::Cancelled ? Interrupted : exitCodeFor(report.kind));
}

} // namespace autopod::cli
