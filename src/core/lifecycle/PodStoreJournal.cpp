#include "core/lifecycle/PodStoreJournal.h"

#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"

#include <QDate>
#include <QLoggingCategory>

namespace autopod::lifecycle {

Q_LOGGING_CATEGORY(lcJournal, "autopod.lifecycle")

namespace {

void logFailure(bool ok, const char* what, const QString& name, const QString& error)
{
    if (!ok) {
        qCWarning(lcJournal) << "could not record" << what << "for" << name << "in pods.json:" << error;
    }
}

} // namespace

PodStoreJournal::PodStoreJournal(pods::PodStore& store)
    : m_store(store)
{}

QString PodStoreJournal::allocateName()
{
    QString error;
    QString name = m_store.allocateName(QDate::currentDate(), &error);
    if (name.isEmpty()) {
        qCWarning(lcJournal) << "could not reserve a pod name:" << error;
        // Still unique enough to never collide with a reserved one: seconds of the day.
        name = QStringLiteral("autopod-%1-%2")
                   .arg(QDate::currentDate().toString(Qt::ISODate))
                   .arg(QTime::currentTime().msecsSinceStartOfDay() / 1000 + 1000);
    }
    return name;
}

void PodStoreJournal::podRequested(const QString& name, const api::CreatePodRequest& request)
{
    pods::PodRecord r;
    r.name = name;
    r.status = QString::fromLatin1(pods::PodRecord::kStarting);
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.gpuTypeId = request.gpuTypeId;
    r.gpuType = request.gpuTypeId;
    r.gpuCount = request.gpuCount;
    r.templateName = request.templateId.isEmpty() ? request.imageName : request.templateId;
    r.networkVolume = request.networkVolumeId;
    r.volumeGb = request.volumeGb;
    r.containerDiskGb = request.containerDiskGb;
    r.tunnelPort = 0;
    QString error;
    logFailure(m_store.upsert(r, &error), "the request", name, error);
}

void PodStoreJournal::podUpdated(const QString& name, const api::Pod& pod)
{
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = m_store.update(
        name,
        [&](pods::PodRecord& r) {
            r.podId = pod.id;
            if (!r.createdAt.isValid()) {
                r.createdAt = now;
            }
            pods::PodSync::apply(r, pod, now);
        },
        &error);
    if (!ok) {
        pods::PodRecord r;
        r.name = name;
        r.podId = pod.id;
        r.createdAt = now;
        pods::PodSync::apply(r, pod, now);
        ok = m_store.upsert(r, &error);
    }
    logFailure(ok, "the pod", name, error);
}

void PodStoreJournal::podConnected(const QString& name, const QString& sshHost, int sshPort, int localPort,
                                   qint64 tunnelPid, const QString& hostKeyFingerprint)
{
    QString error;
    const bool ok = m_store.update(
        name,
        [&](pods::PodRecord& r) {
            r.status = QString::fromLatin1(pods::PodRecord::kRunning);
            r.sshHost = sshHost;
            r.sshPort = sshPort;
            r.publicIp = sshHost;
            r.tunnelPort = localPort;
            r.tunnelPid = tunnelPid;
            if (!hostKeyFingerprint.isEmpty()) {
                r.hostKeyFingerprint = hostKeyFingerprint;
            }
            r.lastError.clear();
        },
        &error);
    logFailure(ok, "the connection", name, error);
}

void PodStoreJournal::podFailed(const QString& name, const FailureReport& report)
{
    QString error;
    if (report.action == FailureAction::NothingCreated) {
        // Only the reservation/request trace exists: release the name.
        if (auto existing = m_store.find(name); existing && existing->podId.isEmpty()) {
            logFailure(m_store.remove(name, &error), "the released name", name, error);
        }
        return;
    }
    const bool ok = m_store.update(
        name,
        [&](pods::PodRecord& r) {
            r.lastError =
                report.actionText.isEmpty() ? report.message : report.message + QLatin1Char(' ') + report.actionText;
            r.tunnelPid = 0;
            switch (report.action) {
            case FailureAction::Stopped:
                r.status = QString::fromLatin1(pods::PodRecord::kStopped);
                break;
            case FailureAction::Terminated:
            case FailureAction::AlreadyGone:
                r.status = QString::fromLatin1(pods::PodRecord::kTerminated);
                r.gone = true;
                break;
            default:
                break;
            }
        },
        &error);
    logFailure(ok, "the failure", name, error);
}

void PodStoreJournal::podGone(const QString& name, const QString&)
{
    QString error;
    const bool ok = m_store.update(
        name,
        [&](pods::PodRecord& r) {
            r.status = QString::fromLatin1(pods::PodRecord::kTerminated);
            r.gone = true;
            r.tunnelPid = 0;
            r.removedAt = QDateTime::currentDateTimeUtc();
        },
        &error);
    logFailure(ok, "the pod's end", name, error);
}

} // namespace autopod::lifecycle
