// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/GuardSettings.h"

#include "core/config/Config.h"
#include "core/pods/Presentation.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace autopod::pods {

namespace {

std::optional<double> positive(const QJsonValue& v)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() <= 0) {
        return std::nullopt;
    }
    return v.toDouble();
}

QJsonValue orNull(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

GuardSettings GuardSettings::fromConfig(const config::Config& config)
{
    GuardSettings s;
    s.idleStopMinutes = config.idleStopMinutes();
    s.maxUsd = config.maxUsdPerPod();
    s.maxHours = config.maxHours();
    return s;
}

QJsonObject GuardSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("idle_stop_minutes"), idleStopMinutes},
                       {QStringLiteral("max_usd"), orNull(maxUsd)},
                       {QStringLiteral("max_hours"), orNull(maxHours)}};
}

GuardSettings GuardSettings::fromJson(const QJsonObject& json)
{
    GuardSettings s;
    const double idle = json.value(QStringLiteral("idle_stop_minutes")).toDouble(30);
    s.idleStopMinutes = std::isfinite(idle) ? int(std::clamp(idle, 0.0, 1440.0)) : 30;
    s.maxUsd = positive(json.value(QStringLiteral("max_usd")));
    s.maxHours = positive(json.value(QStringLiteral("max_hours")));
    return s;
}

QString GuardSettings::describe() const
{
    if (isOff()) {
        return QCoreApplication::translate("Guard", "off");
    }
    QStringList parts;
    if (idleStopMinutes > 0) {
        parts << QCoreApplication::translate("Guard", "stop after %1 idle")
                     .arg(Presentation::duration(idleStopMinutes * 60));
    }
    if (maxUsd) {
        parts << QCoreApplication::translate("Guard", "budget %1").arg(Presentation::money(*maxUsd));
    }
    if (maxHours) {
        parts
            << QCoreApplication::translate("Guard", "at most %1").arg(Presentation::duration(qint64(*maxHours * 3600)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace autopod::pods
