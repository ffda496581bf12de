#pragma once

#include "core/lifecycle/LifecycleTypes.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class CreationProgress;
}

namespace autopod::lifecycle {
class ConnectFlow;
}

namespace autopod::gui {

// The creation progress of PRD FR2.7: the five stages, elapsed time and what the pod has cost so
// far, the retries and notices of the flow. Cancelling asks what to do with the pod — stop or
// terminate (the cost-safe one preselected) or keep it running — and the flow does it.
class CreationProgress : public QDialog
{
    Q_OBJECT

public:
    CreationProgress(lifecycle::ConnectFlow& flow, double costPerHr, QWidget* parent = nullptr);
    ~CreationProgress() override;

    static QString stageLabel(lifecycle::ConnectStage stage);
    int currentStage() const { return m_stage; }
    QString elapsedText() const;
    QString costText() const;
    QString messagesText() const;
    QString titleText() const;

    // Opens the cancel question (window-modal, asynchronous).
    void requestCancel();
    QMessageBox* cancelQuestion() const { return m_question; }

Q_SIGNALS:
    void openComfyUiRequested();

protected:
    void reject() override; // Escape and the window's close button ask, like Cancel

private:
    void setStage(int stage, bool failed = false);
    void tick();
    void onConnected(int localPort, int latencyMs);
    void onFailed(const lifecycle::FailureReport& report);
    void addMessage(const QString& text);
    void setFinishedButtons(bool connected);

    std::unique_ptr<Ui::CreationProgress> m_ui;
    lifecycle::ConnectFlow& m_flow;
    double m_costPerHr;
    QElapsedTimer m_clock;
    QElapsedTimer m_billingClock; // since RunPod created the pod
    QTimer m_ticker;
    int m_stage = 0;
    bool m_done = false;
    QPointer<QMessageBox> m_question;
};

} // namespace autopod::gui
