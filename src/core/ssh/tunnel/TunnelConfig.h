// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshTarget.h"

#include <QMetaType>
#include <QString>

#include <functional>

namespace autopod::ssh {

enum class TunnelState
{
    Idle,
    Connecting,   // first SSH connect
    Verifying,    // SSH up, waiting for GET /system_stats through the tunnel
    Connected,    // verified; the local URL works
    Reconnecting, // SSH dropped: reconnecting with backoff (the listener stays open)
    Failed,       // gave up (pod gone, auth refused, host key changed): no more retries
    Stopped       // stop() called: no listener left
};

QString tunnelStateName(TunnelState state);

struct TunnelConfig
{
    SshTarget target;
    QString podId;                                    // written to the tunnel record (stale detection)
    QString remoteHost = QStringLiteral("localhost"); // as the pod sees it
    int remotePort = 8188;
    int preferredLocalPort = 8188; // then the next free ports
    int portSearchRange = 50;
    QString runDir; // Paths::runDir(): tunnel-<port>.json records; empty = none written
    // Whether autopod still tracks a pod (pods.json). A live autopod tunnel on the preferred port for
    // an untracked pod (or for this same pod) is stale and gets reclaimed. Called on the caller's thread.
    std::function<bool(const QString& podId)> isPodTracked;
    QString verifyPath = QStringLiteral("/system_stats");
    int verifyTimeoutMs = 180000;    // ComfyUI may still be booting after SSH is up
    int keepaliveIntervalMs = 10000; // SSH_MSG_IGNORE + TCP_USER_TIMEOUT detect a dead link
    int reconnectGiveUpMs = 300000;  // total time without a session before Failed
    int refusedGiveUpMs = 60000;     // connection refused for this long: the pod is gone
    int maxBackoffMs = 5000;
    // A channel to ComfyUI is kept open ahead of the next local connection only while local
    // connections come: after this long without one the tunnel stops renewing it (see ForwardingSession).
    int spareIdleMs = 300000;
};

} // namespace autopod::ssh

Q_DECLARE_METATYPE(autopod::ssh::TunnelState)
