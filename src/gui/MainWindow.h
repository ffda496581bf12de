// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QMenu>
#include <QPointer>

#include <memory>

namespace Ui {
class MainWindow;
}

class QTableView;
class QTabWidget;

namespace autopod::gui {

class PodListModel;
class PodSortFilterProxy;
class PodDetailsPanel;
class UntrackedPodsBanner;
class GuardNoticeBanner;

// The desktop window: the pod list, its details and tabs (ComfyUI, shells, the log). It composes
// and wires; every action leaves as an intent signal that the composition root connects to the
// controllers doing the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(PodListModel& model, QWidget* parent = nullptr);
    ~MainWindow() override;

    // When a tray icon is shown, closing the window only hides it.
    void setKeepRunningInTray(bool keep) { m_keepInTray = keep; }

    QString selectedPodId() const;
    void selectPod(const QString& podId);
    QTableView* podTable() const;
    QTabWidget* tabs() const;
    PodDetailsPanel* detailsPanel() const;
    PodSortFilterProxy* proxy() const { return m_proxy; }
    UntrackedPodsBanner* untrackedBanner() const { return m_untracked; }
    // Above every tab: a guard stops a pod soon.
    GuardNoticeBanner* guardNotice() const { return m_guardNotice; }

    // Adds (or focuses, when `key` is already open) a closable tab.
    void showTab(const QString& key, QWidget* widget, const QString& title);
    QWidget* tab(const QString& key) const;
    void closeTab(const QString& key);
    // The pod behind a tab is gone: the tab says so (`text`) and offers to close it.
    void markTabGone(const QString& key, const QString& text);

    void showMessage(const QString& text);
    void bringToFront();

    // The pod actions (Open ComfyUI, Shell, Stop, Resume, Terminate, and any added here) act on the
    // selected pod; the toolbar, the menus and a row's context menu share them, so they are enabled
    // in one place. An added action appears in the row's context menu from then on.
    void addPodAction(QAction* action);
    // The context menu of the row at `pos` (viewport coordinates of the pod table); selects that row.
    void showPodMenu(const QPoint& pos);
    QMenu* podMenu() const { return m_podMenu; }

Q_SIGNALS:
    void newPodRequested();
    void setupRequested();
    void openComfyUiRequested(const QString& podId);
    void shellRequested(const QString& podId);
    void stopRequested(const QString& podId);
    void guardSettingsRequested(const QString& podId);
    void resumeRequested(const QString& podId);
    void terminateRequested(const QString& podId);
    void refreshRequested();
    void logRequested();
    void quitRequested();
    // The window was closed while autopod keeps running in the tray.
    void hiddenToTray();
    void tabClosed(const QString& key);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void updateActions();
    void updateDetails();
    void updateStatusBar();
    void onDoubleClicked(const QModelIndex& proxyIndex);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    PodListModel& m_model;
    PodSortFilterProxy* m_proxy;
    UntrackedPodsBanner* m_untracked;
    GuardNoticeBanner* m_guardNotice;
    bool m_keepInTray = false;
    QList<QAction*> m_extraPodActions;
    QPointer<QMenu> m_podMenu;
};

} // namespace autopod::gui
