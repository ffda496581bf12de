// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/StoppedPod.h"

#include "core/pods/Cost.h"
#include "core/pods/Presentation.h"

namespace autopod::pods {

QString StoppedPod::stateText(PodState state, const QString& guardStoppedReason)
{
    if (state == PodState::Stopped && !guardStoppedReason.isEmpty()) {
        return tr("%1: %2").arg(Presentation::stateText(state), guardStoppedReason);
    }
    return Presentation::stateText(state);
}

QString StoppedPod::storage(int volumeGb)
{
    if (volumeGb <= 0) {
        return {};
    }
    return tr("%1 storage").arg(Presentation::moneyPerHour(Cost::stoppedStoragePerHour(volumeGb)));
}

} // namespace autopod::pods
