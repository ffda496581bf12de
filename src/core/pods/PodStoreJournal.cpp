#include "core/pods/PodStoreJournal.h"

#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"

#include <QLoggingCategory>

namespace autopod::pods {

namespace {
Q_LOGGING_CATEGORY(lcJournal, "autopod.pods")
} // namespace

PodStoreJournal::PodStoreJournal(PodStore& store, Clock clock)
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
    return QStringLiteral("autopod-") + local.toString(QStringLiteral("yyyy-MM-dd-HHmmss-")) + PodStore::nameMarker();
}

void PodStoreJournal::podRequested(const QString& name, const api::CreatePodRequest& request)
{
    PodRecord r;
    if (const auto existing = m_store.find(name); existing && existing->name == name) {
        r = *existing;
    }
    r.name = name;
    r.status = QString::fromLatin1(PodRecord::kStarting);
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
        [&](PodRecord& r) {
            if (r.podId.isEmpty()) {
                r.podId = pod.id;
            }
            if (!r.createdAt.isValid()) {
                r.createdAt = t;
            }
            PodSync::apply(r, pod, t);
        },
        &error);
    if (!ok && !m_store.find(name)) {
        // No record (removed by hand, or another pods.json): track the pod anyway, it costs money.
        PodRecord r;
        r.name = name;
        r.podId = pod.id;
        r.createdAt = t;
        PodSync::apply(r, pod, t);
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
             [&](PodRecord& r) {
                 r.status = QString::fromLatin1(PodRecord::kRunning); // verified through the tunnel
                 r.sshHost = sshHost;
                 r.publicIp = sshHost;
                 r.sshPort = sshPort;
                 r.tunnelPort = localPort;
                 r.tunnelPid = tunnelPid;
                 if (!hostKeyFingerprint.isEmpty()) {
                     r.hostKeyFingerprint = hostKeyFingerprint;
                 }
                 r.lastError.clear();
             },
             &error),
         error);
}

void PodStoreJournal::podFailed(const QString& name, const lifecycle::FailureReport& report)
{
    const auto existing = m_store.find(name);
    const bool noPod = report.action == lifecycle::FailureAction::NothingCreated && report.podId.isEmpty() &&
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
             [&](PodRecord& r) {
                 if (r.podId.isEmpty()) {
                     r.podId = report.podId;
                 }
                 r.lastError = report.actionText.isEmpty() ? report.message
                                                           : report.message + QStringLiteral(" — ") + report.actionText;
                 r.tunnelPid = 0;
                 switch (report.action) {
                 case lifecycle::FailureAction::Stopped:
                     if (r.status != QLatin1String(PodRecord::kStopped)) {
                         r.status = QString::fromLatin1(PodRecord::kStopped);
                         r.stoppedAt = t;
                     }
                     break;
                 case lifecycle::FailureAction::Terminated:
                 case lifecycle::FailureAction::AlreadyGone:
                     PodSync::markTerminated(r, t);
                     break;
                 case lifecycle::FailureAction::NothingCreated:
                 case lifecycle::FailureAction::KeptRunning:
                 case lifecycle::FailureAction::ActionFailed:
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
             key, [&](PodRecord& r) { PodSync::markTerminated(r, t); }, &error),
         error);
}

} // namespace autopod::pods
