// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/tunnel/ChannelFlow.h"
#include "core/ssh/tunnel/TunnelConfig.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace autopod::ssh {

// The tunnel worker: lives on its own QThread (see TunnelController), owns the listening socket and
// one libssh session at a time. run() loops until stopped or failed: connect, forward, and on a drop
// reconnect with backoff. Talks to the outside only through queued signals and the thread-safe
// request functions.
class Tunnel : public QObject
{
    Q_OBJECT
public:
    Tunnel(TunnelConfig config, int listenFd, int localPort, std::shared_ptr<TunnelFlowStats> stats = {});
    ~Tunnel() override;

    void run();
    void requestStop();                         // any thread
    void requestFailure(const QString& reason); // any thread: the pod is gone
    // Any thread: nothing listens on the local port any more (shutdown), even while run() is still
    // inside a blocking connect; the descriptor itself is closed by run() or the destructor.
    void releaseListener();

Q_SIGNALS:
    void stateReported(autopod::ssh::TunnelState state, int value, const QString& text);
    void warningRaised(const QString& message);
    void finished();

private:
    void report(TunnelState state, int value = 0, const QString& text = {});
    bool sleepInterruptible(int ms);
    void wake();

    TunnelConfig m_config;
    int m_listenFd; // guarded by m_mutex once run() started
    int m_localPort;
    int m_wakeFd;
    std::shared_ptr<TunnelFlowStats> m_stats;
    std::atomic<bool> m_interrupt{false};
    std::atomic<bool> m_stopRequested{false};
    QMutex m_mutex;
    QString m_failureReason; // guarded by m_mutex
};

} // namespace autopod::ssh
