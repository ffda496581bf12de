// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/lifecycle/LifecycleTypes.h"
#include "gui/newpod/NewPodDialog.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace autopod::api {
class RunPodApi;
}
namespace autopod::config {
class Config;
}
namespace autopod::lifecycle {
class GuardChannel;
class PodConnector;
class PodJournal;
struct OutputsResult;
} // namespace autopod::lifecycle
namespace autopod::pods {
class PodStore;
}

namespace autopod::gui {

class ComfyUiView;
class CreationProgress;
class GuardMonitor;
class MainWindow;
class PodActionPrompts;
class PodCreator;
class PodListModel;
class PodsController;
struct PodRow;
class QuitFlow;
class TerminalSession;
class TrayController;

// The services the desktop stands on, built by the composition root (main.cpp, or a test).
struct DesktopServices
{
    config::Config* config = nullptr;
    api::RunPodApi* api = nullptr;
    pods::PodStore* store = nullptr;
    lifecycle::PodJournal* journal = nullptr;     // required, like api
    lifecycle::PodConnector* connector = nullptr; // required, like api
    lifecycle::GuardChannel* guard = nullptr;     // the guards on the pods (null: not watched)
    // Follows the in-process tunnel of a pod, once the connector opened one: `changed` runs on every
    // state change (while `context` lives) with the ComfyUiView::TunnelStatus, the local port and
    // a detail. False when the pod has no tunnel in this process.
    using TunnelListener = std::function<void(int status, int localPort, const QString& detail)>;
    std::function<bool(const QString& podId, QObject* context, TunnelListener changed)> followTunnel;
    // An interactive session for the shell tab; null with *error when the pod cannot take one.
    std::function<std::unique_ptr<TerminalSession>(const PodRow& row, QString* error)> shellSessionFor;
    lifecycle::ConnectOptions connectOptions;
    QString logFile;
    QString webStoragePath; // where the ComfyUI views keep each pod's site; empty = off the record
    QString publicKey;      // PUBLIC_KEY of new pods
    QString sshKeyPath;     // shown in the manual ssh line
    QString sshKeyText;     // the key for messages: path, type and fingerprint; empty = no usable key
};

// The desktop application's object graph above the services: the pod list and its refresh, the
// main window, the tray, the dialogs and the tabs, and the wiring of every intent to the object
// doing the work. MainWindow and TrayController only emit intents; this class connects them.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApp(DesktopServices services, QObject* parent = nullptr);
    ~DesktopApp() override;

    // Shows the window (and the tray icon when the desktop has a tray).
    void start(bool showWindow = true);
    // Starts the pod list's refresh cycle (once the API key is known).
    void startRefreshing();

    MainWindow* window() const { return m_window.get(); }
    TrayController* tray() const { return m_tray; }
    PodListModel* model() const { return m_model; }
    PodsController* pods() const { return m_pods; }
    PodCreator* creator() const { return m_creator; }
    PodActionPrompts* prompts() const { return m_prompts; }
    QuitFlow* quitFlow() const { return m_quit; }
    // Null without an SSH connector or a pod store.
    GuardMonitor* guardMonitor() const { return m_guard; }
    NewPodDialog* newPodDialog() const { return m_newPod; }
    ComfyUiView* comfyUiView(const QString& podId) const;
    QWidget* shellTab(const QString& podId) const;

    void openNewPodDialog();
    void openComfyUi(const QString& podId);
    void openShell(const QString& podId);
    void openLog();
    void resume(const QString& podId);

    NewPodDefaults newPodDefaults() const;
    // The configuration changed (the setup wizard saved): the SSH key, PUBLIC_KEY of new pods, the
    // connect options and the warnings take the values in `fresh` for the next action.
    void applySettings(const DesktopServices& fresh);
    // The question shown instead of the new-pod dialog while no usable SSH key is configured.
    QMessageBox* noSshKeyPrompt() const { return m_noKeyPrompt; }

Q_SIGNALS:
    void setupRequested();
    // The user wants to choose or generate an SSH key (the setup wizard's key page).
    void sshKeySetupRequested();
    void quitConfirmed();

private:
    void wireWindow();
    void wireTray();
    void wireCreator();
    void wireUntracked();
    void wireGuard(); // DesktopAppGuard.cpp
    // DesktopAppOutputs.cpp: a stop, a terminate or quitting first finishes the pending output copies.
    void wireOutputs();
    void finishOutputs(const QString& podId, std::function<void()> then);
    void tellOutputsNotCopied(const QString& podId, const lifecycle::OutputsResult& result);
    void finishOutputsThenQuit();
    void editGuard(const QString& podId);
    void watchTunnel(const QString& podId);
    void setComfyState(const QString& podId, int status, int port, const QString& detail);
    void forgetSite(const QString& podId);
    void showError(const QString& title, const QString& text);
    void saveFavourites(const QStringList& favourites);

    DesktopServices m_s;
    PodListModel* m_model;
    PodsController* m_pods;
    std::unique_ptr<MainWindow> m_window;
    TrayController* m_tray;
    PodActionPrompts* m_prompts;
    QuitFlow* m_quit;
    PodCreator* m_creator; // never null
    GuardMonitor* m_guard = nullptr;
    QPointer<NewPodDialog> m_newPod;
    QPointer<QMessageBox> m_noKeyPrompt;
    QSet<QString> m_watchedTunnels;
    QSet<QString> m_toldUntracked; // untracked pods the tray has told about
    bool m_quitting = false;
};

} // namespace autopod::gui
