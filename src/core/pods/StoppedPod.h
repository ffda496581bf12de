// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/PodState.h"

#include <QCoreApplication>
#include <QString>

namespace autopod::pods {

// How autopod describes a stopped pod, in the tray, the pod list, the details panel and the CLI
// alike (beside Presentation): why it stopped, and what it still bills.
class StoppedPod
{
    Q_DECLARE_TR_FUNCTIONS(StoppedPod)

public:
    // "Stopped: idle 30 min" when the pod's guard stopped it (`guardStoppedReason`), else
    // Presentation::stateText().
    static QString stateText(PodState state, const QString& guardStoppedReason);
    // What a stopped pod with this volume disk bills: "$0.005/hr storage" (Cost's rate); empty
    // without a volume disk.
    static QString storage(int volumeGb);
};

} // namespace autopod::pods
