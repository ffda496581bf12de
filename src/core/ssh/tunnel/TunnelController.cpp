// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/TunnelController.h"

#include <QCoreApplication>

#include "core/ssh/ThreadRetirement.h"
#include "core/ssh/tunnel/Tunnel.h"
#include "core/ssh/tunnel/TunnelRegistry.h"

#include <QThread>

namespace autopod::ssh {

TunnelController::TunnelController(TunnelConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

TunnelController::~TunnelController()
{
    stop();
}

QUrl TunnelController::localUrl() const
{
    if (m_port <= 0)
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

bool TunnelController::start(QString* error)
{
    if (m_thread) {
        if (error)
            *error = QCoreApplication::translate("SshTunnel", "The tunnel is already running.");
        return false;
    }
    const LocalPort local = bindLocalPort(m_config);
    if (!local.ok()) {
        m_failure = local.error;
        if (error)
            *error = local.error;
        return false;
    }
    m_port = local.port;
    m_portNote = local.note;
    m_failure.clear();
    m_latencyMs = -1;
    TunnelRegistry(m_config.runDir).write(TunnelRecord::forThisProcess(m_config.podId, m_port));

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh-tunnel"));
    m_worker = new Tunnel(m_config, local.fd, local.port, m_flow);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &Tunnel::run);
    connect(m_worker, &Tunnel::finished, m_thread, &QThread::quit);
    connect(m_worker, &Tunnel::stateReported, this, &TunnelController::onStateReported);
    connect(m_worker, &Tunnel::warningRaised, this, &TunnelController::warningRaised);
    m_state = TunnelState::Connecting;
    m_thread->start();
    return true;
}

void TunnelController::stop()
{
    if (!m_thread)
        return;
    m_worker->requestStop();
    m_worker->releaseListener(); // the port is free at once, even while the worker ends a blocking connect
    disconnect(m_worker, nullptr, this, nullptr);
    retireThread(m_thread, m_worker); // never waits out an SSH connect timeout on the caller's thread
    m_worker = nullptr;
    m_thread = nullptr;
    TunnelRegistry(m_config.runDir).removeIfOwn(m_port);
    if (m_state != TunnelState::Stopped) {
        m_state = TunnelState::Stopped;
        Q_EMIT stateChanged(m_state);
        Q_EMIT stopped();
    }
}

void TunnelController::markPodGone(const QString& reason)
{
    if (m_worker)
        m_worker->requestFailure(reason);
}

void TunnelController::onStateReported(TunnelState state, int value, const QString& text)
{
    if (m_state == TunnelState::Stopped || (m_state == TunnelState::Failed && state != TunnelState::Stopped))
        return; // late reports from a worker that has already been stopped
    m_state = state;
    Q_EMIT stateChanged(state);
    switch (state) {
    case TunnelState::Connecting:
        Q_EMIT connecting();
        break;
    case TunnelState::Verifying:
        Q_EMIT verifying();
        break;
    case TunnelState::Connected:
        m_latencyMs = value;
        Q_EMIT connected(value);
        break;
    case TunnelState::Reconnecting:
        Q_EMIT reconnecting(value);
        break;
    case TunnelState::Failed:
        m_failure = text;
        TunnelRegistry(m_config.runDir).removeIfOwn(m_port);
        Q_EMIT failed(text);
        break;
    case TunnelState::Stopped:
        Q_EMIT stopped();
        break;
    case TunnelState::Idle:
        break;
    }
}

} // namespace autopod::ssh
