// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/Presentation.h"

#include <cmath>

namespace autopod::pods {

QString Presentation::money(double usd)
{
    if (!std::isfinite(usd)) {
        return QStringLiteral("—");
    }
    if (usd > 0 && usd < 0.001) {
        return QStringLiteral("<$0.001");
    }
    if (usd > 0 && usd < 0.01) {
        return QStringLiteral("$") + QString::number(usd, 'f', 3);
    }
    return QStringLiteral("$") + QString::number(usd, 'f', 2);
}

QString Presentation::moneyPerHour(double usd)
{
    return tr("%1/hr").arg(money(usd));
}

QString Presentation::duration(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 1) {
        return tr("< 1 min");
    }
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24, 2, 10, QLatin1Char('0'));
}

QString Presentation::runtime(qint64 seconds)
{
    return seconds > 0 ? duration(seconds) : QStringLiteral("—");
}

QString Presentation::stateText(PodState state)
{
    switch (state) {
    case PodState::Creating:
        return tr("Creating");
    case PodState::Starting:
        return tr("Starting");
    case PodState::Running:
        return tr("Running");
    case PodState::Connected:
        return tr("Connected");
    case PodState::Stopping:
        return tr("Stopping");
    case PodState::Stopped:
        return tr("Stopped");
    case PodState::Terminated:
        return tr("Terminated");
    case PodState::Unknown:
        break;
    }
    return tr("Unknown");
}

QString Presentation::gpu(int count, const QString& displayName)
{
    if (displayName.isEmpty()) {
        return {};
    }
    if (count > 1) {
        return tr("%1 × %2").arg(count).arg(displayName);
    }
    return displayName;
}

} // namespace autopod::pods
