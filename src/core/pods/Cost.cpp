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

QString Cost::formatUsd(double usd)
{
    if (usd > 0 && usd < 0.01) {
        return QStringLiteral("$") + QString::number(usd, 'f', 3);
    }
    return QStringLiteral("$") + QString::number(usd, 'f', 2);
}

QString Cost::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 secs = seconds % 60;
    const auto two = [](qint64 v) {
        return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
    };
    if (days > 0) {
        return QStringLiteral("%1d %2h").arg(days).arg(two(hours));
    }
    if (hours > 0) {
        return QStringLiteral("%1h %2m").arg(hours).arg(two(minutes));
    }
    if (minutes > 0) {
        return QStringLiteral("%1m %2s").arg(minutes).arg(two(secs));
    }
    return QStringLiteral("%1s").arg(secs);
}

} // namespace autopod::pods
