// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/GuardSettings.h"
#include "core/pods/GuardState.h"
#include "core/ssh/SshTarget.h"

#include <QByteArray>
#include <QString>

namespace autopod::guard {

// What one SSH command to the watchdog gave.
struct WatchdogResult
{
    bool ok = false;
    QString message; // for the user when !ok: why the pod is not guarded / the state is unknown
    pods::GuardState state;
};

// The watchdog on a pod (resources/pod/autopod-watchdog.sh), driven over SSH: each call opens an
// SSH connection, runs one command and closes it. Blocking: call on a worker thread or in the CLI,
// never on the GUI thread. Nothing secret goes to the pod: the watchdog stops the pod with
// RunPod's own pod-scoped key, which the pod has.
class PodWatchdog
{
public:
    // Copies the script and starts it unless it runs already (one instance); a running watchdog
    // takes the new settings at its next check. costPerHr and uptimeSeconds are what RunPod last
    // said of the pod (the budget counts from the pod's start).
    static WatchdogResult install(const ssh::SshTarget& target, const pods::GuardSettings& settings, double costPerHr,
                                  qint64 uptimeSeconds);
    static WatchdogResult readState(const ssh::SshTarget& target);
    // No idle stop within `minutes` from now.
    static WatchdogResult keep(const ssh::SshTarget& target, int minutes);

    // The script autopod installs.
    static QByteArray script();
    // The command lines (no user text, numbers only).
    static QByteArray installCommand(const pods::GuardSettings& settings, double costPerHr, qint64 uptimeSeconds);
    static QByteArray stateCommand();
    static QByteArray keepCommand(int minutes);
};

} // namespace autopod::guard
