// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod::pods {

// What the watchdog on a pod reports (its state file, key=value lines).
struct GuardState
{
    bool valid = false;          // a state was read
    bool running = false;        // the watchdog process lives
    QString activity;            // "comfyui", "shell" or "none" at the last check
    QString action;              // "idle", "budget", "max_hours" or "none": the stop that comes first
    qint64 actionInSeconds = -1; // until that stop (pod clock); -1 = none planned
    qint64 lastActivity = 0;     // pod epoch seconds
    qint64 checkedAt = 0;        // pod epoch seconds
    qint64 keepUntil = 0;        // pod epoch seconds; no idle stop before
    double costUsd = 0;          // since the pod started, as the watchdog counts it
    int idleStopMinutes = 0;
    QString stopping;    // set once it asked RunPod to stop the pod: "idle 30 min"
    QString stopError;   // runpodctl's complaint when that failed
    QString lastStopped; // reported once at the next start: why the guard stopped the pod last time

    static GuardState parse(const QByteArray& text);
    // For the user: "stops in 12 min: idle", "running, no stop planned", "not running".
    QString summary() const;
    // "idle 30 min", "budget", "max hours": why it stops (or stopped) the pod.
    QString reasonText() const;
};

} // namespace autopod::pods
