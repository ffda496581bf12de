// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

namespace autopod::pods {

// RunPod's billing, as far as autopod computes it (docs: RunPod bills per second):
// per second, costPerHr while running; while stopped only the pod's volume disk, $0.20/GB/month.
class Cost
{
public:
    static constexpr double kStoppedVolumeUsdPerGbMonth = 0.20;
    static constexpr double kRunningVolumeUsdPerGbMonth = 0.10; // included in costPerHr
    static constexpr double kHoursPerMonth = 730.0;             // 365 * 24 / 12

    // Compute cost of `seconds` at `usdPerHour`.
    static double forRuntime(qint64 seconds, double usdPerHour);
    // What a stopped pod with this volume disk costs per hour.
    static double stoppedStoragePerHour(int volumeGb);
    static double stoppedStorage(qint64 seconds, int volumeGb);
    // How these sums are shown to a person: Presentation.
};

} // namespace autopod::pods
