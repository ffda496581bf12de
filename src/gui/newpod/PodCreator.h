// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/LifecycleTypes.h"
#include "gui/newpod/CreationProgress.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace autopod::lifecycle {
class PodJournal;
class PodConnector;
} // namespace autopod::lifecycle

namespace autopod::gui {

// Runs the lifecycle's ConnectFlow for the desktop: a new pod (with the progress dialog), a
// stopped pod resumed, or a running pod attached to (its tunnel opened in this process). One
// flow per pod at a time.
class PodCreator : public QObject
{
    Q_OBJECT

public:
    PodCreator(api::RunPodApi& api, lifecycle::PodJournal& journal, lifecycle::PodConnector& connector,
               lifecycle::ConnectOptions options, QWidget* window, QObject* parent = nullptr);
    ~PodCreator() override;

    // PUBLIC_KEY for new pods (the user's SSH public key).
    void setPublicKey(const QString& key) { m_publicKey = key; }
    // Timing knobs for the flows started from now on.
    void setOptions(const lifecycle::ConnectOptions& options) { m_options = options; }

    void create(api::CreatePodRequest request, double estimatedCostPerHr);
    void resume(const QString& name, const QString& podId, int gpuCount, double costPerHr);
    void attach(const QString& name, const QString& podId, double costPerHr);

    bool isBusy(const QString& podId) const;
    // The pods of the flows still running (an empty id: a create RunPod has not answered yet).
    QStringList podsInFlight() const;
    bool hasFlowsInFlight() const { return !podsInFlight().isEmpty(); }
    // Cancels every running flow with its cost-safe choice (stop, or terminate a pod that never
    // started), applied to what each create/resume returns; allFlowsFinished() follows once none runs.
    void cancelAll();
    CreationProgress* activeProgress() const { return m_progress; }
    lifecycle::ConnectFlow* activeFlow() const { return m_active; }

Q_SIGNALS:
    void podCreated(const QString& podId, const QString& name);
    void connected(const QString& podId, int localPort);
    void failed(const QString& podId, const autopod::lifecycle::FailureReport& report);
    void openComfyUiRequested(const QString& podId);
    void allFlowsFinished();

private:
    lifecycle::ConnectFlow* newFlow(double costPerHr, bool showProgress, bool resuming = false);

    api::RunPodApi& m_api;
    lifecycle::PodJournal& m_journal;
    lifecycle::PodConnector& m_connector;
    lifecycle::ConnectOptions m_options;
    QPointer<QWidget> m_window;
    QString m_publicKey;
    bool m_openComfyUiWhenConnected = true; // the progress dialog's tick box, for the next one
    QHash<QString, lifecycle::ConnectFlow*> m_flowsByPod;
    QList<QPointer<lifecycle::ConnectFlow>> m_flows; // every flow not finished yet
    QPointer<lifecycle::ConnectFlow> m_active;
    QPointer<CreationProgress> m_progress;
};

} // namespace autopod::gui
