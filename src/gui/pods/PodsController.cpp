// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodsController.h"

#include "core/api/ReadOnlyDeadline.h"
#include "core/api/RunPodApi.h"
#include "core/config/Paths.h"
#include "core/lifecycle/PodActions.h"
#include "core/outputs/OutputCopier.h"
#include "core/pods/Cost.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"
#include "core/pods/Presentation.h"
#include "gui/NextStepText.h"
#include "gui/pods/PodListModel.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcPodList, "autopod.gui.pods")

} // namespace

PodsController::PodsController(api::RunPodApi& api, PodListModel& model, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
    , m_actions(new lifecycle::PodActions(api, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PodsController::refreshNow);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(api::kReadOnlyDeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        // The call keeps going on its retry budget; the list says now that it shows the last known state.
        Q_EMIT refreshFailed(tr("RunPod did not answer within %1 s; the list shows the last known state.")
                                 .arg(qMax(1, m_deadline.interval() / 1000)));
    });
    m_actions->setKnownHostsFile(config::Paths::knownHostsFile()); // a terminated pod's host key goes with it
}

void PodsController::setStore(pods::PodStore* store)
{
    m_store = store;
    if (m_store) {
        connect(m_store, &pods::PodStore::changed, this, [this] {
            // A pod this list has not shown yet (created by the CLI a moment ago): ask RunPod now,
            // so it appears with its state and cost, not only its name.
            bool newPod = false;
            for (const pods::PodRecord& r : m_store->records()) {
                if (!r.podId.isEmpty() && !m_knownRecords.contains(r.podId)) {
                    m_knownRecords.insert(r.podId);
                    newPod = newPod || (!r.gone && pods::stateFor(r) != PodRow::State::Terminated);
                }
            }
            rebuild();
            if (newPod) {
                refreshNow();
            }
        });
        for (const pods::PodRecord& r : m_store->records()) {
            m_knownRecords.insert(r.podId);
        }
        rebuild();
    }
}

void PodsController::start()
{
    refreshNow();
}

int PodsController::nextIntervalMs() const
{
    return m_model.billingCount() > 0 || !m_creating.isEmpty() ? activeIntervalMs : idleIntervalMs;
}

void PodsController::scheduleNext()
{
    m_timer.start(nextIntervalMs());
}

void PodsController::refreshNow()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_inFlight = true;
    m_deadline.start();
    m_api.pods(this, [this](const api::ApiResult<QList<api::Pod>>& result) {
        m_inFlight = false;
        m_deadline.stop();
        if (result.ok()) {
            onPodsAnswered(*result.value);
        } else {
            Q_EMIT refreshFailed(userText(result.error));
        }
        if (m_again) {
            m_again = false;
            refreshNow();
            return;
        }
        scheduleNext();
    });
}

PodRow PodsController::rowFor(const api::Pod& pod) const
{
    PodRow row;
    row.id = pod.id;
    row.name = pod.name;
    row.state = pods::stateFor(pod);
    row.gpuDisplayName = pod.gpuDisplayName.isEmpty() ? pod.gpuTypeId : pod.gpuDisplayName;
    row.gpuCount = pod.gpuCount;
    row.dataCenterId = pod.dataCenterId;
    row.costPerHr = pod.costPerHr;
    row.imageName = pod.imageName;
    row.networkVolumeId = pod.networkVolumeId;
    row.volumeGb = pod.volumeGb;
    row.lastStatusChange = pod.lastStatusChange;
    if (pod.runtime) {
        row.runtimeSeconds = pod.runtime->uptimeSeconds;
    }
    row.accumulatedCost = pods::Cost::forRuntime(row.runtimeSeconds, pod.costPerHr);
    if (const auto ssh = pod.publicSsh()) {
        row.sshHost = ssh->ip;
        row.sshPort = ssh->publicPort;
    }
    row.sshKeyPath = m_sshKeyPath;
    if (const PodRow* old = m_model.find(pod.id)) {
        // RunPod forgets uptime when a pod stops; what it cost so far stays true.
        if (row.state == PodRow::State::Stopped && row.runtimeSeconds == 0) {
            row.runtimeSeconds = old->runtimeSeconds;
            row.accumulatedCost = old->accumulatedCost;
        }
        row.createdAt = old->createdAt;
    }
    return row;
}

PodRow PodsController::rowFor(const pods::PodRecord& record) const
{
    PodRow row;
    row.id = record.podId;
    row.name = record.name;
    row.state = pods::stateFor(record);
    row.gpuDisplayName = record.gpuType.isEmpty() ? record.gpuTypeId : record.gpuType;
    row.gpuCount = record.gpuCount;
    row.dataCenterId = record.dataCenter;
    row.runtimeSeconds = record.totalRuntimeSeconds;
    row.costPerHr = record.costPerHour;
    row.accumulatedCost = record.totalCostUsd();
    row.imageName = record.templateName;
    row.networkVolumeId = record.networkVolume;
    row.volumeGb = record.volumeGb;
    row.createdAt = record.createdAt;
    row.sshKeyPath = m_sshKeyPath;
    if (record.guard) {
        row.guardSettings = record.guard->describe();
        row.guardStatus = record.guardStatus;
        row.guardError = record.guardError;
    }
    row.guardStoppedReason = record.guardStoppedReason;
    if (row.state == PodRow::State::Running) {
        row.sshHost = record.sshHost.isEmpty() ? record.publicIp : record.sshHost;
        row.sshPort = record.sshPort;
    }
    if (const auto it = m_lastPods.constFind(record.podId); it != m_lastPods.constEnd()) {
        const api::Pod& pod = *it;
        row.state = pods::stateFor(pod); // Starting vs Running: only RunPod knows
        row.lastStatusChange = pod.lastStatusChange;
        if (const auto ssh = pod.publicSsh()) {
            row.sshHost = ssh->ip;
            row.sshPort = ssh->publicPort;
        }
        if (row.gpuDisplayName.isEmpty()) {
            row.gpuDisplayName = pod.gpuDisplayName;
        }
    } else if (m_haveAnswer && row.state != PodRow::State::Terminated) {
        row.state = PodRow::State::Terminated; // RunPod no longer lists it
    }
    if (row.state != PodRow::State::Running) {
        row.sshHost.clear();
        row.sshPort = 0;
    }
    return row;
}

PodRow PodsController::withOverlays(PodRow row)
{
    if (m_pendingStates.contains(row.id)) {
        if (row.state == PodRow::State::Stopped || row.state == PodRow::State::Terminated) {
            m_pendingStates.remove(row.id);
        } else {
            row.state = m_pendingStates.value(row.id);
        }
    }
    row.lastError = m_lastErrors.value(row.id);
    if (!m_outputsRoot.isEmpty() && !row.name.isEmpty()) {
        row.outputsDir = outputs::OutputCopier::podFolder(m_outputsRoot, row.name);
        if (!m_outputsSaved.contains(row.id)) {
            m_outputsSaved.insert(row.id, outputs::OutputLedger::countIn(row.outputsDir));
        }
        row.outputsSaved = m_outputsSaved.value(row.id);
    }
    const QString url = m_localUrls.value(row.id);
    if (!url.isEmpty() && row.state == PodRow::State::Running) {
        row.state = PodRow::State::Connected;
        row.localUrl = url;
    }
    return row;
}

void PodsController::rebuild()
{
    PodRows rows;
    if (m_store) {
        for (const pods::PodRecord& record : m_store->records()) {
            if (record.podId.isEmpty()) {
                continue; // requested, not created yet: shown through trackCreating()
            }
            m_creating.remove(record.podId);
            rows.append(withOverlays(rowFor(record)));
        }
    } else {
        for (const api::Pod& pod : std::as_const(m_lastPods)) {
            m_creating.remove(pod.id);
            rows.append(withOverlays(rowFor(pod)));
        }
    }
    for (const PodRow& creating : std::as_const(m_creating)) {
        rows.append(creating);
    }
    m_model.setRows(rows);
}

void PodsController::onPodsAnswered(const QList<api::Pod>& pods)
{
    m_lastPods.clear();
    for (const api::Pod& pod : pods) {
        m_lastPods.insert(pod.id, pod);
    }
    m_haveAnswer = true;
    if (m_store) {
        const pods::SyncReport report = pods::PodSync::reconcile(*m_store, pods, QDateTime::currentDateTimeUtc());
        if (!report.ok()) {
            qCWarning(lcPodList) << "could not update pods.json:" << report.error;
        }
        for (const QString& name : report.gone) {
            qCInfo(lcPodList) << "pod" << name << "is gone on RunPod's side";
        }
        setUntracked(pods::PodSync::podsWithIds(pods, report.untracked));
    }
    rebuild();
    Q_EMIT refreshed();
}

void PodsController::setUntracked(const QList<api::Pod>& pods)
{
    QStringList before;
    QStringList after;
    for (const api::Pod& p : std::as_const(m_untracked)) {
        before << p.id;
    }
    for (const api::Pod& p : pods) {
        after << p.id;
    }
    m_untracked = pods;
    if (before != after) {
        qCWarning(lcPodList) << "pods on the account that autopod does not track:" << after;
        Q_EMIT untrackedPodsChanged();
    }
}

void PodsController::adoptPods(const QStringList& podIds)
{
    if (!m_store) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<api::Pod> left;
    for (const api::Pod& p : std::as_const(m_untracked)) {
        if (!podIds.contains(p.id)) {
            left << p;
            continue;
        }
        QString error;
        if (pods::PodSync::adopt(*m_store, p, now, &error)) {
            qCInfo(lcPodList) << "tracking pod" << p.id << p.name << "at the user's request";
        } else {
            left << p;
            Q_EMIT actionFailed(p.id, tr("Could not track %1: %2").arg(p.name, error));
        }
    }
    setUntracked(left);
    rebuild();
}

void PodsController::setOverlayState(const QString& podId, PodRow::State state)
{
    m_pendingStates.insert(podId, state);
    if (const PodRow* row = m_model.find(podId)) {
        PodRow copy = *row;
        copy.state = state;
        m_model.upsert(copy);
    }
}

void PodsController::setLastError(const QString& podId, const QString& message)
{
    if (message.isEmpty()) {
        m_lastErrors.remove(podId);
    } else {
        m_lastErrors.insert(podId, message);
    }
    if (const PodRow* row = m_model.find(podId)) {
        PodRow copy = *row;
        copy.lastError = message;
        m_model.upsert(copy);
    }
}

void PodsController::setOutputsRoot(const QString& dir)
{
    if (dir != m_outputsRoot) {
        m_outputsRoot = dir;
        m_outputsSaved.clear();
    }
}

void PodsController::setOutputsSaved(const QString& podId, int count)
{
    m_outputsSaved.insert(podId, count);
    if (const PodRow* row = m_model.find(podId)) {
        PodRow copy = *row;
        copy.outputsSaved = count;
        m_model.upsert(copy);
    }
}

void PodsController::setLocalUrl(const QString& podId, const QString& url)
{
    if (url.isEmpty()) {
        m_localUrls.remove(podId);
    } else {
        m_localUrls.insert(podId, url);
    }
    if (const PodRow* row = m_model.find(podId)) {
        PodRow copy = *row;
        copy.localUrl = url;
        if (!url.isEmpty() && copy.state == PodRow::State::Running) {
            copy.state = PodRow::State::Connected;
        } else if (url.isEmpty() && copy.state == PodRow::State::Connected) {
            copy.state = PodRow::State::Running;
        }
        m_model.upsert(copy);
    }
}

void PodsController::trackCreating(const PodRow& row)
{
    m_creating.insert(row.id, row);
    m_model.upsert(row);
}

QString PodsController::displayName(const QString& podId) const
{
    const PodRow* row = m_model.find(podId);
    return row && !row->name.isEmpty() ? row->name : podId;
}

void PodsController::leaveRunning(const QString& podId, std::function<void()> then)
{
    if (!m_beforeLeaving) {
        Q_EMIT podLeavingRunning(podId);
        then();
        return;
    }
    QPointer<PodsController> self(this);
    m_beforeLeaving(podId, [self, podId, then = std::move(then)] {
        if (self) {
            Q_EMIT self->podLeavingRunning(podId);
            then();
        }
    });
}

void PodsController::stopPod(const QString& podId)
{
    setOverlayState(podId, PodRow::State::Stopping);
    leaveRunning(podId, [this, podId] { stopNow(podId); });
}

void PodsController::stopNow(const QString& podId)
{
    m_actions->stop(podId, displayName(podId), this, [this, podId](const lifecycle::PodActionResult& result) {
        if (result.ok) {
            m_localUrls.remove(podId);
            // Stopped by autopod: the next refresh must not put this stop on the pod's guard.
            if (m_store && result.after) {
                QString error;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                m_store->update(
                    podId, [&](pods::PodRecord& r) { pods::PodSync::applyOwnStop(r, *result.after, now); }, &error);
            }
            const QString text = result.alreadyGone
                                     ? tr("%1 was already gone on RunPod's side.").arg(displayName(podId))
                                     : tr("%1 stopped: that saves %2/hr. Its volume is kept; resume it any time.")
                                           .arg(displayName(podId), pods::Presentation::money(result.hourlySaving));
            Q_EMIT actionSucceeded(podId, text);
        } else {
            m_pendingStates.remove(podId);
            Q_EMIT actionFailed(podId, tr("Could not stop %1: %2").arg(displayName(podId), userText(result.error)));
        }
        refreshNow();
    });
}

void PodsController::resumePod(const QString& podId)
{
    const PodRow* row = m_model.find(podId);
    const int gpuCount = row && row->gpuCount > 0 ? row->gpuCount : 1;
    setOverlayState(podId, PodRow::State::Starting);
    m_api.resumePod(podId, gpuCount, this, [this, podId](const api::ApiResult<api::Pod>& result) {
        m_pendingStates.remove(podId);
        if (result.ok()) {
            Q_EMIT actionSucceeded(podId, tr("%1 resumed.").arg(displayName(podId)));
        } else {
            Q_EMIT actionFailed(podId, tr("Could not resume %1: %2").arg(displayName(podId), userText(result.error)));
        }
        refreshNow();
    });
}

void PodsController::terminatePod(const QString& podId)
{
    setOverlayState(podId, PodRow::State::Stopping);
    leaveRunning(podId, [this, podId] { terminateNow(podId); });
}

void PodsController::terminateNow(const QString& podId)
{
    m_actions->terminate(podId, displayName(podId), this, [this, podId](const lifecycle::PodActionResult& result) {
        m_pendingStates.remove(podId);
        if (result.ok) {
            const QString name = displayName(podId);
            m_localUrls.remove(podId);
            m_creating.remove(podId);
            // The pod stays in the list's history (the "Hide terminated" filter hides it) with its
            // final runtime and cost; pods.json marks it terminated, as the lifecycle does.
            if (m_store) {
                QString error;
                const QDateTime now = QDateTime::currentDateTimeUtc();
                if (!m_store->update(
                        podId, [&now](pods::PodRecord& r) { pods::PodSync::markTerminated(r, now); }, &error) &&
                    !error.isEmpty()) {
                    qCWarning(lcPodList) << "could not mark" << podId << "terminated in pods.json:" << error;
                }
            }
            if (const PodRow* row = m_model.find(podId)) {
                PodRow copy = *row;
                copy.state = PodRow::State::Terminated;
                copy.localUrl.clear();
                copy.sshHost.clear();
                copy.sshPort = 0;
                m_model.upsert(copy);
            }
            Q_EMIT podTerminated(podId);
            Q_EMIT actionSucceeded(podId, tr("%1 terminated.").arg(name));
        } else {
            Q_EMIT actionFailed(podId,
                                tr("Could not terminate %1: %2").arg(displayName(podId), userText(result.error)));
        }
        refreshNow();
    });
}

} // namespace autopod::gui
