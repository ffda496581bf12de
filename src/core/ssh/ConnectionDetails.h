// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshTarget.h"

#include <QString>

namespace autopod::ssh {

// The manual-access lines printed for the user: the plain `ssh` command for the pod.
struct ConnectionDetails
{
    QString host;
    int port = 22;
    QString user = QStringLiteral("root");
    QString identityPath;   // empty when the key lives in the agent
    QString knownHostsFile; // autopod's known_hosts, so a manual ssh sees the same trusted key

    static ConnectionDetails fromTarget(const SshTarget& target);

    QString sshCommand() const;                 // ssh root@IP -p PORT -i KEY [-o UserKnownHostsFile=…]
    QString tunnelCommand(int localPort) const; // the same with -N -L 127.0.0.1:PORT:localhost:8188
};

} // namespace autopod::ssh
