// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/GuardLimits.h"

#include "core/config/ConfigSchema.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

namespace autopod::pods {

bool setGuardLimit(GuardSettings& settings, const QString& configKey, const QString& text, QString* error)
{
    const config::ConfigKey* key = config::ConfigSchema::find(configKey);
    const auto notAGuardKey = [&] {
        *error = QCoreApplication::translate("Guard", "%1 is not a limit of the guard").arg(configKey);
        return false;
    };
    if (!key) {
        return notAGuardKey();
    }
    const bool off = text.trimmed().compare(QLatin1String("off"), Qt::CaseInsensitive) == 0 ||
                     text.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    if (key->key == QLatin1String("lifecycle.idle_stop_minutes")) {
        if (off) {
            settings.idleStopMinutes = 0;
            return true;
        }
        const std::optional<QJsonValue> v = key->parse(text, error);
        if (!v) {
            return false;
        }
        settings.idleStopMinutes = v->toInt();
        return true;
    }
    if (key->key != QLatin1String("costs.max_usd_per_pod") && key->key != QLatin1String("lifecycle.max_hours")) {
        return notAGuardKey();
    }
    const std::optional<QJsonValue> v = key->parse(off ? QStringLiteral("none") : text, error);
    if (!v) {
        return false;
    }
    std::optional<double> limit;
    if (v->isDouble() && std::isfinite(v->toDouble()) && v->toDouble() > 0) {
        limit = v->toDouble();
    }
    (key->key == QLatin1String("costs.max_usd_per_pod") ? settings.maxUsd : settings.maxHours) = limit;
    return true;
}

} // namespace autopod::pods
