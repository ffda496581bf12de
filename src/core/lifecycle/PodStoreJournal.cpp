// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/PodStoreJournal.h"

#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"

#include <QLoggingCategory>

namespace autopod::lifecycle {

namespace {
Q_LOGGING_CATEGORY(lcJournal, "autopod.pods")
} // namespace

PodStoreJournal::PodStoreJournal(pods::PodStore& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

QDateTime PodStoreJournal::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void PodStoreJournal::note(bool ok, const QString& error)
{
    m_lastError = ok ? QString() : error;
    if (!ok) {
        qCCritical(lcJournal).noquote() << "pods.json could not be updated:" << error;
    }
}

QString PodStoreJournal::allocateName()
{
    const QDateTime local = now().toLocalTime();
    QString error;
    const QString name = m_store.allocateName(local.date(), &error);
    note(!name.isEmpty(), error);
    if (!name.isEmpty()) {
        return name;
    }
    return QStringLiteral("autopod-") + local.toString(QStringLiteral("yyyy-MM-dd-HHmmss-")) +
           pods::PodStore::nameMarker();
}

void PodStoreJournal::podRequested(const QString& name, const api::CreatePodRequest& request)
{
    pods::PodRecord r;
    if (const auto existing = m_store.find(name); existing && existing->name == name) {
        r = *existing;
    }
    r.name = name;
    r.status = QString::fromLatin1(pods::PodRecord::kStarting);
    r.createdAt = now();
    r.gpuTypeId = request.gpuTypeId;
    if (r.gpuType.isEmpty()) {
        r.gpuType = request.gpuTypeId;
    }
    r.gpuCount = request.gpuCount;
    r.templateName = request.templateId.isEmpty() ? request.imageName : request.templateId;
    r.networkVolume = request.networkVolumeId;
    r.dataCenter = request.dataCenterId;
    r.volumeGb = request.volumeGb;
    r.containerDiskGb = request.containerDiskGb;
    r.reservedAt = QDateTime();
    r.reservedByPid = 0;
    QString error;
    note(m_store.upsert(r, &error), error);
}

void PodStoreJournal::podUpdated(const QString& name, const api::Pod& pod)
{
    const QDateTime t = now();
    QString error;
    bool ok = m_store.update(
        name,
        [&](pods::PodRecord& r) {
            if (r.podId.isEmpty()) {
                r.podId = pod.id;
            }
            if (!r.createdAt.isValid()) {
                r.createdAt = t;
            }
            pods::PodSync::apply(r, pod, t);
        },
        &error);
    if (!ok && !m_store.find(name)) {
        // No record (removed by hand, or another pods.json): track the pod anyway, it costs money.
        pods::PodRecord r;
        r.name = name;
        r.podId = pod.id;
        r.createdAt = t;
        pods::PodSync::apply(r, pod, t);
        ok = m_store.upsert(r, &error);
    }
    note(ok, error);
}

void PodStoreJournal::podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort,
                                   qint64 tunnelPid, const QString& hostKeyFingerprint)
{
    QString error;
    note(m_store.update(
             name,
             [&](pods::PodRecord& r) {
                 r.status = QString::fromLatin1(pods::PodRecord::kRunning); // verified through the tunnel
                 r.sshHost = sshHost;
                 r.publicIp = sshHost;
                 r.sshPort = sshPort;
                 r.tunnelPort = localPort;
                 r.tunnelPid = tunnelPid;
                 if (!hostKeyFingerprint.isEmpty()) {
                     r.hostKeyFingerprint = hostKeyFingerprint;
                     r.hostKeyVerifiedAt = now();
                 }
                 r.lastError.clear();
             },
             &error),
         error);
}

void PodStoreJournal::podFailed(const QString& name, const FailureReport& report)
{
    const auto existing = m_store.find(name);
    const bool noPod = report.action == FailureAction::NothingCreated && report.podId.isEmpty() &&
                       (!existing || existing->name != name || existing->podId.isEmpty());
    QString error;
    if (noPod) {
        // Nothing was created: release the name, there is nothing to track.
        note(!existing || existing->name != name || m_store.remove(name, &error), error);
        return;
    }
    const QDateTime t = now();
    note(m_store.update(
             name,
             [&](pods::PodRecord& r) {
                 if (r.podId.isEmpty()) {
                     r.podId = report.podId;
                 }
                 r.lastError = report.actionText.isEmpty() ? report.message
                                                           : report.message + QStringLiteral(" — ") + report.actionText;
                 r.tunnelPid = 0;
                 switch (report.action) {
                 case FailureAction::Stopped:
                     if (r.status != QLatin1String(pods::PodRecord::kStopped)) {
                         r.status = QString::fromLatin1(pods::PodRecord::kStopped);
                         r.stoppedAt = t;
                     }
                     break;
                 case FailureAction::Terminated:
                 case FailureAction::AlreadyGone:
                     pods::PodSync::markTerminated(r, t);
                     break;
                 case FailureAction::NothingCreated:
                 case FailureAction::KeptRunning:
                 case FailureAction::ActionFailed:
                     break; // the status stays what RunPod last said: it may still bill
                 }
             },
             &error),
         error);
}

void PodStoreJournal::podGone(const QString& name, const QString& podId)
{
    const QDateTime t = now();
    QString error;
    const QString key = m_store.find(name) ? name : podId;
    note(m_store.update(
             key, [&](pods::PodRecord& r) { pods::PodSync::markTerminated(r, t); }, &error),
         error);
}

QDateTime PodStoreJournal::hostKeyVerifiedAt(const QString& name) const
{
    const auto r = m_store.find(name);
    return r ? r->hostKeyVerifiedAt : QDateTime();
}

std::optional<pods::GuardSettings> PodStoreJournal::guardSettings(const QString& name) const
{
    const auto r = m_store.find(name);
    return r ? r->guard : std::nullopt;
}

void PodStoreJournal::podGuarded(const QString& name, const pods::GuardSettings& settings, bool ok,
                                 const QString& status, const QString& error)
{
    const QDateTime t = now();
    QString writeError;
    note(m_store.update(
             name,
             [&](pods::PodRecord& r) {
                 r.guard = settings;
                 r.guardStatus = ok ? status : QString();
                 r.guardError = ok ? QString() : error;
                 r.guardCheckedAt = t;
                 r.guardStoppedReason.clear();
             },
             &writeError),
         writeError);
}

} // namespace autopod::lifecycle
