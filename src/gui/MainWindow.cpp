// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/MainWindow.h"

#include "core/app/AppInfo.h"
#include "core/pods/Presentation.h"
#include "gui/pods/GuardNoticeBanner.h"
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodSortFilterProxy.h"
#include "gui/pods/PodTableLayout.h"
#include "gui/pods/SortArrowStyle.h"
#include "gui/pods/StatusDelegate.h"
#include "gui/pods/UntrackedPodsBanner.h"
#include "ui_MainWindow.h"

#include <QBoxLayout>
#include <QCloseEvent>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace autopod::gui {

namespace {
const char* tabKeyProperty = "autopodTabKey";
}

MainWindow::MainWindow(PodListModel& model, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_model(model)
    , m_proxy(new PodSortFilterProxy(this))
    , m_untracked(new UntrackedPodsBanner)
    , m_guardNotice(new GuardNoticeBanner)
{
    m_ui->setupUi(this);
    m_ui->podsLayout->insertWidget(0, m_untracked);
    m_ui->centralLayout->insertWidget(0, m_guardNotice);
    setWindowIcon(QIcon(QStringLiteral(":/icons/autopod.svg")));
    m_ui->actionNewPod->setIcon(QIcon(QStringLiteral(":/icons/new-pod.svg")));
    m_ui->actionStop->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_ui->actionResume->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    m_ui->actionTerminate->setIcon(QIcon(QStringLiteral(":/icons/terminate.svg")));
    m_ui->actionOpenComfyUi->setIcon(QIcon(QStringLiteral(":/icons/comfyui.svg")));
    m_ui->actionShell->setIcon(QIcon(QStringLiteral(":/icons/shell.svg")));
    m_ui->actionRefresh->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));

    m_proxy->setSourceModel(&m_model);
    QTableView* table = m_ui->podTable;
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(PodListModel::Status, new StatusDelegate(table));
    // Newest first: autopod names its pods by date (autopod-2026-11-30-001).
    table->sortByColumn(PodListModel::Name, Qt::DescendingOrder);
    auto* arrows = new SortArrowStyle;
    arrows->setParent(table->horizontalHeader());
    table->horizontalHeader()->setStyle(arrows);
    // Every column as wide as its widest text, the status as wide as the view leaves it (down to its
    // state word). The default window size (MainWindow.ui) leaves room for all columns, and a wider
    // window goes to the table, not to the details panel.
    new PodTableLayout(table);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);
    // The pods tab stays: only the tabs opened later can be closed.
    m_ui->tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &PodSortFilterProxy::setSearchText);
    connect(m_ui->hideTerminatedCheck, &QCheckBox::toggled, m_proxy, &PodSortFilterProxy::setHideTerminated);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(table, &QTableView::doubleClicked, this, &MainWindow::onDoubleClicked);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &MainWindow::showPodMenu);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
        updateStatusBar();
    });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateStatusBar();
        if (!m_ui->podTable->currentIndex().isValid() && m_proxy->rowCount() > 0) {
            m_ui->podTable->selectRow(0);
        }
    });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateActions();
        updateDetails();
        updateStatusBar();
    });
    connect(m_ui->detailsPanel, &PodDetailsPanel::localUrlActivated, this,
            [this] { Q_EMIT openComfyUiRequested(selectedPodId()); });

    auto withPod = [this](void (MainWindow::*signal)(const QString&)) {
        return [this, signal] {
            const QString id = selectedPodId();
            if (!id.isEmpty()) {
                Q_EMIT(this->*signal)(id);
            }
        };
    };
    connect(m_ui->actionNewPod, &QAction::triggered, this, &MainWindow::newPodRequested);
    connect(m_ui->actionSetup, &QAction::triggered, this, &MainWindow::setupRequested);
    connect(m_ui->actionOpenComfyUi, &QAction::triggered, this, withPod(&MainWindow::openComfyUiRequested));
    connect(m_ui->actionShell, &QAction::triggered, this, withPod(&MainWindow::shellRequested));
    connect(m_ui->actionStop, &QAction::triggered, this, withPod(&MainWindow::stopRequested));
    connect(m_ui->actionResume, &QAction::triggered, this, withPod(&MainWindow::resumeRequested));
    connect(m_ui->actionGuardSettings, &QAction::triggered, this, withPod(&MainWindow::guardSettingsRequested));
    connect(m_ui->actionTerminate, &QAction::triggered, this, withPod(&MainWindow::terminateRequested));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    connect(m_ui->actionLog, &QAction::triggered, this, &MainWindow::logRequested);
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::quitRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // The selected tab takes the keyboard: typing goes to the shell (or ComfyUI), not to a button.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget* w = m_ui->tabs->widget(index); w && index > 0) {
            w->setFocus(Qt::TabFocusReason);
        }
    });
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* w = m_ui->tabs->widget(index);
        if (!w || w == m_ui->podsTab) {
            return;
        }
        const QString key = w->property(tabKeyProperty).toString();
        m_ui->tabs->removeTab(index);
        w->deleteLater();
        Q_EMIT tabClosed(key);
    });

    updateActions();
    updateDetails();
    updateStatusBar();
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::podTable() const
{
    return m_ui->podTable;
}

QTabWidget* MainWindow::tabs() const
{
    return m_ui->tabs;
}

PodDetailsPanel* MainWindow::detailsPanel() const
{
    return m_ui->detailsPanel;
}

QString MainWindow::selectedPodId() const
{
    const QModelIndex current = m_ui->podTable->currentIndex();
    return current.isValid() ? current.data(PodListModel::PodIdRole).toString() : QString();
}

void MainWindow::selectPod(const QString& podId)
{
    const int row = m_model.rowOf(podId);
    if (row < 0) {
        return;
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model.index(row, 0));
    if (proxyIndex.isValid()) {
        m_ui->podTable->selectRow(proxyIndex.row());
        m_ui->podTable->setCurrentIndex(proxyIndex);
    }
}

void MainWindow::addPodAction(QAction* action)
{
    m_extraPodActions.append(action);
}

void MainWindow::showPodMenu(const QPoint& pos)
{
    const QModelIndex index = m_ui->podTable->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    // The menu acts on the row it was opened on: select it first (updateActions() then enables
    // what that pod allows).
    m_ui->podTable->setCurrentIndex(index);
    m_ui->podTable->selectRow(index.row());
    if (m_podMenu) {
        m_podMenu->close();
    }
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("podMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_ui->actionOpenComfyUi);
    menu->addAction(m_ui->actionShell);
    menu->addSeparator();
    menu->addAction(m_ui->actionStop);
    menu->addAction(m_ui->actionResume);
    menu->addAction(m_ui->actionTerminate);
    if (!m_extraPodActions.isEmpty()) {
        menu->addSeparator();
        for (QAction* action : std::as_const(m_extraPodActions)) {
            menu->addAction(action);
        }
    }
    m_podMenu = menu;
    menu->popup(m_ui->podTable->viewport()->mapToGlobal(pos));
}

void MainWindow::onDoubleClicked(const QModelIndex& proxyIndex)
{
    const QString id = proxyIndex.data(PodListModel::PodIdRole).toString();
    const PodRow* row = m_model.find(id);
    if (!row) {
        return;
    }
    if (row->state == PodRow::State::Running || row->state == PodRow::State::Connected) {
        Q_EMIT shellRequested(id);
    } else {
        showMessage(tr("%1 is %2: a shell needs a running pod.")
                        .arg(row->name, pods::Presentation::stateText(row->state).toLower()));
    }
}

void MainWindow::updateActions()
{
    const PodRow* row = m_model.find(selectedPodId());
    const auto state = row ? row->state : PodRow::State::Unknown;
    const bool up = state == PodRow::State::Running || state == PodRow::State::Connected;
    m_ui->actionOpenComfyUi->setEnabled(up);
    m_ui->actionShell->setEnabled(up);
    m_ui->actionStop->setEnabled(row && (up || state == PodRow::State::Starting));
    m_ui->actionResume->setEnabled(state == PodRow::State::Stopped);
    m_ui->actionGuardSettings->setEnabled(row && state != PodRow::State::Terminated &&
                                          state != PodRow::State::Creating);
    m_ui->actionTerminate->setEnabled(row && state != PodRow::State::Terminated && state != PodRow::State::Creating);
}

void MainWindow::updateDetails()
{
    const PodRow* row = m_model.find(selectedPodId());
    m_ui->detailsPanel->setPod(row ? std::optional<PodRow>(*row) : std::nullopt);
}

void MainWindow::updateStatusBar()
{
    const int running = m_model.billingCount();
    if (running == 0) {
        m_ui->statusbar->showMessage(tr("No pod is running: nothing is billed for GPUs."));
    } else {
        const QString total = pods::Presentation::money(m_model.totalCostPerHr());
        m_ui->statusbar->showMessage(running == 1 ? tr("1 pod running, %1/hr in total.").arg(total)
                                                  : tr("%1 pods running, %2/hr in total.").arg(running).arg(total));
    }
}

void MainWindow::showMessage(const QString& text)
{
    m_ui->statusbar->showMessage(text, 10000);
}

void MainWindow::showTab(const QString& key, QWidget* widget, const QString& title)
{
    if (QWidget* existing = tab(key)) {
        m_ui->tabs->setCurrentWidget(existing);
        existing->setFocus(Qt::OtherFocusReason);
        if (widget && widget != existing) {
            widget->deleteLater();
        }
        return;
    }
    widget->setProperty(tabKeyProperty, key);
    m_ui->tabs->setCurrentIndex(m_ui->tabs->addTab(widget, title));
    widget->setFocus(Qt::OtherFocusReason);
}

QWidget* MainWindow::tab(const QString& key) const
{
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        QWidget* w = m_ui->tabs->widget(i);
        if (w->property(tabKeyProperty).toString() == key) {
            return w;
        }
    }
    return nullptr;
}

void MainWindow::closeTab(const QString& key)
{
    if (QWidget* w = tab(key)) {
        m_ui->tabs->removeTab(m_ui->tabs->indexOf(w));
        w->deleteLater();
        Q_EMIT tabClosed(key);
    }
}

void MainWindow::markTabGone(const QString& key, const QString& text)
{
    QWidget* w = tab(key);
    auto* layout = w ? qobject_cast<QBoxLayout*>(w->layout()) : nullptr;
    if (!w) {
        return;
    }
    if (auto* existing = w->findChild<QLabel*>(QStringLiteral("goneLabel"))) {
        existing->setText(text);
        return;
    }
    auto* banner = new QFrame(w);
    banner->setObjectName(QStringLiteral("goneBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(banner);
    auto* label = new QLabel(text, banner);
    label->setObjectName(QStringLiteral("goneLabel"));
    label->setWordWrap(true);
    auto* close = new QPushButton(tr("Close tab"), banner);
    close->setObjectName(QStringLiteral("closeGoneTabButton"));
    row->addWidget(label, 1);
    row->addWidget(close);
    connect(close, &QPushButton::clicked, this, [this, key] { closeTab(key); });
    if (layout) {
        layout->insertWidget(0, banner);
    } else {
        banner->setGeometry(0, 0, w->width(), banner->sizeHint().height());
        banner->show();
    }
    const int index = m_ui->tabs->indexOf(w);
    m_ui->tabs->setTabText(index, tr("%1 (gone)").arg(m_ui->tabs->tabText(index)));
}

void MainWindow::bringToFront()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_keepInTray) {
        hide();
        event->ignore();
        Q_EMIT hiddenToTray();
        return;
    }
    event->ignore();
    Q_EMIT quitRequested();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About autopod"),
                                tr("<b>autopod %1</b><p>Rent a RunPod GPU for ComfyUI in one step, and never "
                                   "forget it running.</p><p>%2</p>")
                                    .arg(AppInfo::version(), AppInfo::versionDetails()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace autopod::gui
