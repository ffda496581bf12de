// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/PodState.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace autopod::gui {

// What the desktop shows for one pod: RunPod's view merged with what autopod tracks locally.
struct PodRow
{
    using State = pods::PodState;

    QString id;   // RunPod pod id
    QString name; // autopod-YYYY-MM-DD-NNN
    State state = State::Unknown;
    QString gpuDisplayName;
    int gpuCount = 0;
    QString dataCenterId;
    qint64 runtimeSeconds = 0;
    double costPerHr = 0;
    double accumulatedCost = 0;
    QString localUrl; // http://127.0.0.1:8188 while a tunnel is up
    QString sshHost;  // public ip of 22/tcp
    int sshPort = 0;
    QString sshKeyPath; // private key for the manual ssh line
    QString imageName;
    QString networkVolumeId;
    int volumeGb = 0; // the pod's volume disk: billed for storage while the pod is stopped
    QString lastStatusChange;
    QString lastError; // why autopod's last action on this pod failed; cleared by the next action
    QDateTime createdAt;
    // The guard on the pod (pods.json): its limits ("stop after 30 min idle, budget $5.00"; empty
    // when autopod recorded none), what it said last ("stops in 12 min: idle 30 min"), why the pod
    // is not guarded (empty when it is, or nobody knows), and why it stopped the pod.
    QString guardSettings;
    QString guardStatus;
    QString guardError;
    QString guardStoppedReason;
    QString outputsDir;   // where ComfyUI's outputs of this pod are copied; empty = nowhere
    int outputsSaved = 0; // how many are there

    bool isBilling() const { return pods::isBilling(state); }
    QString gpuText() const;
    bool operator==(const PodRow&) const = default;
};

using PodRows = QList<PodRow>;

} // namespace autopod::gui
