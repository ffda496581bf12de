// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/Tunnel.h"

#include <QCoreApplication>

#include "core/ssh/SshConnection.h"
#include "core/ssh/tunnel/ForwardingSession.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTunnel, "autopod.ssh.tunnel")

namespace autopod::ssh {

QString tunnelStateName(TunnelState state)
{
    switch (state) {
    case TunnelState::Idle:
        return QStringLiteral("idle");
    case TunnelState::Connecting:
        return QStringLiteral("connecting");
    case TunnelState::Verifying:
        return QStringLiteral("verifying");
    case TunnelState::Connected:
        return QStringLiteral("connected");
    case TunnelState::Reconnecting:
        return QStringLiteral("reconnecting");
    case TunnelState::Failed:
        return QStringLiteral("failed");
    case TunnelState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

Tunnel::Tunnel(TunnelConfig config, int listenFd, int localPort, std::shared_ptr<TunnelFlowStats> stats)
    : m_config(std::move(config))
    , m_listenFd(listenFd)
    , m_localPort(localPort)
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
    , m_stats(std::move(stats))
{}

Tunnel::~Tunnel()
{
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void Tunnel::wake()
{
    const quint64 one = 1;
    if (m_wakeFd >= 0) [[maybe_unused]]
        const auto n = ::write(m_wakeFd, &one, sizeof(one));
}

void Tunnel::requestStop()
{
    m_stopRequested = true;
    m_interrupt = true;
    wake();
}

void Tunnel::releaseListener()
{
    QMutexLocker lock(&m_mutex);
    if (m_listenFd >= 0)
        ::shutdown(m_listenFd, SHUT_RDWR);
}

void Tunnel::requestFailure(const QString& reason)
{
    {
        QMutexLocker lock(&m_mutex);
        m_failureReason = reason;
    }
    m_interrupt = true;
    wake();
}

void Tunnel::report(TunnelState state, int value, const QString& text)
{
    if (state == TunnelState::Failed)
        qCWarning(lcTunnel).noquote() << "tunnel to pod" << m_config.podId << "failed:" << text;
    else
        qCInfo(lcTunnel).noquote() << "tunnel to pod" << m_config.podId << tunnelStateName(state) << value << text;
    Q_EMIT stateReported(state, value, text);
}

bool Tunnel::sleepInterruptible(int ms)
{
    QElapsedTimer t;
    t.start();
    while (!m_interrupt.load()) {
        const qint64 left = ms - t.elapsed();
        if (left <= 0)
            return true;
        pollfd p{m_wakeFd, POLLIN, 0};
        ::poll(&p, 1, int(left));
        quint64 value;
        while (::read(m_wakeFd, &value, sizeof(value)) > 0) {
        }
    }
    return false;
}

void Tunnel::run()
{
    const QString where = m_config.target.host + QLatin1Char(':') + QString::number(m_config.target.port);
    int attempt = 0;
    bool everUp = false;
    QElapsedTimer down;
    down.start();
    QElapsedTimer refused;
    bool refusing = false;
    QString failure;

    report(TunnelState::Connecting);
    while (!m_interrupt.load()) {
        SshConnection connection;
        SshError error;
        QString warning;
        const bool ok = connection.open(m_config.target, &error, &warning);
        if (!warning.isEmpty())
            Q_EMIT warningRaised(warning);
        if (m_interrupt.load())
            break;
        if (!ok) {
            if (error.isPermanent()) {
                failure = error.message;
                break;
            }
            if (error.kind == SshErrorKind::ConnectionRefused) {
                if (!refusing)
                    refused.start();
                refusing = true;
                if (refused.elapsed() >= m_config.refusedGiveUpMs) {
                    failure = QCoreApplication::translate(
                                  "SshTunnel", "The pod at %1 has refused SSH connections for %2 s: it was stopped or "
                                               "terminated, or its SSH server is not running.")
                                  .arg(where)
                                  .arg(refused.elapsed() / 1000);
                    break;
                }
            } else {
                refusing = false;
            }
            if (down.elapsed() >= m_config.reconnectGiveUpMs) {
                failure = QCoreApplication::translate("SshTunnel", "Could not reach the pod at %1 for %2 s: %3")
                              .arg(where)
                              .arg(down.elapsed() / 1000)
                              .arg(error.message);
                break;
            }
            ++attempt;
            report(everUp ? TunnelState::Reconnecting : TunnelState::Connecting, attempt, error.message);
            const int backoff = std::min(m_config.maxBackoffMs, 250 << std::min(attempt - 1, 8));
            sleepInterruptible(backoff);
            continue;
        }
        refusing = false;
        ForwardingSession forwarding(m_config, connection, m_listenFd, m_wakeFd, m_localPort, m_interrupt,
                                     m_stats.get());
        ForwardingSession::Callbacks callbacks;
        callbacks.verifying = [this] {
            report(TunnelState::Verifying);
        };
        callbacks.verified = [this](int latencyMs) {
            report(TunnelState::Connected, latencyMs);
        };
        const auto outcome = forwarding.run(callbacks);
        if (outcome == ForwardingSession::Outcome::Stopped)
            break;
        if (outcome == ForwardingSession::Outcome::VerifyFailed) {
            failure = forwarding.detail();
            break;
        }
        everUp = true;
        attempt = 1;
        down.restart();
        report(TunnelState::Reconnecting, attempt,
               QCoreApplication::translate("SshTunnel", "The SSH connection dropped (%1); reconnecting.")
                   .arg(forwarding.detail()));
    }

    if (!m_stopRequested.load()) {
        QMutexLocker lock(&m_mutex);
        if (!m_failureReason.isEmpty())
            failure = m_failureReason;
    }
    // Close the listener before announcing the end: once Failed/Stopped is seen, nothing listens.
    {
        QMutexLocker lock(&m_mutex);
        if (m_listenFd >= 0) {
            ::close(m_listenFd);
            m_listenFd = -1;
        }
    }
    if (m_stopRequested.load())
        report(TunnelState::Stopped);
    else
        report(TunnelState::Failed, 0,
               failure.isEmpty() ? QCoreApplication::translate("SshTunnel", "The tunnel stopped.") : failure);
    Q_EMIT finished();
}

} // namespace autopod::ssh
