#pragma once

#include "core/api/ApiTypes.h"
#include "core/lifecycle/ConnectFlow.h"
#include "core/lifecycle/LifecycleTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace autopod::lifecycle {
class PodJournal;
class PodConnector;
} // namespace autopod::lifecycle

namespace autopod::gui {

class CreationProgress;

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

    void create(api::CreatePodRequest request, double estimatedCostPerHr);
    void resume(const QString& name, const QString& podId, int gpuCount, double costPerHr);
    void attach(const QString& name, const QString& podId, double costPerHr);

    bool isBusy(const QString& podId) const;
    CreationProgress* activeProgress() const { return m_progress; }
    lifecycle::ConnectFlow* activeFlow() const { return m_active; }

Q_SIGNALS:
    void podCreated(const QString& podId, const QString& name);
    void connected(const QString& podId, int localPort);
    void failed(const QString& podId, const autopod::lifecycle::FailureReport& report);
    void openComfyUiRequested(const QString& podId);

private:
    lifecycle::ConnectFlow* newFlow(double costPerHr, bool showProgress);

    api::RunPodApi& m_api;
    lifecycle::PodJournal& m_journal;
    lifecycle::PodConnector& m_connector;
    lifecycle::ConnectOptions m_options;
    QPointer<QWidget> m_window;
    QString m_publicKey;
    QHash<QString, lifecycle::ConnectFlow*> m_flowsByPod;
    QPointer<lifecycle::ConnectFlow> m_active;
    QPointer<CreationProgress> m_progress;
};

} // namespace autopod::gui
