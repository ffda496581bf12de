// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace autopod::gui {

class PodCreator;
class PodListModel;
class PodsController;

// Quitting while pods bill asks first: stop them, or keep them running. A create or resume still
// in flight counts as a pod that bills (it may be billing already). Stopping waits for RunPod to
// confirm every stop, and cancels the flows in flight with "stop" (their pods end stopped, or
// terminated when they never started); a stop that fails keeps the app open and says so.
class QuitFlow : public QObject
{
    Q_OBJECT

public:
    QuitFlow(PodListModel& model, PodsController& pods, QWidget* window, QObject* parent = nullptr);

    void requestQuit();
    QMessageBox* activeDialog() const { return m_active; }
    QString question() const;
    // The flows creating, resuming or attaching to pods (null: none are counted).
    void setCreator(PodCreator* creator);

Q_SIGNALS:
    void quitConfirmed();
    void stopFailed(const QString& message);

private:
    void stopAllThenQuit();
    int podsInFlight() const; // creates/resumes whose pod the list does not count as billing yet
    void quitWhenDone();

    PodListModel& m_model;
    PodsController& m_pods;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_active;
    QSet<QString> m_stopping;
    QPointer<PodCreator> m_creator;
    bool m_waitingForFlows = false;
};

} // namespace autopod::gui
