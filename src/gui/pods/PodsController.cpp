#include "gui/pods/PodsController.h"

#include "core/api/RunPodApi.h"
#include "gui/pods/PodListModel.h"

namespace autopod::gui {

PodsController::PodsController(api::RunPodApi& api, PodListModel& model, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PodsController::refreshNow);
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
    m_api.pods(this, [this](const api::ApiResult<QList<api::Pod>>& result) {
        m_inFlight = false;
        if (result.ok()) {
            onPodsAnswered(*result.value);
        } else {
            Q_EMIT refreshFailed(result.error.message);
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
    row.state = PodRow::stateFor(pod);
    row.gpuDisplayName = pod.gpuDisplayName.isEmpty() ? pod.gpuTypeId : pod.gpuDisplayName;
    row.gpuCount = pod.gpuCount;
    row.dataCenterId = pod.dataCenterId;
    row.costPerHr = pod.costPerHr;
    row.imageName = pod.imageName;
    row.networkVolumeId = pod.networkVolumeId;
    row.lastStatusChange = pod.lastStatusChange;
    if (pod.runtime) {
        row.runtimeSeconds = pod.runtime->uptimeSeconds;
    }
    row.accumulatedCost = static_cast<double>(row.runtimeSeconds) / 3600.0 * pod.costPerHr;
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
    const QString url = m_localUrls.value(pod.id);
    if (!url.isEmpty() && row.state == PodRow::State::Running) {
        row.state = PodRow::State::Connected;
        row.localUrl = url;
    }
    return row;
}

void PodsController::onPodsAnswered(const QList<api::Pod>& pods)
{
    PodRows rows;
    rows.reserve(pods.size());
    for (const api::Pod& pod : pods) {
        PodRow row = rowFor(pod);
        m_creating.remove(pod.id);
        if (m_pendingStates.contains(pod.id)) {
            if (row.state == PodRow::State::Stopped || row.state == PodRow::State::Terminated) {
                m_pendingStates.remove(pod.id);
            } else {
                row.state = m_pendingStates.value(pod.id);
            }
        }
        rows.append(row);
    }
    for (const PodRow& creating : std::as_const(m_creating)) {
        rows.append(creating);
    }
    m_model.setRows(rows);
    Q_EMIT refreshed();
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

void PodsController::stopPod(const QString& podId)
{
    setOverlayState(podId, PodRow::State::Stopping);
    m_api.stopPod(podId, this, [this, podId](const api::ApiResult<api::Pod>& result) {
        if (result.ok() || result.error.kind == api::ApiError::Kind::PodNotFound) {
            m_localUrls.remove(podId);
            Q_EMIT actionSucceeded(podId, tr("Pod stopped. Only its storage is billed now."));
        } else {
            m_pendingStates.remove(podId);
            Q_EMIT actionFailed(podId, result.error.message);
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
            Q_EMIT actionSucceeded(podId, tr("Pod resumed."));
        } else {
            Q_EMIT actionFailed(podId, result.error.message);
        }
        refreshNow();
    });
}

void PodsController::terminatePod(const QString& podId)
{
    setOverlayState(podId, PodRow::State::Stopping);
    m_api.terminatePod(podId, this, [this, podId](const api::ApiResult<api::Done>& result) {
        m_pendingStates.remove(podId);
        if (result.ok() || result.error.kind == api::ApiError::Kind::PodNotFound) {
            m_localUrls.remove(podId);
            m_model.remove(podId);
            Q_EMIT actionSucceeded(podId, tr("Pod terminated."));
        } else {
            Q_EMIT actionFailed(podId, result.error.message);
        }
        refreshNow();
    });
}

} // namespace autopod::gui
