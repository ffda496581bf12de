// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/Cost.h"

#include <algorithm>

namespace autopod::pods {

double Cost::forRuntime(qint64 seconds, double usdPerHour)
{
    return std::max<qint64>(seconds, 0) / 3600.0 * std::max(usdPerHour, 0.0);
}

double Cost::stoppedStoragePerHour(int volumeGb)
{
    return std::max(volumeGb, 0) * kStoppedVolumeUsdPerGbMonth / kHoursPerMonth;
}

double Cost::stoppedStorage(qint64 seconds, int volumeGb)
{
    return forRuntime(seconds, stoppedStoragePerHour(volumeGb));
}

} // namespace autopod::pods
