// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/tunnel/ChannelFlow.h"
#include "core/ssh/tunnel/TunnelConfig.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace autopod::ssh {

class Tunnel;

// GUI-thread facade of the SSH tunnel. start() binds 127.0.0.1:<port> and starts
// a Tunnel worker on its own thread holding one libssh session; every accepted local connection gets
// its own direct-tcpip channel to the pod's localhost:8188. Drops are healed by reconnecting with
// backoff and re-verifying with GET /system_stats. Destroying the controller stops the worker and
// waits for it: no listener is left behind.
class TunnelController : public QObject
{
    Q_OBJECT
public:
    explicit TunnelController(TunnelConfig config, QObject* parent = nullptr);
    ~TunnelController() override;

    // Binds the local port (quick, does not touch the network) and starts the worker thread.
    bool start(QString* error = nullptr);
    // Closes the listener and every channel and waits for the worker to end. Idempotent.
    void stop();
    // The caller knows the pod is gone (stopped/terminated): end in Failed without retrying.
    void markPodGone(const QString& reason);

    TunnelState state() const { return m_state; }
    int localPort() const { return m_port; }
    QUrl localUrl() const;
    QString portNote() const { return m_portNote; } // why the port is not the preferred one, or empty
    int lastLatencyMs() const { return m_latencyMs; }
    QString failureReason() const { return m_failure; }
    // Windows, buffered bytes and round trips of the channels (any thread; for tests and diagnostics).
    TunnelFlowSnapshot flowStats() const { return m_flow->snapshot(); }

Q_SIGNALS:
    void stateChanged(autopod::ssh::TunnelState state);
    void connecting();
    void verifying();
    void connected(int latencyMs);
    void reconnecting(int attempt);
    void failed(const QString& reason);
    void stopped();
    void warningRaised(const QString& message); // e.g. the insecure host key policy, on every connect

private:
    void onStateReported(autopod::ssh::TunnelState state, int value, const QString& text);

    TunnelConfig m_config;
    QThread* m_thread = nullptr;
    Tunnel* m_worker = nullptr;
    TunnelState m_state = TunnelState::Idle;
    int m_port = 0;
    int m_latencyMs = -1;
    QString m_portNote;
    QString m_failure;
    std::shared_ptr<TunnelFlowStats> m_flow = std::make_shared<TunnelFlowStats>();
};

} // namespace autopod::ssh
