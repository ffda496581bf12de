// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/DesktopApp.h"

#include "core/api/RunPodApi.h"
#include "core/pods/Presentation.h"

#include "core/config/Config.h"
#include "core/config/SaveSetting.h"
#include "core/lifecycle/PodConnector.h"
#include "gui/MainWindow.h"
#include "gui/NextStepText.h"
#include "gui/logs/LogViewer.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/GuardMonitor.h"
#include "gui/pods/PodActionPrompts.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/pods/UntrackedPodsBanner.h"
#include "gui/terminal/ShellTab.h"
#include "gui/terminal/TerminalSession.h"
#include "gui/tray/QuitFlow.h"
#include "gui/tray/TrayController.h"
#include "gui/web/ComfyUiView.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>

namespace autopod::gui {

namespace {
QString comfyKey(const QString& podId)
{
    return QStringLiteral("comfy:") + podId;
}
QString shellKey(const QString& podId)
{
    return QStringLiteral("shell:") + podId;
}
QString localUrl(int port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}
} // namespace

DesktopApp::DesktopApp(DesktopServices services, QObject* parent)
    : QObject(parent)
    , m_s(std::move(services))
    , m_model(new PodListModel(this))
    , m_pods(new PodsController(*m_s.api, *m_model, this))
    , m_window(std::make_unique<MainWindow>(*m_model))
    , m_tray(new TrayController(*m_model, this))
    , m_prompts(new PodActionPrompts(*m_model, *m_pods, m_window.get(), this))
    , m_quit(new QuitFlow(*m_model, *m_pods, m_window.get(), this))
    , m_creator(new PodCreator(*m_s.api, *m_s.journal, *m_s.connector, m_s.connectOptions, m_window.get(), this))
{
    m_pods->setStore(m_s.store);
    applySettings(m_s);
    m_quit->setCreator(m_creator);
    wireWindow();
    wireTray();
    wireCreator();
    connect(m_quit, &QuitFlow::stopFailed, this,
            [this](const QString& message) { showError(tr("Pods still running"), message); });
    connect(m_pods, &PodsController::actionSucceeded, m_window.get(),
            [this](const QString&, const QString& message) { m_window->showMessage(message); });
    connect(m_pods, &PodsController::actionFailed, this,
            [this](const QString&, const QString& message) { showError(tr("Pod action failed"), message); });
    // While RunPod does not answer, the status bar says so and when autopod tries again, instead of
    // a button that seems to do nothing for minutes.
    connect(m_s.api, &api::RunPodApi::retryScheduled, m_window.get(),
            [this](const QObject*, const QString& operation, int retry, int maxRetries, int delayMs,
                   const QString& reason) {
                m_window->showMessage(tr("%1 (%2) — trying again in %3 s (attempt %4 of %5).")
                                          .arg(reason, operation)
                                          .arg(qMax(1, (delayMs + 500) / 1000))
                                          .arg(retry + 1)
                                          .arg(maxRetries + 1));
            });
    connect(m_pods, &PodsController::refreshFailed, m_window.get(), [this](const QString& message) {
        m_window->showMessage(tr("Could not refresh from RunPod: %1").arg(message));
    });
    wireUntracked();
    wireGuard();
    wireOutputs();
    connect(m_pods, &PodsController::podLeavingRunning, this, [this](const QString& podId) {
        // The tunnel ends with the pod.
        if (m_s.connector) {
            m_s.connector->closeTunnel(podId);
        }
        m_watchedTunnels.remove(podId);
        m_pods->setLocalUrl(podId, {});
        setComfyState(podId, int(ComfyUiView::TunnelStatus::Down), 0, tr("The pod is stopping."));
    });
    connect(m_pods, &PodsController::podTerminated, this, &DesktopApp::forgetSite);
    connect(m_s.connector, &lifecycle::PodConnector::outputsSaved, m_pods, &PodsController::setOutputsSaved);
}

DesktopApp::~DesktopApp() = default;

// Pods billing on the account that pods.json does not know: a banner over the list (track them,
// or terminate them after a confirmation) and, once per new pod, a tray notification.
void DesktopApp::wireUntracked()
{
    UntrackedPodsBanner* banner = m_window->untrackedBanner();
    connect(m_pods, &PodsController::untrackedPodsChanged, this, [this, banner] {
        const QList<api::Pod> pods = m_pods->untrackedPods();
        banner->setPods(pods);
        QStringList fresh;
        for (const api::Pod& p : pods) {
            if (!m_toldUntracked.contains(p.id)) {
                m_toldUntracked.insert(p.id);
                fresh << p.name;
            }
        }
        m_tray->notifyUntracked(fresh);
    });
    connect(banner, &UntrackedPodsBanner::adoptRequested, m_pods, &PodsController::adoptPods);
    connect(banner, &UntrackedPodsBanner::terminateRequested, m_pods, [this](const QStringList& podIds) {
        for (const QString& id : podIds) {
            m_pods->terminatePod(id);
        }
    });
}

void DesktopApp::applySettings(const DesktopServices& fresh)
{
    m_s.connectOptions = fresh.connectOptions;
    m_s.publicKey = fresh.publicKey;
    m_s.sshKeyPath = fresh.sshKeyPath;
    m_s.sshKeyText = fresh.sshKeyText;
    if (fresh.config) {
        m_s.config = fresh.config;
    }
    m_pods->setSshKeyPath(m_s.sshKeyPath);
    if (m_s.config) {
        m_pods->setOutputsRoot(m_s.config->outputsDir());
    }
    m_creator->setPublicKey(m_s.publicKey);
    m_creator->setOptions(m_s.connectOptions);
    if (m_s.config) {
        m_prompts->setTerminateWarning(m_s.config->warnAboveUsd(),
                                       static_cast<qint64>(m_s.config->warnAboveHours() * 3600));
    }
}

void DesktopApp::start(bool showWindow)
{
    m_window->setKeepRunningInTray(m_tray->show());
    if (showWindow) {
        m_window->show();
    }
}

void DesktopApp::startRefreshing()
{
    m_pods->start();
    if (m_guard) {
        m_guard->start();
    }
}

void DesktopApp::wireWindow()
{
    MainWindow* w = m_window.get();
    connect(w, &MainWindow::newPodRequested, this, &DesktopApp::openNewPodDialog);
    connect(w, &MainWindow::setupRequested, this, &DesktopApp::setupRequested);
    connect(w, &MainWindow::openComfyUiRequested, this, &DesktopApp::openComfyUi);
    connect(w, &MainWindow::shellRequested, this, &DesktopApp::openShell);
    connect(w, &MainWindow::stopRequested, m_prompts, &PodActionPrompts::confirmStop);
    connect(w, &MainWindow::resumeRequested, this, &DesktopApp::resume);
    connect(w, &MainWindow::terminateRequested, m_prompts, &PodActionPrompts::confirmTerminate);
    connect(w, &MainWindow::refreshRequested, m_pods, &PodsController::refreshNow);
    connect(w, &MainWindow::logRequested, this, &DesktopApp::openLog);
    connect(w, &MainWindow::quitRequested, m_quit, &QuitFlow::requestQuit);
    // A pod's last error stays in its details until the next action on it.
    const auto clearError = [this](const QString& podId) {
        m_pods->setLastError(podId, {});
    };
    connect(w, &MainWindow::stopRequested, this, clearError);
    connect(w, &MainWindow::terminateRequested, this, clearError);
    connect(m_tray, &TrayController::stopRequested, this, clearError);
    connect(m_tray, &TrayController::terminateRequested, this, clearError);
}

void DesktopApp::wireTray()
{
    connect(m_window.get(), &MainWindow::hiddenToTray, m_tray, &TrayController::notifyKeptRunningInTray);
    // Tabs of a pod that is gone say so and offer to close.
    connect(m_model, &PodListModel::stateChanged, this, [this](const QString& podId, PodRow::State, PodRow::State to) {
        if (to != PodRow::State::Terminated) {
            return;
        }
        const PodRow* row = m_model->find(podId);
        const QString text = tr("%1 was terminated: this tab no longer reaches it.")
                                 .arg(row && !row->name.isEmpty() ? row->name : podId);
        m_window->markTabGone(comfyKey(podId), text);
        m_window->markTabGone(shellKey(podId), text);
    });
    connect(m_tray, &TrayController::showWindowRequested, m_window.get(), &MainWindow::bringToFront);
    connect(m_tray, &TrayController::newPodRequested, this, &DesktopApp::openNewPodDialog);
    connect(m_tray, &TrayController::openComfyUiRequested, this, &DesktopApp::openComfyUi);
    connect(m_tray, &TrayController::shellRequested, this, &DesktopApp::openShell);
    connect(m_tray, &TrayController::stopRequested, m_prompts, &PodActionPrompts::confirmStop);
    connect(m_tray, &TrayController::resumeRequested, this, &DesktopApp::resume);
    connect(m_tray, &TrayController::terminateRequested, m_prompts, &PodActionPrompts::confirmTerminate);
    connect(m_tray, &TrayController::quitRequested, m_quit, &QuitFlow::requestQuit);
}

void DesktopApp::wireCreator()
{
    connect(m_creator, &PodCreator::podCreated, m_pods, [this](const QString& podId, const QString& name) {
        PodRow row;
        row.id = podId;
        row.name = name;
        row.state = PodRow::State::Starting;
        m_tray->setConnecting(podId, true);
        m_pods->trackCreating(row);
        m_pods->refreshNow();
        m_window->selectPod(podId);
    });
    connect(m_creator, &PodCreator::connected, this, [this](const QString& podId, int port) {
        m_tray->setConnecting(podId, false);
        m_pods->setLocalUrl(podId, localUrl(port));
        if (const PodRow* row = m_model->find(podId)) {
            m_tray->notifyPodReady(row->name, localUrl(port));
        }
        setComfyState(podId, int(ComfyUiView::TunnelStatus::Connected), port, {});
        watchTunnel(podId);
        m_pods->refreshNow();
    });
    connect(m_creator, &PodCreator::failed, this, [this](const QString& podId, const lifecycle::FailureReport& report) {
        m_tray->setConnecting(podId, false);
        const PodRow* row = m_model->find(podId);
        const QString name = row ? row->name : report.podName;
        // The user who cancelled chose what happened; anything else the policy decided on its own.
        if (report.kind != lifecycle::FailureKind::Cancelled ||
            report.action == lifecycle::FailureAction::ActionFailed) {
            m_tray->notifyPolicyAction(name, report.action,
                                       report.actionText.isEmpty() ? report.message : report.actionText);
        }
        setComfyState(podId, int(ComfyUiView::TunnelStatus::Failed), 0, report.message);
        const QString failed = withNextStep(report.message, report.nextStep, name);
        m_pods->setLastError(podId, report.actionText.isEmpty()
                                        ? failed
                                        : failed + QLatin1Char(' ') +
                                              withNextStep(report.actionText, report.actionNextStep, name));
        if (report.action == lifecycle::FailureAction::Terminated) {
            forgetSite(podId);
        }
        m_window->showMessage(report.message);
        m_pods->refreshNow();
    });
    connect(m_creator, &PodCreator::openComfyUiRequested, this, &DesktopApp::openComfyUi);
}

NewPodDefaults DesktopApp::newPodDefaults() const
{
    NewPodDefaults d;
    if (const config::Config* c = m_s.config) {
        d.cloud =
            c->defaultCloudType() == QLatin1String("community") ? api::CloudType::Community : api::CloudType::Secure;
        d.region = c->defaultRegion();
        d.networkSpeeds = c->networkSpeeds();
        d.cudaVersion = c->cudaVersion();
        d.favoriteGpus = c->favoriteGpus();
        d.templateImage = c->defaultTemplate();
        d.preferredGpu = c->defaultGpuType();
        d.gpuCount = c->defaultGpuCount();
        d.networkVolumeId = c->defaultNetworkVolume();
        d.volumeGb = c->volumeGb();
        d.maxResults = c->maxGpusShown();
        d.publishComfyUi = c->publishComfyUi();
    }
    return d;
}

void DesktopApp::openNewPodDialog()
{
    if (m_newPod) {
        m_newPod->raise();
        m_newPod->activateWindow();
        return;
    }
    m_window->bringToFront();
    if (m_s.publicKey.isEmpty()) {
        // A pod created without the key autopod logs in with can never be reached, and bills.
        if (m_noKeyPrompt) {
            m_noKeyPrompt->raise();
            return;
        }
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("No SSH key"),
            tr("autopod has no SSH key to reach a new pod with: a pod accepts only the keys it is created "
               "with, so no pod is created without one. Choose an existing key or generate a new one on the "
               "setup wizard's SSH key page."),
            QMessageBox::Cancel, m_window.get());
        QPushButton* setUp = box->addButton(tr("Set up an SSH key…"), QMessageBox::AcceptRole);
        box->setDefaultButton(setUp);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, setUp] {
            if (box->clickedButton() == setUp) {
                Q_EMIT sshKeySetupRequested();
            }
        });
        m_noKeyPrompt = box;
        box->open();
        return;
    }
    auto* dialog = new NewPodDialog(*m_s.api, newPodDefaults(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewPodDialog::createConfirmed, this, [this, dialog](const api::CreatePodRequest& request) {
        m_creator->create(request, dialog->estimatedCostPerHr());
    });
    connect(dialog, &NewPodDialog::favouritesEdited, this, &DesktopApp::saveFavourites);
    m_newPod = dialog;
    dialog->open();
}

void DesktopApp::saveFavourites(const QStringList& favourites)
{
    // In config.json at once, and in force for the next dialog and `autopod connect` alike.
    QString error;
    if (!m_s.config || !config::saveSetting(*m_s.config, QStringLiteral("filters.favorite_gpus"),
                                            favourites.join(QLatin1Char(',')), &error)) {
        m_window->showMessage(tr("The favourite GPUs could not be saved: %1").arg(error));
    }
}

void DesktopApp::resume(const QString& podId)
{
    const PodRow* row = m_model->find(podId);
    if (!row) {
        return;
    }
    m_pods->setLastError(podId, {});
    m_tray->setConnecting(podId, true);
    m_creator->resume(row->name, podId, qMax(1, row->gpuCount), row->costPerHr);
    m_pods->refreshNow();
}

ComfyUiView* DesktopApp::comfyUiView(const QString& podId) const
{
    return qobject_cast<ComfyUiView*>(m_window->tab(comfyKey(podId)));
}

QWidget* DesktopApp::shellTab(const QString& podId) const
{
    return m_window->tab(shellKey(podId));
}

void DesktopApp::setComfyState(const QString& podId, int status, int port, const QString& detail)
{
    if (ComfyUiView* view = comfyUiView(podId)) {
        view->setTunnelState(static_cast<ComfyUiView::TunnelStatus>(status), port, detail);
    }
}

void DesktopApp::forgetSite(const QString& podId)
{
    // Nothing a terminated pod's ComfyUI stored in its tab (cookies, local storage) is kept.
    if (ComfyUiView* view = comfyUiView(podId)) {
        view->forgetSite();
    }
    ComfyUiView::removeStorage(m_s.webStoragePath, podId);
}

void DesktopApp::watchTunnel(const QString& podId)
{
    if (!m_s.followTunnel || m_watchedTunnels.contains(podId)) {
        return;
    }
    // Reconnects heal by themselves; the tab and the list follow the tunnel's state.
    const bool following = m_s.followTunnel(podId, this, [this, podId](int status, int port, const QString& detail) {
        setComfyState(podId, status, port, detail);
        const auto s = static_cast<ComfyUiView::TunnelStatus>(status);
        if (s == ComfyUiView::TunnelStatus::Connected) {
            m_pods->setLocalUrl(podId, localUrl(port));
            if (m_guard) {
                m_guard->checkNow(podId); // healed after a drop: the guard runs again if it had stopped
            }
        } else if (s == ComfyUiView::TunnelStatus::Failed || s == ComfyUiView::TunnelStatus::Down) {
            m_pods->setLocalUrl(podId, {});
            m_watchedTunnels.remove(podId);
        }
    });
    if (following) {
        m_watchedTunnels.insert(podId);
    }
}

void DesktopApp::openComfyUi(const QString& podId)
{
    const PodRow* row = m_model->find(podId);
    if (!row) {
        return;
    }
    m_window->bringToFront();
    ComfyUiView* view = comfyUiView(podId);
    if (!view) {
        view = new ComfyUiView(ComfyUiView::storagePathFor(m_s.webStoragePath, podId));
        m_window->showTab(comfyKey(podId), view, tr("ComfyUI — %1").arg(row->name));
    } else {
        m_window->showTab(comfyKey(podId), view, {});
    }
    if (!row->localUrl.isEmpty()) {
        const int port = QUrl(row->localUrl).port();
        view->setTunnelState(ComfyUiView::TunnelStatus::Connected, port);
        watchTunnel(podId);
        return;
    }
    if (row->state != PodRow::State::Running && row->state != PodRow::State::Connected) {
        view->setTunnelState(ComfyUiView::TunnelStatus::Down, 0,
                             tr("%1 is %2.").arg(row->name, pods::Presentation::stateText(row->state).toLower()));
        return;
    }
    // A running pod without a tunnel from here: connect (SSH, tunnel, verification) in-process.
    view->setTunnelState(ComfyUiView::TunnelStatus::Connecting, 0);
    m_pods->setLastError(podId, {});
    m_tray->setConnecting(podId, true);
    m_creator->attach(row->name, podId, row->costPerHr);
}

void DesktopApp::openShell(const QString& podId)
{
    const PodRow* row = m_model->find(podId);
    if (!row) {
        return;
    }
    m_window->bringToFront();
    if (QWidget* existing = shellTab(podId)) {
        m_window->showTab(shellKey(podId), existing, {});
        return;
    }
    QString error;
    std::unique_ptr<TerminalSession> session = m_s.shellSessionFor ? m_s.shellSessionFor(*row, &error) : nullptr;
    if (!session) {
        showError(tr("Cannot open a shell"),
                  error.isEmpty() ? tr("%1 has no SSH endpoint yet.").arg(row->name) : error);
        return;
    }
    auto* tab = new ShellTab(row->name, std::move(session));
    m_window->showTab(shellKey(podId), tab, tr("Shell — %1").arg(row->name));
}

void DesktopApp::openLog()
{
    const QString key = QStringLiteral("log");
    if (QWidget* existing = m_window->tab(key)) {
        m_window->showTab(key, existing, {});
        return;
    }
    m_window->showTab(key, new LogViewer(m_s.logFile), tr("Log"));
}

void DesktopApp::showError(const QString& title, const QString& text)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace autopod::gui
