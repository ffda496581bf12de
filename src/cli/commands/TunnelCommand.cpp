// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod tunnel`: the background process that holds a pod's tunnel after `connect` returns.
// Hidden from the help; started by BackgroundTunnelConnector, ended by `pod stop|kill` (SIGTERM).
#include "cli/BackgroundTunnel.h"
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/SignalWatcher.h"
#include "cli/SshSetup.h"
#include "cli/commands/Commands.h"
#include "core/app/ProductDefaults.h"
#include "core/config/Paths.h"
#include "core/outputs/OutputCopier.h"
#include "core/pods/PodStore.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/tunnel/TunnelController.h"
#include "core/ssh/tunnel/TunnelStatus.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <csignal>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace autopod::cli {

namespace {

Q_LOGGING_CATEGORY(lcTunnelProcess, "autopod.cli.tunnel")

using Status = ssh::TunnelStatusEvent::Kind;

// How long a signalled tunnel process copies what is pending before it ends (stopTunnelProcess
// waits 3 s before SIGKILL).
constexpr int kOutputsDrainMs = 2000;

struct TunnelArgs
{
    std::string podId;
    std::string name;
    std::string host;
    int sshPort = 0;
    int localPort = app::kComfyUiPort;
    std::string identity;
    int statusFd = -1;
};

void sendStatus(int fd, const QByteArray& bytes)
{
    if (fd < 0) {
        return;
    }
    [[maybe_unused]] const ssize_t n = ::write(fd, bytes.constData(), size_t(bytes.size()));
}

void clearOwnPid(CliContext& ctx, const QString& podId, const QString& lastError)
{
    QString error;
    ctx.store().update(
        podId,
        [&](pods::PodRecord& r) {
            if (r.tunnelPid == ::getpid()) {
                r.tunnelPid = 0;
                if (!lastError.isEmpty()) {
                    r.lastError = lastError;
                }
            }
        },
        &error);
}

int runTunnel(CliContext& ctx, const TunnelArgs& a)
{
    ::signal(SIGPIPE, SIG_IGN); // the status pipe's reader (connect) exits long before us
    const QString podId = QString::fromStdString(a.podId);

    std::optional<ssh::SshIdentity> identity;
    if (!a.identity.empty()) {
        const ssh::KeyCheck check = ssh::KeyDiscovery::validate(QString::fromStdString(a.identity));
        if (check.ok()) {
            identity = check.identity;
        }
    }
    if (!identity) {
        identity = resolveIdentity(ctx.config(), ctx.terminal());
    }
    if (!identity) {
        sendStatus(a.statusFd, ssh::tunnelStatusLine(Status::Fatal, QStringLiteral("no usable SSH key")));
        return SshError;
    }

    ssh::TunnelConfig config;
    config.target.host = QString::fromStdString(a.host);
    config.target.port = a.sshPort;
    config.target.identity = *identity;
    config.target.knownHostsFile = config::Paths::knownHostsFile();
    config.target.podId = podId;
    config.target.hostKeyPolicy =
        ctx.config().insecureHostKeys() ? ssh::HostKeyPolicy::Insecure : ssh::HostKeyPolicy::RequireKnown;
    config.target.connectTimeoutMs = ctx.config().connectTimeout() * 1000;
    config.podId = podId;
    config.preferredLocalPort = a.localPort;
    config.runDir = config::Paths::runDir();
    config.isPodTracked = [&ctx](const QString& id) {
        ctx.store().load();
        const auto r = ctx.store().find(id);
        return r && !r->gone;
    };

    ssh::TunnelController tunnel(config);
    QString error;
    if (!tunnel.start(&error)) {
        sendStatus(a.statusFd, ssh::tunnelStatusLine(Status::Fatal, error));
        return SshError;
    }
    if (!tunnel.portNote().isEmpty()) {
        sendStatus(a.statusFd, ssh::tunnelStatusLine(Status::Note, tunnel.portNote()));
    }
    qCInfo(lcTunnelProcess) << "tunnel for pod" << podId << "on 127.0.0.1:" << tunnel.localPort() << "pid"
                            << ::getpid();
    sendStatus(a.statusFd, ssh::tunnelReadyLine(tunnel.localPort()));

    // ComfyUI's outputs are copied to the user's disk while the tunnel is verified; after a drop
    // (or when this process starts on a pod that ran without it) the copier catches up.
    ctx.store().load();
    const std::optional<pods::PodRecord> record = ctx.store().find(podId);
    const QString podName = record ? record->name : QString::fromStdString(a.name);
    outputs::OutputCopier copier(tunnel.localUrl(), outputs::OutputCopier::podFolder(ctx.config(), podName));
    int exitCode = Ok;
    // stdout/stderr go to tunnel.out for as long as the tunnel lives (days, maybe): keep it capped.
    QTimer capOutput;
    QObject::connect(&capOutput, &QTimer::timeout, &tunnel, [] {
        struct stat st
        {
        };
        if (::fstat(STDERR_FILENO, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > kTunnelOutputMaxBytes) {
            [[maybe_unused]] const int truncated = ::ftruncate(STDERR_FILENO, 0); // O_APPEND: writes go on at 0
        }
    });
    capOutput.start(60000);
    SignalWatcher signals({SIGTERM, SIGINT, SIGHUP});
    // Ended by `pod stop` (or the system): what ComfyUI finished is copied first, briefly.
    QObject::connect(&signals, &SignalWatcher::signalled, &copier, [&copier](int) {
        if (!copier.isRunning()) {
            CliContext::finish(Ok);
            return;
        }
        copier.finishPending(kOutputsDrainMs, &copier, [](bool) { CliContext::finish(Ok); });
    });
    QObject::connect(&tunnel, &ssh::TunnelController::connected, &copier, [podId, &copier](int latencyMs) {
        qCInfo(lcTunnelProcess) << "tunnel for pod" << podId << "verified, latency" << latencyMs << "ms";
        copier.start();
    });
    QObject::connect(&tunnel, &ssh::TunnelController::reconnecting, &copier, [&copier](int) { copier.stop(); });
    QObject::connect(&tunnel, &ssh::TunnelController::failed, &tunnel,
                     [&ctx, &a, &exitCode, podId](const QString& reason) {
                         qCWarning(lcTunnelProcess) << "tunnel for pod" << podId << "failed:" << reason;
                         sendStatus(a.statusFd, ssh::tunnelStatusLine(Status::Failed, reason));
                         clearOwnPid(ctx, podId, QStringLiteral("Tunnel ended: ") + reason);
                         exitCode = SshError;
                         CliContext::finish(SshError);
                     });
    QCoreApplication::exec();
    tunnel.stop();
    if (exitCode == Ok) {
        clearOwnPid(ctx, podId, {});
    }
    qCInfo(lcTunnelProcess) << "tunnel process for pod" << podId << "ends";
    return exitCode;
}

} // namespace

void addTunnelCommand(CLI::App& app, CliContext& ctx, Action& action)
{
    auto a = std::make_shared<TunnelArgs>();
    CLI::App* cmd = app.add_subcommand("tunnel", "");
    cmd->group(""); // hidden: started by `autopod connect`
    cmd->add_option("--pod-id", a->podId)->required();
    cmd->add_option("name", a->name); // positional, after "--"
    cmd->add_option("--host", a->host)->required();
    cmd->add_option("--ssh-port", a->sshPort)->required();
    cmd->add_option("--local-port", a->localPort);
    cmd->add_option("--identity", a->identity);
    cmd->add_option("--status-fd", a->statusFd);
    cmd->callback([&ctx, &action, a] {
        action = [&ctx, a] {
            return runTunnel(ctx, *a);
        };
    });
}

} // namespace autopod::cli
