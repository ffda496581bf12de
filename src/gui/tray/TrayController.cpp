// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/tray/TrayController.h"

#include "core/pods/Cost.h"
#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"

#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace autopod::gui {

TrayController::TrayController(PodListModel& model, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/tray.svg")), this))
{
    m_clock.start();
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT showWindowRequested();
        }
    });
    connect(&m_model, &PodListModel::rowsRefreshed, this, [this] { observe(m_clock.elapsed()); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &TrayController::rebuildMenu);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TrayController::rebuildMenu);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &TrayController::rebuildMenu);
    connect(&m_model, &PodListModel::stateChanged, this, &TrayController::onStateChanged);
    rebuildMenu();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::show()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return false;
    }
    m_icon->show();
    return true;
}

bool TrayController::isVisible() const
{
    return m_icon->isVisible();
}

void TrayController::observe(qint64 nowMs)
{
    m_meter.observe(m_model.rows(), nowMs);
    rebuildMenu();
}

QString TrayController::costPerHrText() const
{
    const int n = m_model.billingCount();
    if (n == 0) {
        return tr("No pod running");
    }
    const QString cost = pods::Presentation::money(m_model.totalCostPerHr());
    return n == 1 ? tr("1 pod running: %1/hr").arg(cost) : tr("%1 pods running: %2/hr").arg(n).arg(cost);
}

QString TrayController::sessionCostText() const
{
    return tr("This session: %1").arg(pods::Presentation::money(m_meter.sessionCost()));
}

QString TrayController::stoppedStorageText() const
{
    int stopped = 0;
    double perHour = 0;
    for (const PodRow& row : m_model.rows()) {
        if (row.state == PodRow::State::Stopped && row.volumeGb > 0) {
            ++stopped;
            perHour += pods::Cost::stoppedStoragePerHour(row.volumeGb);
        }
    }
    if (stopped == 0) {
        return {};
    }
    return tr("%n stopped pod(s): %1 storage", nullptr, stopped).arg(pods::Presentation::moneyPerHour(perHour));
}

QString TrayController::toolTipText() const
{
    QString text = tr("autopod") + QLatin1Char('\n') + costPerHrText() + QLatin1Char('\n') + sessionCostText();
    if (const QString storage = stoppedStorageText(); !storage.isEmpty()) {
        text += QLatin1Char('\n') + storage;
    }
    return text;
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(costPerHrText())->setEnabled(false);
    m_menu->addAction(sessionCostText())->setEnabled(false);
    if (const QString storage = stoppedStorageText(); !storage.isEmpty()) {
        m_menu->addAction(storage)->setEnabled(false);
    }
    m_menu->addSeparator();

    for (const PodRow& row : m_model.rows()) {
        if (row.state == PodRow::State::Terminated) {
            continue;
        }
        QString title = row.name.isEmpty() ? row.id : row.name;
        title += QStringLiteral(" — ") + pods::Presentation::stateText(row.state);
        if (row.runtimeSeconds > 0 || row.accumulatedCost > 0) {
            title += QStringLiteral(" — ") + tr("%1, %2 so far")
                                                 .arg(pods::Presentation::runtime(row.runtimeSeconds),
                                                      pods::Presentation::money(row.accumulatedCost));
        }
        if (row.isBilling() && row.costPerHr > 0) {
            title += QStringLiteral(" — ") + pods::Presentation::moneyPerHour(row.costPerHr);
        }
        QMenu* sub = m_menu->addMenu(title);
        const QString id = row.id;
        const bool up = row.state == PodRow::State::Running || row.state == PodRow::State::Connected;
        QAction* open = sub->addAction(tr("Open ComfyUI"));
        open->setEnabled(up);
        connect(open, &QAction::triggered, this, [this, id] { Q_EMIT openComfyUiRequested(id); });
        QAction* shell = sub->addAction(tr("Shell"));
        shell->setEnabled(up);
        connect(shell, &QAction::triggered, this, [this, id] { Q_EMIT shellRequested(id); });
        sub->addSeparator();
        if (row.state == PodRow::State::Stopped) {
            QAction* resume = sub->addAction(tr("Resume"));
            connect(resume, &QAction::triggered, this, [this, id] { Q_EMIT resumeRequested(id); });
        } else {
            QAction* stop = sub->addAction(tr("Stop"));
            stop->setEnabled(row.isBilling() && row.state != PodRow::State::Stopping);
            connect(stop, &QAction::triggered, this, [this, id] { Q_EMIT stopRequested(id); });
        }
        QAction* terminate = sub->addAction(tr("Terminate…"));
        connect(terminate, &QAction::triggered, this, [this, id] { Q_EMIT terminateRequested(id); });
    }
    if (!m_model.rows().isEmpty()) {
        m_menu->addSeparator();
    }

    connect(m_menu->addAction(tr("Show autopod")), &QAction::triggered, this, &TrayController::showWindowRequested);
    connect(m_menu->addAction(tr("New pod…")), &QAction::triggered, this, &TrayController::newPodRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);

    m_icon->setToolTip(toolTipText());
}

void TrayController::onStateChanged(const QString& podId, PodRow::State from, PodRow::State to)
{
    const PodRow* row = m_model.find(podId);
    if (!row) {
        return;
    }
    const bool wasWaiting = from == PodRow::State::Creating || from == PodRow::State::Starting;
    if (wasWaiting && !m_connecting.contains(podId) &&
        (to == PodRow::State::Running || to == PodRow::State::Connected)) {
        notifyPodReady(row->name, row->localUrl);
    }
}

void TrayController::setConnecting(const QString& podId, bool connecting)
{
    if (connecting) {
        m_connecting.insert(podId);
    } else {
        m_connecting.remove(podId);
    }
}

void TrayController::notifyKeptRunningInTray()
{
    const int billing = m_model.billingCount();
    if (m_toldKeptRunning || billing == 0) {
        return;
    }
    m_toldKeptRunning = true;
    const QString title = tr("autopod keeps running");
    const QString cost = pods::Presentation::money(m_model.totalCostPerHr());
    const QString message =
        billing == 1 ? tr("The window is closed, and 1 pod keeps billing (%1/hr). autopod stays in the tray; quit "
                          "it from the tray menu.")
                           .arg(cost)
                     : tr("The window is closed, and %1 pods keep billing (%2/hr). autopod stays in the tray; "
                          "quit it from the tray menu.")
                           .arg(billing)
                           .arg(cost);
    Q_EMIT notified(title, message);
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, message, QSystemTrayIcon::Information);
    }
}

void TrayController::notifyPodReady(const QString& podName, const QString& localUrl)
{
    const QString title = tr("Pod ready");
    const QString message = localUrl.isEmpty() ? tr("%1 is running.").arg(podName)
                                               : tr("%1 is running. ComfyUI: %2").arg(podName, localUrl);
    Q_EMIT notified(title, message);
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, message, QSystemTrayIcon::Information);
    }
}

void TrayController::notifyUntracked(const QStringList& podNames)
{
    if (podNames.isEmpty()) {
        return;
    }
    const QString title = tr("Pods not tracked by autopod");
    const QString message =
        tr("%n pod(s) on your RunPod account may be billing without autopod tracking them: %1. Track or terminate "
           "them from the main window.",
           nullptr, int(podNames.size()))
            .arg(podNames.join(QStringLiteral(", ")));
    Q_EMIT notified(title, message);
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, message, QSystemTrayIcon::Warning);
    }
}

void TrayController::notifyPolicyAction(const QString& podName, lifecycle::FailureAction action, const QString& what)
{
    QString title;
    auto icon = QSystemTrayIcon::Warning;
    switch (action) {
    case lifecycle::FailureAction::Stopped:
        title = tr("Pod stopped to save costs");
        break;
    case lifecycle::FailureAction::Terminated:
        title = tr("Pod terminated to save costs");
        break;
    case lifecycle::FailureAction::ActionFailed:
        title = tr("Pod may still be billing");
        icon = QSystemTrayIcon::Critical;
        break;
    default:
        return; // nothing was done to a pod that costs money
    }
    const QString message = tr("%1: %2").arg(podName, what);
    Q_EMIT notified(title, message);
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, message, icon);
    }
}

void TrayController::notify(const QString& title, const QString& message, int icon)
{
    Q_EMIT notified(title, message);
    if (m_icon->isVisible()) {
        m_icon->showMessage(title, message, static_cast<QSystemTrayIcon::MessageIcon>(icon));
    }
}

void TrayController::notifyGuardStopSoon(const QString& message)
{
    notify(tr("Pod stops soon"), message, QSystemTrayIcon::Warning);
}

void TrayController::notifyGuardStopped(const QString& message)
{
    notify(tr("Pod stopped by its guard"), message, QSystemTrayIcon::Information);
}

void TrayController::notifyUnguarded(const QString& message)
{
    notify(tr("Pod not guarded"), message, QSystemTrayIcon::Critical);
}

} // namespace autopod::gui
