// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/PodState.h"

#include "core/pods/PodRecord.h"

namespace autopod::pods {

bool isBilling(PodState state)
{
    return state == PodState::Creating || state == PodState::Starting || state == PodState::Running ||
           state == PodState::Connected || state == PodState::Stopping;
}

PodState stateFor(const api::Pod& pod)
{
    switch (pod.desiredStatus) {
    case api::PodStatus::Created:
        return PodState::Starting;
    case api::PodStatus::Running:
    case api::PodStatus::Restarting:
        return pod.runtime ? PodState::Running : PodState::Starting;
    case api::PodStatus::Exited:
    case api::PodStatus::Paused:
    case api::PodStatus::Error: // REST v2 offers start/terminate for it, as for a stopped pod
        return PodState::Stopped;
    case api::PodStatus::Dead:
    case api::PodStatus::Terminated:
        return PodState::Terminated;
    case api::PodStatus::Unknown:
        break;
    }
    return PodState::Unknown;
}

PodState stateFor(const PodRecord& r)
{
    if (r.gone || r.status == QLatin1String(PodRecord::kGone) || r.status == QLatin1String(PodRecord::kTerminated) ||
        r.status == QLatin1String("dead")) {
        return PodState::Terminated;
    }
    if (r.status == QLatin1String(PodRecord::kRunning)) {
        return PodState::Running;
    }
    if (r.status == QLatin1String(PodRecord::kStarting) || r.status == QLatin1String("restarting")) {
        return PodState::Starting;
    }
    if (r.status == QLatin1String(PodRecord::kStopped)) {
        return PodState::Stopped;
    }
    if (r.isReservation()) {
        return PodState::Creating;
    }
    return PodState::Unknown;
}

} // namespace autopod::pods
