// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/BackgroundTunnel.h"

#include "core/config/Paths.h"
#include "core/lifecycle/SshPodConnector.h"
#include "core/ssh/tunnel/TunnelRegistry.h"
#include "core/ssh/tunnel/TunnelStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

namespace autopod::cli {

Q_LOGGING_CATEGORY(lcBgTunnel, "autopod.cli.tunnel")

struct BackgroundTunnelConnector::Child
{
    pid_t pid = 0;
    int readFd = -1;
    QSocketNotifier* notifier = nullptr;
    ssh::TunnelStatusReader status;
    bool answered = false;
    bool released = false;
};

namespace {

QByteArray selfExecutable()
{
    return QFile::encodeName(QCoreApplication::applicationFilePath());
}

// SIGTERM, then SIGKILL after timeoutMs; `gone` says whether the process has ended, and is asked
// again before the SIGKILL so that a pid the system has since given to another process is spared.
bool terminate(pid_t pid, int timeoutMs, const std::function<bool()>& gone)
{
    ::kill(pid, SIGTERM);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (gone()) {
            return true;
        }
        QThread::msleep(20);
    }
    if (!gone()) {
        ::kill(pid, SIGKILL);
    }
    QThread::msleep(50);
    return gone();
}

} // namespace

bool isTunnelProcess(qint64 pid, const QString& podId)
{
    return ssh::TunnelRegistry::isAutopodTunnelProcess(pid, podId);
}

bool stopTunnelProcess(qint64 pid, const QString& podId, int timeoutMs)
{
    if (!isTunnelProcess(pid, podId)) {
        return true;
    }
    return terminate(pid_t(pid), timeoutMs, [pid, &podId] {
        ::waitpid(pid_t(pid), nullptr, WNOHANG); // reaps it if it is our child
        return !isTunnelProcess(pid, podId);
    });
}

BackgroundTunnelConnector::BackgroundTunnelConnector(lifecycle::SshPodConnector& probe, QString identityPath,
                                                     QObject* parent)
    : lifecycle::PodConnector(parent)
    , m_probe(probe)
    , m_identityPath(std::move(identityPath))
{}

BackgroundTunnelConnector::~BackgroundTunnelConnector()
{
    for (auto it = m_children.begin(); it != m_children.end(); ++it) {
        if (it.value()->readFd >= 0) {
            ::close(it.value()->readFd);
        }
    }
}

void BackgroundTunnelConnector::probeSsh(const lifecycle::SshEndpoint& endpoint, QObject* context, ProbeCallback done)
{
    m_probe.probeSsh(endpoint, context, std::move(done));
}

void BackgroundTunnelConnector::release(const QString& podId)
{
    if (auto child = m_children.value(podId)) {
        child->released = true;
    }
}

void BackgroundTunnelConnector::openTunnel(const lifecycle::TunnelRequest& request, QObject* context,
                                           TunnelCallback done)
{
    closeTunnel(request.endpoint.podId);

    QList<QByteArray> args{selfExecutable(), "tunnel",
                           "--pod-id",       request.endpoint.podId.toUtf8(),
                           "--host",         request.endpoint.host.toUtf8(),
                           "--ssh-port",     QByteArray::number(request.endpoint.port),
                           "--local-port",   QByteArray::number(request.preferredLocalPort),
                           "--status-fd",    "3"};
    if (!m_identityPath.isEmpty()) {
        args << "--identity" << QFile::encodeName(m_identityPath);
    }
    // A pod name is RunPod's text: after "--", so no name can be read as an option.
    args << "--" << request.endpoint.podName.toUtf8();
    const QString outPath = QDir(config::Paths::logDir()).filePath(QStringLiteral("tunnel.out"));
    if (QFileInfo(outPath).size() > kTunnelOutputMaxBytes) {
        // Keep one previous file; the running tunnel keeps its own in check (TunnelCommand).
        QFile::remove(outPath + QStringLiteral(".1"));
        QFile::rename(outPath, outPath + QStringLiteral(".1"));
    }
    const QByteArray logPath = QFile::encodeName(outPath);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        lifecycle::TunnelResult r;
        r.message = QStringLiteral("cannot create a pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    std::vector<char*> argv;
    for (QByteArray& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid == 0) {
        // Child: its own session (no terminal, no Ctrl-C from ours), status pipe on fd 3.
        ::setsid();
        ::dup2(fds[1], 3);
        ::fcntl(3, F_SETFD, 0); // dup2 onto itself would keep close-on-exec
        const int devnull = ::open("/dev/null", O_RDONLY);
        ::dup2(devnull, 0);
        const int log = ::open(logPath.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        ::dup2(log >= 0 ? log : devnull, 1);
        ::dup2(log >= 0 ? log : devnull, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        lifecycle::TunnelResult r;
        r.message =
            QStringLiteral("cannot start the tunnel process: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        QTimer::singleShot(0, context, [done, r] { done(r); });
        return;
    }
    qCInfo(lcBgTunnel) << "started tunnel process" << pid << "for pod" << request.endpoint.podId;

    auto child = std::make_shared<Child>();
    child->pid = pid;
    child->readFd = fds[0];
    child->notifier = new QSocketNotifier(fds[0], QSocketNotifier::Read, this);
    m_children.insert(request.endpoint.podId, child);
    const QString podId = request.endpoint.podId;
    QPointer<QObject> guard(context);

    auto answer = [this, child, guard, done](lifecycle::TunnelResult r) {
        if (child->answered) {
            return;
        }
        child->answered = true;
        if (guard) {
            done(r);
        }
    };

    connect(child->notifier, &QSocketNotifier::activated, this, [this, child, podId, answer] {
        char buf[512];
        const ssize_t n = ::read(child->readFd, buf, sizeof buf);
        for (const ssh::TunnelStatusEvent& e : child->status.feed(n > 0 ? QByteArray(buf, n) : QByteArray())) {
            switch (e.kind) {
            case ssh::TunnelStatusEvent::Kind::Ready: {
                lifecycle::TunnelResult r;
                r.ok = true;
                r.localPort = e.localPort;
                r.processId = child->pid;
                answer(r);
                break;
            }
            case ssh::TunnelStatusEvent::Kind::Note:
                Q_EMIT noteReceived(e.text);
                break;
            case ssh::TunnelStatusEvent::Kind::Failed:
            case ssh::TunnelStatusEvent::Kind::Fatal: {
                lifecycle::TunnelResult r;
                r.fatal = e.kind == ssh::TunnelStatusEvent::Kind::Fatal;
                r.message = e.text;
                if (child->answered) {
                    Q_EMIT tunnelFailed(podId, r.message);
                }
                answer(r);
                break;
            }
            case ssh::TunnelStatusEvent::Kind::Malformed:
                qCWarning(lcBgTunnel) << "ignored a malformed status line from the tunnel process" << child->pid << ":"
                                      << e.text;
                break;
            }
        }
        if (n <= 0) {
            // The child closed the pipe: it exited (or closed fd 3 on purpose once detached for good).
            child->notifier->setEnabled(false);
            ::close(child->readFd);
            child->readFd = -1;
            int status = 0;
            const bool exited = ::waitpid(child->pid, &status, WNOHANG) == child->pid;
            if (!child->answered) {
                lifecycle::TunnelResult r;
                r.message = exited ? QStringLiteral("the tunnel process ended (status %1); see autopod logs")
                                         .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                                   : QStringLiteral("the tunnel process stopped reporting");
                answer(r);
            } else if (exited && !child->released) {
                Q_EMIT tunnelFailed(podId, QStringLiteral("the tunnel process ended"));
            }
        }
    });

    QTimer::singleShot(kTunnelReportTimeoutMs, child->notifier, [this, child, podId, answer] {
        if (child->answered) {
            return;
        }
        qCWarning(lcBgTunnel) << "tunnel process" << child->pid << "for pod" << podId << "did not report within"
                              << kTunnelReportTimeoutMs << "ms; ending it";
        if (m_children.value(podId) == child) {
            m_children.remove(podId);
        }
        retire(*child, podId);
        lifecycle::TunnelResult r;
        r.message = QStringLiteral("the tunnel process did not report within %1 s; see autopod logs")
                        .arg(kTunnelReportTimeoutMs / 1000);
        answer(r);
    });
}

void BackgroundTunnelConnector::installGuard(const lifecycle::GuardRequest& request, QObject* context,
                                             GuardCallback done)
{
    // Over an SSH connection of this (foreground) process, like the probe: the tunnel process
    // only forwards.
    m_probe.installGuard(request, context, std::move(done));
}

void BackgroundTunnelConnector::forgetPod(const QString& podId)
{
    m_probe.forgetPod(podId);
}

void BackgroundTunnelConnector::closeTunnel(const QString& podId)
{
    if (const auto child = m_children.take(podId)) {
        retire(*child, podId);
        child->answered = true;
    }
}

void BackgroundTunnelConnector::retire(Child& child, const QString& podId)
{
    if (child.notifier) {
        child.notifier->setEnabled(false);
        child.notifier->deleteLater();
        child.notifier = nullptr;
    }
    if (child.readFd >= 0) {
        ::close(child.readFd);
        child.readFd = -1;
    }
    if (child.answered) {
        stopTunnelProcess(child.pid, podId); // it reported, so it is a tunnel process (or has ended)
        ::waitpid(child.pid, nullptr, WNOHANG);
    } else {
        // It never reported: our own child, not yet reaped, so its pid is still it, even if it
        // never got as far as exec (and is not yet recognisable as a tunnel process).
        const pid_t pid = child.pid;
        terminate(pid, 3000, [pid] {
            const pid_t r = ::waitpid(pid, nullptr, WNOHANG);
            return r == pid || r < 0;
        });
    }
}

} // namespace autopod::cli
