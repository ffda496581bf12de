// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod pod shell <pod>`: an interactive PTY on the pod through the ssh module's
// ShellSession, with the local terminal in raw mode.
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/NextStepText.h"
#include "cli/PodLookup.h"
#include "cli/SignalWatcher.h"
#include "cli/SshSetup.h"
#include "core/api/RunPodApi.h"
#include "core/config/Paths.h"
#include "core/lifecycle/SshPodConnector.h"
#include "core/ssh/shell/ShellSession.h"
#include "core/ssh/shell/TerminalRawMode.h"

#include <QSocketNotifier>

#include <csignal>
#include <memory>
#include <unistd.h>

namespace autopod::cli {

int runEventLoop(std::function<void()> start);

namespace {

class ShellRun : public QObject
{
public:
    ShellRun(CliContext& ctx, ssh::SshIdentity identity)
        : m_ctx(ctx)
        , m_identity(std::move(identity))
    {}

    void start(const QString& nameOrId)
    {
        m_ctx.withApi([this, nameOrId](api::RunPodApi* client, int code) {
            if (!client) {
                CliContext::finish(code);
                return;
            }
            lookupPod(m_ctx, *client, nameOrId, [this](std::optional<PodRef> ref, int lookupCode) {
                if (!ref) {
                    CliContext::finish(lookupCode);
                    return;
                }
                connectTo(*ref);
            });
        });
    }

private:
    void connectTo(const PodRef& ref)
    {
        Terminal& term = m_ctx.terminal();
        const auto ssh = ref.live ? ref.live->publicSsh() : std::nullopt;
        if (!ssh) {
            term.failure(ref.goneOnRunPod ? QStringLiteral("Pod %1 no longer exists on RunPod.").arg(ref.displayName())
                                          : QStringLiteral("Pod %1 is not running with SSH (status: %2). Start it with "
                                                           "`autopod pod start %1`.")
                                                .arg(ref.displayName(), ref.record.status));
            CliContext::finish(ref.goneOnRunPod ? PodNotFound : SshError);
            return;
        }
        lifecycle::SshPodConnector::Settings settings;
        settings.identity = m_identity;
        settings.knownHostsFile = config::Paths::knownHostsFile();
        settings.insecureHostKeys = m_ctx.config().insecureHostKeys();
        settings.connectTimeoutMs = m_ctx.config().connectTimeout() * 1000;
        m_connector = std::make_unique<lifecycle::SshPodConnector>(
            settings, [&term](const ssh::HostKeyCheck& check, std::function<void(bool)> answer) {
                term.print(check.explanation());
                answer(term.confirm(QStringLiteral("Trust this host key and continue?"), true));
            });
        m_endpoint = lifecycle::SshEndpoint{ref.record.podId, ref.record.name, ssh->ip, ssh->publicPort};
        // Host key (trust on first use) and login checked first, with a clear message on failure.
        m_connector->probeSsh(m_endpoint, this, [this](const lifecycle::SshProbeResult& r) {
            if (r.outcome != lifecycle::SshProbeResult::Outcome::Ready) {
                m_ctx.terminal().failure(
                    QStringLiteral("SSH connection failed: %1").arg(withNextStep(r.message, r.nextStep)));
                CliContext::finish(SshError);
                return;
            }
            openShell();
        });
    }

    void openShell()
    {
        ssh::ShellOptions options;
        const QByteArray termName = qgetenv("TERM");
        if (!termName.isEmpty()) {
            options.term = QString::fromLocal8Bit(termName);
        }
        ssh::TerminalRawMode::size(STDIN_FILENO, &options.cols, &options.rows);
        m_session = std::make_unique<ssh::ShellSession>(m_connector->targetFor(m_endpoint), options);
        connect(m_session.get(), &ssh::ShellSession::started, this, [this] {
            m_raw = std::make_unique<ssh::TerminalRawMode>(STDIN_FILENO);
            m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
            connect(m_stdin, &QSocketNotifier::activated, this, [this] {
                char buf[4096];
                const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
                if (n > 0) {
                    m_session->write(QByteArray(buf, int(n)));
                } else {
                    m_stdin->setEnabled(false);
                    m_session->sendEof();
                }
            });
        });
        connect(m_session.get(), &ssh::ShellSession::dataReceived, this, [](const QByteArray& bytes) {
            qsizetype done = 0;
            while (done < bytes.size()) {
                const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
                if (n <= 0) {
                    break;
                }
                done += n;
            }
        });
        connect(m_session.get(), &ssh::ShellSession::warningRaised, this,
                [this](const QString& w) { m_ctx.terminal().warning(w); });
        connect(m_session.get(), &ssh::ShellSession::finished, this, [this](int status) {
            m_raw.reset();
            CliContext::finish(status < 0 ? SshError : status);
        });
        connect(m_session.get(), &ssh::ShellSession::failed, this, [this](const QString& reason) {
            m_raw.reset();
            m_ctx.terminal().failure(QStringLiteral("Shell failed: %1").arg(reason));
            CliContext::finish(SshError);
        });
        m_winch = new SignalWatcher({SIGWINCH}, this);
        connect(m_winch, &SignalWatcher::signalled, this, [this](int) {
            int cols = 0;
            int rows = 0;
            if (ssh::TerminalRawMode::size(STDIN_FILENO, &cols, &rows)) {
                m_session->resize(cols, rows);
            }
        });
        m_session->start();
    }

    CliContext& m_ctx;
    ssh::SshIdentity m_identity;
    lifecycle::SshEndpoint m_endpoint;
    std::unique_ptr<lifecycle::SshPodConnector> m_connector;
    std::unique_ptr<ssh::ShellSession> m_session;
    std::unique_ptr<ssh::TerminalRawMode> m_raw;
    QSocketNotifier* m_stdin = nullptr;
    SignalWatcher* m_winch = nullptr;
};

} // namespace

int podShell(CliContext& ctx, const QString& nameOrId)
{
    const auto identity = resolveIdentity(ctx.config(), ctx.terminal());
    if (!identity) {
        return ConfigError;
    }
    ShellRun run(ctx, *identity);
    return runEventLoop([&run, nameOrId] { run.start(nameOrId); });
}

} // namespace autopod::cli
