// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/app/NextStep.h"
#include "core/ssh/SshIdentity.h"
#include "core/ssh/keys/KnownHosts.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace autopod::ssh {

// Everything needed to open an SSH connection to a pod ("SSH over exposed TCP", API.md §4.3).
struct SshTarget
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    SshIdentity identity;   // an agent identity authenticates through the agent, others with their file
    QByteArray passphrase;  // for an encrypted key file; never logged
    QString agentSocket;    // empty: $SSH_AUTH_SOCK
    QString knownHostsFile; // $AUTOPOD_HOME/known_hosts (Paths::knownHostsFile())
    QString podId;          // the pod whose host key is checked (trust belongs to the pod, not the address)
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::RequireKnown;
    int connectTimeoutMs = 10000;
};

enum class SshErrorKind
{
    None,
    ConnectionRefused, // nothing listens (pod not up yet, or gone)
    Unreachable,       // timeout, no route, DNS
    HostKeyUnknown,    // RequireKnown and host:port not in known_hosts
    HostKeyChanged,    // refused: possible man-in-the-middle or a re-created pod
    AuthFailed,        // the key is not authorised on the pod
    NeedsPassphrase,   // encrypted key, no passphrase given and not in the agent
    Protocol,          // anything else libssh reports
    Cancelled
};

struct SshError
{
    SshErrorKind kind = SshErrorKind::None;
    QString message;
    HostKeyCheck hostKey;               // for HostKeyUnknown / HostKeyChanged
    NextStep nextStep = NextStep::None; // what the user can do about it; the message says it in words

    bool isError() const { return kind != SshErrorKind::None; }
    // Errors that retrying will not fix (the tunnel stops reconnecting on these).
    bool isPermanent() const;
};

} // namespace autopod::ssh

Q_DECLARE_METATYPE(autopod::ssh::SshTarget)
Q_DECLARE_METATYPE(autopod::ssh::SshError)
