#include "gui/newpod/PodCreator.h"

#include "core/lifecycle/ConnectFlow.h"
#include "gui/newpod/CreationProgress.h"

#include <QWidget>

namespace autopod::gui {

PodCreator::PodCreator(api::RunPodApi& api, lifecycle::PodJournal& journal, lifecycle::PodConnector& connector,
                       lifecycle::ConnectOptions options, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_journal(journal)
    , m_connector(connector)
    , m_options(std::move(options))
    , m_window(window)
{}

PodCreator::~PodCreator() = default;

bool PodCreator::isBusy(const QString& podId) const
{
    const lifecycle::ConnectFlow* flow = m_flowsByPod.value(podId);
    return flow && flow->isRunning();
}

lifecycle::ConnectFlow* PodCreator::newFlow(double costPerHr, bool showProgress)
{
    auto* flow = new lifecycle::ConnectFlow(m_api, m_journal, m_connector, m_options, this);
    m_active = flow;
    connect(flow, &lifecycle::ConnectFlow::podCreated, this, [this, flow](const QString& name, const api::Pod& pod) {
        m_flowsByPod.insert(pod.id, flow);
        Q_EMIT podCreated(pod.id, name);
    });
    connect(flow, &lifecycle::ConnectFlow::connected, this,
            [this, flow](int localPort, int) { Q_EMIT connected(flow->podId(), localPort); });
    connect(flow, &lifecycle::ConnectFlow::failed, this,
            [this, flow](const lifecycle::FailureReport& report) { Q_EMIT failed(flow->podId(), report); });
    connect(flow, &lifecycle::ConnectFlow::finished, this, [this, flow] {
        // The tunnel belongs to the connector; the flow object is done.
        if (m_flowsByPod.value(flow->podId()) == flow) {
            m_flowsByPod.remove(flow->podId());
        }
        flow->deleteLater();
    });
    if (showProgress) {
        auto* progress = new CreationProgress(*flow, costPerHr, m_window);
        connect(progress, &CreationProgress::openComfyUiRequested, this,
                [this, flow] { Q_EMIT openComfyUiRequested(flow->podId()); });
        // The dialog must not outlive the flow it watches.
        connect(flow, &QObject::destroyed, progress, [progress] {
            if (progress->isVisible()) {
                progress->close();
            }
        });
        m_progress = progress;
        progress->show();
    }
    return flow;
}

void PodCreator::create(api::CreatePodRequest request, double estimatedCostPerHr)
{
    if (request.publicKey.isEmpty()) {
        request.publicKey = m_publicKey;
    }
    lifecycle::ConnectFlow* flow = newFlow(estimatedCostPerHr, true);
    flow->start(std::move(request));
}

void PodCreator::resume(const QString& name, const QString& podId, int gpuCount, double costPerHr)
{
    if (isBusy(podId)) {
        return;
    }
    lifecycle::ConnectFlow* flow = newFlow(costPerHr, true);
    m_flowsByPod.insert(podId, flow);
    flow->resume(name, podId, gpuCount);
}

void PodCreator::attach(const QString& name, const QString& podId, double costPerHr)
{
    if (isBusy(podId)) {
        return;
    }
    lifecycle::ConnectFlow* flow = newFlow(costPerHr, false);
    m_flowsByPod.insert(podId, flow);
    flow->attach(name, podId);
}

} // namespace autopod::gui
