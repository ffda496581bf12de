// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/GuardSettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace autopod::pods {

// One pod autopod created, as kept in pods.json (the original fields plus what later work needs).
// Keys autopod does not know are kept in `extra` and written back unchanged.
struct PodRecord
{
    // Status values written to pods.json.
    static constexpr auto kReserved = "reserved"; // a name taken by allocateName(), no pod yet
    static constexpr auto kStarting = "starting";
    static constexpr auto kRunning = "running";
    static constexpr auto kStopped = "stopped";
    static constexpr auto kTerminated = "terminated";
    static constexpr auto kGone = "gone"; // RunPod no longer lists it (terminated elsewhere)
    static constexpr auto kUnknown = "unknown";

    // The original pods.json fields
    QString podId;
    QString name; // autopod-YYYY-MM-DD-NNN; also the key in pods.json
    QString status = QString::fromLatin1(kStarting);
    QDateTime createdAt; // UTC
    QString gpuType;     // display name, "RTX A40"
    int gpuCount = 0;
    double costPerHour = 0; // GPU rate while running, USD
    QString sshHost;
    int sshPort = 0;
    int tunnelPort = 0;
    QString templateName;  // "template": image or template id
    QString networkVolume; // empty = none (null in the file)
    qint64 totalRuntimeSeconds = 0;
    double estimatedCostUsd = 0; // compute cost: runtime x costPerHour

    // autopod's additions
    QString gpuTypeId; // RunPod's id, "NVIDIA A40"
    QString dataCenter;
    QString publicIp;
    QString hostKeyFingerprint;  // "SHA256:..." accepted for this pod
    QDateTime hostKeyVerifiedAt; // UTC; when an SSH connection last proved the pod holds that key
    qint64 tunnelPid = 0;        // the process holding the tunnel, 0 = none
    int volumeGb = 0;            // pod volume disk, billed while stopped
    int containerDiskGb = 0;
    double storageCostPerHour = 0;  // while stopped
    double storageCostUsd = 0;      // accumulated while stopped
    qint64 priorRuntimeSeconds = 0; // finished run sessions (before the current uptime)
    double priorCostUsd = 0;
    qint64 sessionUptimeSeconds = 0; // uptime of the current run as last seen from the API
    QDateTime stoppedAt;
    QDateTime lastSync;
    QString lastError;
    bool gone = false;
    QDateTime removedAt;
    QDateTime unlistedAt; // a list of RunPod's pods left it out once: gone only when the next list agrees
    QDateTime reservedAt; // for status "reserved"
    qint64 reservedByPid = 0;

    // The guard on the pod (pods.json "guard"): its settings, taken from the config at creation,
    // and what autopod last saw of it.
    std::optional<pods::GuardSettings> guard;
    QString guardStatus;        // "stops in 12 min: idle", as last read
    QString guardError;         // why the pod is unguarded (installing failed), empty when guarded
    QDateTime guardCheckedAt;   // when guardStatus/guardError were written
    QString guardStoppedReason; // "idle 30 min": the guard stopped the pod (shown while stopped)

    QJsonObject extra; // unknown keys, kept as they were

    bool isReservation() const { return status == QLatin1String(kReserved) && podId.isEmpty(); }
    bool isRunning() const { return status == QLatin1String(kRunning) && !gone; }
    double totalCostUsd() const { return estimatedCostUsd + storageCostUsd; }

    // Every key above (the rest of a file's record goes to `extra`).
    static const QStringList& knownKeys();
    QJsonObject toJson() const;
    static PodRecord fromJson(const QJsonObject& json, const QString& key = {});

    bool operator==(const PodRecord& other) const { return toJson() == other.toJson(); }
};

} // namespace autopod::pods
