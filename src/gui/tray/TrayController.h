// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/LifecycleTypes.h"

#include "gui/pods/PodRow.h"
#include "gui/tray/CostMeter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

class QMenu;
class QAction;
class QSystemTrayIcon;

namespace autopod::gui {

class PodListModel;

// The tray icon: what is running and what it costs, in the tooltip and the menu; a submenu per
// pod; notifications. It only emits intents; the composition root wires them to the work.
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(PodListModel& model, QObject* parent = nullptr);
    ~TrayController() override;

    // Shows the icon when the desktop has a tray; false when it has none.
    bool show();
    bool isVisible() const;

    QString toolTipText() const;
    QString costPerHrText() const;
    QString sessionCostText() const;
    // "2 stopped pods: $0.011/hr storage": their volume disks bill while they are stopped; empty when none.
    QString stoppedStorageText() const;
    QMenu* menu() const { return m_menu; }
    const CostMeter& costMeter() const { return m_meter; }

    // While autopod is connecting to a pod (create, resume, attach), RunPod's "running" is not
    // "ready": the flow's end says so (notifyPodReady on success, notifyPolicyAction on failure).
    void setConnecting(const QString& podId, bool connecting);
    // The window was closed while pods bill: autopod stays in the tray (said once per run).
    void notifyKeptRunningInTray();
    void notifyPodReady(const QString& podName, const QString& localUrl);
    // Pods bill on the account that autopod does not track (names): told once per new set.
    void notifyUntracked(const QStringList& podNames);
    // What the cost-safe policy did to a failing pod (stopped or terminated it, or failed to: then the
    // pod may still bill and the notification says so). `what` states it plainly.
    void notifyPolicyAction(const QString& podName, lifecycle::FailureAction action, const QString& what);
    // The pod's guard: it will stop the pod soon (`message` says when and why), it stopped it, or
    // the pod runs unguarded. The callers say each once.
    void notifyGuardStopSoon(const QString& message);
    void notifyGuardStopped(const QString& message);
    void notifyUnguarded(const QString& message);
    // For tests and the refresh cycle: feeds the cost meter with the model's rows at a given time.
    void observe(qint64 nowMs);

Q_SIGNALS:
    void showWindowRequested();
    void newPodRequested();
    void openComfyUiRequested(const QString& podId);
    void shellRequested(const QString& podId);
    void stopRequested(const QString& podId);
    void resumeRequested(const QString& podId);
    void terminateRequested(const QString& podId);
    void quitRequested();
    void notified(const QString& title, const QString& message);

private:
    QSet<QString> m_connecting;
    bool m_toldKeptRunning = false;
    void rebuildMenu();
    void onStateChanged(const QString& podId, PodRow::State from, PodRow::State to);
    void notify(const QString& title, const QString& message, int icon);

    PodListModel& m_model;
    QMenu* m_menu;
    QSystemTrayIcon* m_icon;
    CostMeter m_meter;
    QElapsedTimer m_clock;
};

} // namespace autopod::gui
