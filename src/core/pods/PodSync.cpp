// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/pods/PodSync.h"

#include "core/pods/Cost.h"
#include "core/pods/PodStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <iterator>

namespace autopod::pods {

namespace {
Q_LOGGING_CATEGORY(lcSync, "autopod.pods")

// Closes the current run: its uptime and cost move to the totals of finished runs.
void closeSession(PodRecord& r)
{
    r.priorRuntimeSeconds += r.sessionUptimeSeconds;
    r.priorCostUsd += Cost::forRuntime(r.sessionUptimeSeconds, r.costPerHour);
    r.sessionUptimeSeconds = 0;
}

void recomputeTotals(PodRecord& r)
{
    r.totalRuntimeSeconds = r.priorRuntimeSeconds + r.sessionUptimeSeconds;
    r.estimatedCostUsd = r.priorCostUsd + Cost::forRuntime(r.sessionUptimeSeconds, r.costPerHour);
}

bool wasStopped(const PodRecord& r)
{
    return r.status == QLatin1String(PodRecord::kStopped);
}

// Storage billed since the last sync if the pod was stopped all that time.
void accrueStorage(PodRecord& r, const QDateTime& now)
{
    if (!wasStopped(r) || r.gone) {
        return;
    }
    const QDateTime since = r.lastSync.isValid() ? r.lastSync : r.stoppedAt;
    if (!since.isValid() || since >= now) {
        return;
    }
    r.storageCostUsd += Cost::stoppedStorage(since.secsTo(now), r.volumeGb);
}
// Why the pod's guard would have stopped it: its limits in the watchdog's words ("idle 30 min",
// "budget $5.00", "max 8 h"), as autopod infers it without the guard's own note.
QString inferredGuardStop(const PodRecord& r, const api::Pod& pod)
{
    if (!r.guard || r.guard->isOff() || !r.guardError.isEmpty() || r.guardStatus.isEmpty() ||
        !r.guardStoppedReason.isEmpty()) {
        return {}; // no guard ran, as far as autopod saw (or it already said why)
    }
    if (!pod.lastStatusChange.startsWith(QLatin1String("Exited by user"), Qt::CaseInsensitive)) {
        return {}; // RunPod stopped it (stopAfter, balance) or said nothing
    }
    QStringList limits;
    if (r.guard->idleStopMinutes > 0) {
        limits << QStringLiteral("idle %1 min").arg(r.guard->idleStopMinutes);
    }
    if (r.guard->maxUsd) {
        limits << QStringLiteral("budget $%1").arg(*r.guard->maxUsd, 0, 'f', 2);
    }
    if (r.guard->maxHours) {
        limits << QStringLiteral("max %1 h").arg(*r.guard->maxHours, 0, 'g', 6);
    }
    return QCoreApplication::translate("Guard", "%1 (likely)")
        .arg(limits.join(QCoreApplication::translate("Guard", " or ")));
}
} // namespace

QString PodSync::statusText(api::PodStatus status)
{
    switch (status) {
    case api::PodStatus::Created:
        return QString::fromLatin1(PodRecord::kStarting);
    case api::PodStatus::Running:
        return QString::fromLatin1(PodRecord::kRunning);
    case api::PodStatus::Restarting:
        return QStringLiteral("restarting");
    case api::PodStatus::Exited:
    case api::PodStatus::Paused:
        return QString::fromLatin1(PodRecord::kStopped);
    case api::PodStatus::Dead:
        return QStringLiteral("dead");
    case api::PodStatus::Error:
        return QStringLiteral("error");
    case api::PodStatus::Terminated:
        return QString::fromLatin1(PodRecord::kTerminated);
    case api::PodStatus::Unknown:
        break;
    }
    return QString::fromLatin1(PodRecord::kUnknown);
}

void PodSync::applyOwnStop(PodRecord& r, const api::Pod& pod, const QDateTime& now)
{
    const QString before = r.guardStoppedReason;
    apply(r, pod, now);
    r.guardStoppedReason = before;
    if (r.status == QLatin1String(PodRecord::kRunning)) {
        // RunPod took the stop but still says running: the next list shows the stop, which is ours.
        r.status = QString::fromLatin1(PodRecord::kStopped);
        r.stoppedAt = now;
    }
}

void PodSync::apply(PodRecord& r, const api::Pod& pod, const QDateTime& now)
{
    accrueStorage(r, now);

    const QString status = statusText(pod.desiredStatus);
    if (r.status == QLatin1String(PodRecord::kRunning) && status == QLatin1String(PodRecord::kStopped)) {
        if (const QString reason = inferredGuardStop(r, pod); !reason.isEmpty()) {
            r.guardStoppedReason = reason;
        }
    } else if (r.status == QLatin1String(PodRecord::kStopped) && status == QLatin1String(PodRecord::kRunning)) {
        r.guardStoppedReason.clear(); // running again (started anywhere): that stop is over
    }
    const bool running = pod.desiredStatus == api::PodStatus::Running;
    if (running) {
        const qint64 uptime = pod.runtime ? pod.runtime->uptimeSeconds : 0;
        if (uptime < r.sessionUptimeSeconds) {
            closeSession(r); // restarted or resumed since we last looked: a new run
        }
        if (pod.costPerHr > 0) {
            r.costPerHour = pod.costPerHr;
        }
        r.sessionUptimeSeconds = uptime;
        r.stoppedAt = QDateTime();
    } else if (r.sessionUptimeSeconds > 0) {
        closeSession(r); // stopped: costPerHr now reports storage only, keep the GPU rate
    }
    if (!running && status == QLatin1String(PodRecord::kStopped) && !wasStopped(r)) {
        r.stoppedAt = now;
    }
    r.status = status;
    r.gone = false;
    r.removedAt = QDateTime();

    if (!pod.gpuDisplayName.isEmpty()) {
        r.gpuType = pod.gpuDisplayName;
    }
    if (!pod.gpuTypeId.isEmpty()) {
        r.gpuTypeId = pod.gpuTypeId;
        if (r.gpuType.isEmpty()) {
            r.gpuType = pod.gpuTypeId;
        }
    }
    if (pod.gpuCount > 0) {
        r.gpuCount = pod.gpuCount;
    }
    if (!pod.dataCenterId.isEmpty()) {
        r.dataCenter = pod.dataCenterId;
    }
    if (!pod.networkVolumeId.isEmpty()) {
        r.networkVolume = pod.networkVolumeId;
    }
    r.volumeGb = pod.volumeGb;
    if (pod.containerDiskGb > 0) {
        r.containerDiskGb = pod.containerDiskGb;
    }
    if (!pod.imageName.isEmpty() && r.templateName.isEmpty()) {
        r.templateName = pod.imageName;
    }
    if (const auto ssh = pod.publicSsh()) {
        r.sshHost = ssh->ip;
        r.sshPort = ssh->publicPort;
        r.publicIp = ssh->ip;
    }
    r.storageCostPerHour = Cost::stoppedStoragePerHour(r.volumeGb);
    recomputeTotals(r);
    r.lastSync = now;
}

bool PodSync::markGone(PodRecord& r, const QDateTime& now)
{
    if (r.gone) {
        return false;
    }
    accrueStorage(r, now);
    closeSession(r);
    recomputeTotals(r);
    r.gone = true;
    r.unlistedAt = QDateTime();
    r.status = QString::fromLatin1(PodRecord::kGone);
    r.removedAt = now;
    r.lastSync = now;
    r.tunnelPid = 0;
    r.lastError = QStringLiteral("RunPod no longer lists this pod: it was terminated outside autopod");
    return true;
}

void PodSync::markTerminated(PodRecord& r, const QDateTime& now)
{
    if (r.status == QLatin1String(PodRecord::kTerminated)) {
        return;
    }
    accrueStorage(r, now);
    closeSession(r);
    recomputeTotals(r);
    r.status = QString::fromLatin1(PodRecord::kTerminated);
    r.gone = false;
    r.removedAt = now;
    r.lastSync = now;
    r.tunnelPid = 0;
    r.stoppedAt = QDateTime();
}

bool PodSync::adopt(PodStore& store, const api::Pod& pod, const QDateTime& now, QString* error)
{
    const QString name = pod.name.isEmpty() ? pod.id : pod.name;
    if (const auto existing = store.find(name); existing && existing->podId != pod.id) {
        *error = QCoreApplication::translate("PodSync", "pods.json already tracks another pod named %1.").arg(name);
        return false;
    }
    PodRecord r;
    r.name = name;
    r.podId = pod.id;
    r.createdAt = now;
    apply(r, pod, now);
    return store.upsert(r, error);
}

QList<api::Pod> PodSync::podsWithIds(const QList<api::Pod>& pods, const QStringList& ids)
{
    QList<api::Pod> out;
    std::copy_if(pods.cbegin(), pods.cend(), std::back_inserter(out),
                 [&ids](const api::Pod& p) { return ids.contains(p.id); });
    return out;
}

SyncReport PodSync::reconcile(PodStore& store, const QList<api::Pod>& pods, const QDateTime& now)
{
    SyncReport report;
    QHash<QString, api::Pod> byId;
    for (const api::Pod& p : pods) {
        byId.insert(p.id, p);
    }
    QString error;
    const bool ok = store.updateAll(
        [&](QList<PodRecord>& records) {
            QSet<QString> known;
            for (PodRecord& r : records) {
                if (r.podId.isEmpty()) {
                    continue;
                }
                known.insert(r.podId);
                const auto it = byId.constFind(r.podId);
                if (it != byId.constEnd()) {
                    apply(r, *it, now);
                    r.unlistedAt = QDateTime();
                    report.updated << r.name;
                } else if (r.status == QLatin1String(PodRecord::kTerminated) || r.gone) {
                    continue;
                } else if (!r.unlistedAt.isValid()) {
                    r.unlistedAt = now;
                    report.unlisted << r.name;
                    qCInfo(lcSync).noquote()
                        << "Pod" << r.name << r.podId << "is not in RunPod's list; gone only if the next list agrees";
                } else if (markGone(r, now)) {
                    report.gone << r.name;
                    qCWarning(lcSync).noquote()
                        << "Pod" << r.name << r.podId << "is no longer listed by RunPod; marked gone";
                }
            }
            for (const api::Pod& p : pods) {
                if (!known.contains(p.id) && p.name.startsWith(QLatin1String("autopod-"))) {
                    report.untracked << p.id;
                }
            }
        },
        &error);
    if (!ok) {
        report.error = error;
    }
    return report;
}

} // namespace autopod::pods
