// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/LifecycleTypes.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include "core/lifecycle/ConnectFlow.h"

#include <memory>

namespace Ui {
class CreationProgress;
}

namespace autopod::gui {

// The creation progress: the five stages, elapsed time and what the pod has cost so far, the
// retries and notices of the flow. Cancelling asks what to do with the pod — stop or terminate
// (the cost-safe one preselected) or keep it running — and the flow does it. The dialog stays
// open at the end and says how it ended: "Connected" with Open ComfyUI (opened by itself unless
// the user unticked it), or what failed, why, what autopod did about the pod, the cost so far, and
// what to do next. It outlives the flow.
class CreationProgress : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Create,
        Resume
    };
    CreationProgress(lifecycle::ConnectFlow& flow, double costPerHr, QWidget* parent = nullptr,
                     Purpose purpose = Purpose::Create);
    ~CreationProgress() override;

    static QString stageLabel(lifecycle::ConnectStage stage);
    int currentStage() const { return m_stage; }
    QString elapsedText() const;
    QString costText() const;
    QString messagesText() const;
    QString titleText() const;
    // How it ended, for the user (empty while the flow runs).
    QString outcomeText() const;
    bool isFinished() const { return m_done; }
    bool succeeded() const { return m_done && m_connected; }
    // "Open ComfyUI when connected" (the user may untick it while waiting).
    bool opensComfyUiWhenConnected() const;
    void setOpensComfyUiWhenConnected(bool open);
    // What to do next after a failure of this kind, given what was done about the pod.
    static QString nextStepText(const lifecycle::FailureReport& report);

    // Opens the cancel question (window-modal, asynchronous).
    void requestCancel();
    QMessageBox* cancelQuestion() const { return m_question; }

Q_SIGNALS:
    void openComfyUiRequested(const QString& podId);
    void opensComfyUiWhenConnectedChanged(bool open);

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
    QPointer<lifecycle::ConnectFlow> m_flow; // gone once the flow finished; the dialog stays
    Purpose m_purpose;
    QString m_podName;
    QString m_podId;
    bool m_connected = false;
    double m_costPerHr;
    QElapsedTimer m_clock;
    QElapsedTimer m_billingClock; // since RunPod created the pod
    QTimer m_ticker;
    int m_stage = 0;
    bool m_done = false;
    QPointer<QMessageBox> m_question;
};

} // namespace autopod::gui
