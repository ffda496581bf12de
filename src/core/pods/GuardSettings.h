// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace autopod::config {
class Config;
}

namespace autopod::pods {

// The limits of a pod's guard (the watchdog autopod starts on the pod). Taken from the config
// when the pod is created and kept with the pod in pods.json.
struct GuardSettings
{
    int idleStopMinutes = 30;       // lifecycle.idle_stop_minutes; 0 = no idle stop
    std::optional<double> maxUsd;   // costs.max_usd_per_pod: cost since the pod started
    std::optional<double> maxHours; // lifecycle.max_hours: runtime since the pod started

    // Nothing to guard: no idle stop and no limit.
    bool isOff() const { return idleStopMinutes <= 0 && !maxUsd && !maxHours; }

    static GuardSettings fromConfig(const config::Config& config);
    QJsonObject toJson() const;
    static GuardSettings fromJson(const QJsonObject& json);
    // "idle stop after 30 min, budget $5.00, at most 8 h" (or "off").
    QString describe() const;

    bool operator==(const GuardSettings& other) const = default;
};

} // namespace autopod::pods
