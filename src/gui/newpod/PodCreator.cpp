// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
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

lifecycle::ConnectFlow* PodCreator::newFlow(double costPerHr, bool showProgress, bool resuming)
{
    auto* flow = new lifecycle::ConnectFlow(m_api, m_journal, m_connector, m_options, this);
    m_active = flow;
    m_flows.append(flow);
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
        m_flows.removeAll(flow);
        flow->deleteLater();
        if (!hasFlowsInFlight()) {
            Q_EMIT allFlowsFinished();
        }
    });
    if (showProgress) {
        auto* progress =
            new CreationProgress(*flow, costPerHr, m_window,
                                 resuming ? CreationProgress::Purpose::Resume : CreationProgress::Purpose::Create);
        progress->setOpensComfyUiWhenConnected(m_openComfyUiWhenConnected);
        connect(progress, &CreationProgress::opensComfyUiWhenConnectedChanged, this,
                [this](bool open) { m_openComfyUiWhenConnected = open; });
        connect(progress, &CreationProgress::openComfyUiRequested, this, &PodCreator::openComfyUiRequested);
        // The dialog stays open at the end and says how it ended; the user closes it.
        m_progress = progress;
        progress->show();
    }
    return flow;
}

QStringList PodCreator::podsInFlight() const
{
    QStringList ids;
    for (const QPointer<lifecycle::ConnectFlow>& flow : m_flows) {
        if (flow && flow->isRunning()) {
            ids << flow->podId();
        }
    }
    return ids;
}

void PodCreator::cancelAll()
{
    const QList<QPointer<lifecycle::ConnectFlow>> flows = m_flows;
    for (const QPointer<lifecycle::ConnectFlow>& flow : flows) {
        if (flow && flow->isRunning()) {
            flow->cancel(flow->costSafeChoice());
        }
    }
    if (!hasFlowsInFlight()) {
        Q_EMIT allFlowsFinished();
    }
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
    lifecycle::ConnectFlow* flow = newFlow(costPerHr, true, true);
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
