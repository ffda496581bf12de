// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/PodRecord.h"

#include "core/app/Numbers.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace autopod::pods {

const QStringList& PodRecord::knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("pod_id"),
        QStringLiteral("name"),
        QStringLiteral("status"),
        QStringLiteral("created_at"),
        QStringLiteral("gpu_type"),
        QStringLiteral("gpu_count"),
        QStringLiteral("cost_per_hour"),
        QStringLiteral("ssh_host"),
        QStringLiteral("ssh_port"),
        QStringLiteral("tunnel_port"),
        QStringLiteral("template"),
        QStringLiteral("network_volume"),
        QStringLiteral("total_runtime_seconds"),
        QStringLiteral("estimated_cost_usd"),
        QStringLiteral("gpu_type_id"),
        QStringLiteral("data_center"),
        QStringLiteral("public_ip"),
        QStringLiteral("host_key_fingerprint"),
        QStringLiteral("tunnel_pid"),
        QStringLiteral("volume_gb"),
        QStringLiteral("container_disk_gb"),
        QStringLiteral("storage_cost_per_hour"),
        QStringLiteral("storage_cost_usd"),
        QStringLiteral("prior_runtime_seconds"),
        QStringLiteral("prior_cost_usd"),
        QStringLiteral("session_uptime_seconds"),
        QStringLiteral("stopped_at"),
        QStringLiteral("last_sync"),
        QStringLiteral("last_error"),
        QStringLiteral("gone"),
        QStringLiteral("removed_at"),
        QStringLiteral("unlisted_at"),
        QStringLiteral("reserved_at"),
        QStringLiteral("reserved_by_pid"),
        QStringLiteral("guard"),
    };
    return keys;
}

namespace {

QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseTime(const QJsonValue& v)
{
    if (!v.isString()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Money rounded to 1/10000 of a cent keeps the file readable without drifting.
double money(double v)
{
    return std::round(v * 1e6) / 1e6;
}

} // namespace

QJsonObject PodRecord::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("pod_id"), stringOrNull(podId));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("created_at"), timeValue(createdAt));
    o.insert(QStringLiteral("gpu_type"), stringOrNull(gpuType));
    o.insert(QStringLiteral("gpu_count"), gpuCount);
    o.insert(QStringLiteral("cost_per_hour"), money(costPerHour));
    o.insert(QStringLiteral("ssh_host"), stringOrNull(sshHost));
    o.insert(QStringLiteral("ssh_port"), sshPort > 0 ? QJsonValue(sshPort) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("tunnel_port"), tunnelPort > 0 ? QJsonValue(tunnelPort) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("template"), stringOrNull(templateName));
    o.insert(QStringLiteral("network_volume"), stringOrNull(networkVolume));
    o.insert(QStringLiteral("total_runtime_seconds"), static_cast<double>(totalRuntimeSeconds));
    o.insert(QStringLiteral("estimated_cost_usd"), money(estimatedCostUsd));
    // autopod's additions are written only when they hold something, to keep the file readable.
    const auto put = [&o](const char* key, const QJsonValue& v, bool present) {
        if (present) {
            o.insert(QLatin1String(key), v);
        } else {
            o.remove(QLatin1String(key));
        }
    };
    put("gpu_type_id", gpuTypeId, !gpuTypeId.isEmpty());
    put("data_center", dataCenter, !dataCenter.isEmpty());
    put("public_ip", publicIp, !publicIp.isEmpty());
    put("host_key_fingerprint", hostKeyFingerprint, !hostKeyFingerprint.isEmpty());
    put("tunnel_pid", static_cast<double>(tunnelPid), tunnelPid > 0);
    put("volume_gb", volumeGb, volumeGb > 0);
    put("container_disk_gb", containerDiskGb, containerDiskGb > 0);
    put("storage_cost_per_hour", money(storageCostPerHour), storageCostPerHour > 0);
    put("storage_cost_usd", money(storageCostUsd), storageCostUsd > 0);
    put("prior_runtime_seconds", static_cast<double>(priorRuntimeSeconds), true);
    put("prior_cost_usd", money(priorCostUsd), priorCostUsd > 0);
    put("session_uptime_seconds", static_cast<double>(sessionUptimeSeconds), true);
    put("stopped_at", timeValue(stoppedAt), stoppedAt.isValid());
    put("last_sync", timeValue(lastSync), lastSync.isValid());
    put("last_error", lastError, !lastError.isEmpty());
    put("gone", gone, gone);
    put("removed_at", timeValue(removedAt), removedAt.isValid());
    put("unlisted_at", timeValue(unlistedAt), unlistedAt.isValid());
    const bool reservation = reservedAt.isValid() || status == QLatin1String(kReserved);
    put("reserved_at", timeValue(reservedAt), reservation);
    put("reserved_by_pid", static_cast<double>(reservedByPid), reservation);
    if (guard) {
        QJsonObject g = guard->toJson();
        const auto text = [&g](const char* key, const QString& v) {
            if (!v.isEmpty()) {
                g.insert(QLatin1String(key), v);
            }
        };
        text("status", guardStatus);
        text("error", guardError);
        text("stopped", guardStoppedReason);
        if (guardCheckedAt.isValid()) {
            g.insert(QStringLiteral("checked_at"), timeValue(guardCheckedAt));
        }
        o.insert(QStringLiteral("guard"), g);
    } else {
        o.remove(QStringLiteral("guard"));
    }
    return o;
}

PodRecord PodRecord::fromJson(const QJsonObject& o, const QString& key)
{
    PodRecord r;
    r.podId = o.value(QStringLiteral("pod_id")).toString();
    // pods.json is keyed by name and written back under r.name: the key is the name, so a hand-edited
    // "name" that names another record cannot make two records one (the second was lost on rewrite).
    r.name = key.isEmpty() ? o.value(QStringLiteral("name")).toString() : key;
    r.status = o.value(QStringLiteral("status")).toString(QString::fromLatin1(kUnknown));
    r.createdAt = parseTime(o.value(QStringLiteral("created_at")));
    r.gpuType = o.value(QStringLiteral("gpu_type")).toString();
    // A hand-edited file may hold any number: every one is range-checked (see core/app/Numbers.h).
    const auto number = [&o](const char* field) {
        return o.value(QLatin1String(field)).toDouble();
    };
    const auto count = [&number](const char* field) {
        return clampedCount<int>(number(field), 1 << 20);
    };
    const auto port = [&number](const char* field) {
        return clampedCount<int>(number(field), 65535);
    };
    const auto seconds = [&number](const char* field) {
        return clampedInteger<qint64>(number(field), 0, kMaxSeconds);
    };
    const auto pid = [&number](const char* field) {
        return clampedCount<qint64>(number(field), std::numeric_limits<int>::max());
    };
    const auto usd = [&number](const char* field) {
        return clampedUsd(number(field));
    };
    r.gpuCount = count("gpu_count");
    r.costPerHour = usd("cost_per_hour");
    r.sshHost = o.value(QStringLiteral("ssh_host")).toString();
    r.sshPort = port("ssh_port");
    r.tunnelPort = port("tunnel_port");
    r.templateName = o.value(QStringLiteral("template")).toString();
    r.networkVolume = o.value(QStringLiteral("network_volume")).toString();
    r.totalRuntimeSeconds = seconds("total_runtime_seconds");
    r.estimatedCostUsd = usd("estimated_cost_usd");
    r.gpuTypeId = o.value(QStringLiteral("gpu_type_id")).toString();
    r.dataCenter = o.value(QStringLiteral("data_center")).toString();
    r.publicIp = o.value(QStringLiteral("public_ip")).toString();
    r.hostKeyFingerprint = o.value(QStringLiteral("host_key_fingerprint")).toString();
    r.tunnelPid = pid("tunnel_pid");
    r.volumeGb = count("volume_gb");
    r.containerDiskGb = count("container_disk_gb");
    r.storageCostPerHour = usd("storage_cost_per_hour");
    r.storageCostUsd = usd("storage_cost_usd");
    r.priorRuntimeSeconds = seconds("prior_runtime_seconds");
    r.priorCostUsd = usd("prior_cost_usd");
    r.sessionUptimeSeconds = seconds("session_uptime_seconds");
    r.stoppedAt = parseTime(o.value(QStringLiteral("stopped_at")));
    r.lastSync = parseTime(o.value(QStringLiteral("last_sync")));
    r.lastError = o.value(QStringLiteral("last_error")).toString();
    r.gone = o.value(QStringLiteral("gone")).toBool();
    r.removedAt = parseTime(o.value(QStringLiteral("removed_at")));
    r.unlistedAt = parseTime(o.value(QStringLiteral("unlisted_at")));
    r.reservedAt = parseTime(o.value(QStringLiteral("reserved_at")));
    r.reservedByPid = pid("reserved_by_pid");
    if (const QJsonValue g = o.value(QStringLiteral("guard")); g.isObject()) {
        const QJsonObject go = g.toObject();
        r.guard = pods::GuardSettings::fromJson(go);
        r.guardStatus = go.value(QStringLiteral("status")).toString();
        r.guardError = go.value(QStringLiteral("error")).toString();
        r.guardStoppedReason = go.value(QStringLiteral("stopped")).toString();
        r.guardCheckedAt = parseTime(go.value(QStringLiteral("checked_at")));
    }
    // A file in the original format without autopod's bookkeeping: the runtime so far is the current
    // session's, so the next sync neither loses nor double-counts it.
    if (!o.contains(QStringLiteral("prior_runtime_seconds")) && !o.contains(QStringLiteral("session_uptime_seconds"))) {
        r.sessionUptimeSeconds = r.totalRuntimeSeconds;
        r.priorCostUsd = std::max(0.0, r.estimatedCostUsd - r.totalRuntimeSeconds / 3600.0 * r.costPerHour);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys().contains(it.key())) {
            r.extra.insert(it.key(), it.value());
        }
    }
    return r;
}

} // namespace autopod::pods
