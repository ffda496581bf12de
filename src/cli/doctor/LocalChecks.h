// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cli/doctor/DoctorReport.h"
#include "core/ssh/SshIdentity.h"

#include <QList>

#include <optional>

namespace autopod::config {
class Config;
}
namespace autopod::pods {
struct PodRecord;
}

namespace autopod::cli {

// The checks of `autopod doctor` that need neither RunPod nor the keychain.

// ~/.autopod and its subfolders 0700, its files 0600. Run before anything repairs them.
DoctorCheck checkHomePermissions();

// The configured SSH key (or the one discovery finds): present, readable, a key, not group- or
// world-readable. `identity` receives its public half when there is one.
DoctorCheck checkSshKey(const config::Config& config, std::optional<ssh::SshIdentity>* identity);

// The tunnel's local port: free, held by autopod's own tunnel for a tracked pod, or held by
// another program (named, with its pid, when /proc tells).
DoctorCheck checkTunnelPort(int port, const QList<pods::PodRecord>& tracked);

// The process listening on 127.0.0.1:port (or any address), from /proc: pid and command line.
// pid 0 when nothing listens or the owner is not visible (another user's process).
struct PortHolder
{
    bool listening = false;
    qint64 pid = 0;
    QString command;
};
PortHolder portHolder(int port);

} // namespace autopod::cli
