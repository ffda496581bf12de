// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodDetailsPanel.h"

#include "core/pods/Presentation.h"
#include "core/pods/StoppedPod.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/StatusChange.h"
#include "pods/ui_PodDetailsPanel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>

namespace autopod::gui {

PodDetailsPanel::PodDetailsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PodDetailsPanel>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    connect(m_ui->copySshButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->sshLine->text()); });
    connect(m_ui->urlValue, &QLabel::linkActivated, this, &PodDetailsPanel::localUrlActivated);
    // Where ComfyUI's outputs of the pod are copied, with a button that opens the folder.
    m_outputsValue = new QLabel(this);
    m_outputsValue->setObjectName(QStringLiteral("outputsValue"));
    m_outputsValue->setWordWrap(true);
    m_outputsValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openOutputs = new QPushButton(tr("Open folder"), this);
    m_openOutputs->setObjectName(QStringLiteral("openOutputsButton"));
    auto* outputsRow = new QHBoxLayout;
    outputsRow->addWidget(m_outputsValue, 1);
    outputsRow->addWidget(m_openOutputs);
    m_ui->form->addRow(tr("Outputs"), outputsRow);
    connect(m_openOutputs, &QPushButton::clicked, this, [this] {
        if (m_row && !m_row->outputsDir.isEmpty() && QDir().mkpath(m_row->outputsDir)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_row->outputsDir));
        }
    });
    // "Running since 10:01 (2 h 14 min)" goes stale while nothing else about the pod changes.
    m_statusTicker.setInterval(30'000);
    connect(&m_statusTicker, &QTimer::timeout, this, &PodDetailsPanel::updateStatusText);
    setPod(std::nullopt);
}

PodDetailsPanel::~PodDetailsPanel() = default;

QString PodDetailsPanel::sshCommandFor(const PodRow& row)
{
    if (row.sshHost.isEmpty() || row.sshPort <= 0) {
        return {};
    }
    QString cmd = QStringLiteral("ssh root@%1 -p %2").arg(row.sshHost).arg(row.sshPort);
    if (!row.sshKeyPath.isEmpty()) {
        QString key = row.sshKeyPath;
        const QString home = QDir::homePath();
        if (key.startsWith(home + QLatin1Char('/'))) {
            key = QStringLiteral("~") + key.mid(home.size());
        }
        cmd += QStringLiteral(" -i ") + key;
    }
    return cmd;
}

void PodDetailsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_row) {
        updateStatusText();
        m_statusTicker.start();
    }
}

void PodDetailsPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_statusTicker.stop(); // no wake-ups while the window sits in the tray
}

QString PodDetailsPanel::statusText() const
{
    return m_ui->statusValue->text();
}

void PodDetailsPanel::updateStatusText()
{
    if (m_row) {
        m_ui->statusValue->setText(
            StatusChange::describe(m_row->state, m_row->lastStatusChange, QDateTime::currentDateTime()));
    }
}

QString PodDetailsPanel::guardText() const
{
    return m_ui->guardValue->text();
}

QString PodDetailsPanel::guardStateText() const
{
    return m_ui->guardStateValue->text();
}

QString PodDetailsPanel::guardStateFor(const PodRow& r)
{
    if (r.state == PodRow::State::Stopped) {
        return r.guardStoppedReason.isEmpty() ? QString() : tr("it stopped the pod: %1").arg(r.guardStoppedReason);
    }
    if (r.state != PodRow::State::Running && r.state != PodRow::State::Connected) {
        return {};
    }
    if (r.guardSettings.isEmpty()) {
        return tr("NOT guarded: autopod set no guard up on this pod");
    }
    if (!r.guardError.isEmpty()) {
        return tr("NOT guarded: %1").arg(r.guardError);
    }
    return r.guardStatus.isEmpty() ? tr("not checked yet") : r.guardStatus;
}

QString PodDetailsPanel::sshCommand() const
{
    return m_ui->sshLine->text();
}

void PodDetailsPanel::setPod(const std::optional<PodRow>& row)
{
    const bool has = row.has_value();
    m_row = row;
    if (has && isVisible()) {
        m_statusTicker.start();
    } else {
        m_statusTicker.stop();
    }
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_ui->titleLabel) {
            w->setEnabled(has);
        }
    }
    if (!has) {
        m_ui->titleLabel->setText(tr("No pod selected"));
        for (QLabel* l : {m_ui->idValue, m_ui->statusValue, m_ui->gpuValue, m_ui->dataCenterValue, m_ui->imageValue,
                          m_ui->volumeValue, m_ui->runtimeValue, m_ui->costValue, m_ui->urlValue, m_ui->lastErrorValue,
                          m_ui->guardValue, m_ui->guardStateValue}) {
            l->clear();
        }
        m_ui->statusValue->setToolTip(QString());
        m_ui->sshLine->clear();
        m_outputsValue->clear();
        return;
    }
    const PodRow& r = *row;
    m_ui->titleLabel->setText(r.name.isEmpty() ? r.id : r.name);
    m_ui->idValue->setText(r.id);
    updateStatusText();
    m_ui->statusValue->setToolTip(r.lastStatusChange); // RunPod's own words, for the curious
    m_ui->gpuValue->setText(r.gpuText());
    m_ui->dataCenterValue->setText(r.dataCenterId);
    m_ui->imageValue->setText(r.imageName);
    m_ui->volumeValue->setText(r.networkVolumeId.isEmpty() ? tr("none") : r.networkVolumeId);
    m_ui->runtimeValue->setText(pods::Presentation::runtime(r.runtimeSeconds));
    if (r.state == PodRow::State::Stopped) {
        // Stopped, a pod bills only for its volume disk.
        const QString storage = pods::StoppedPod::storage(r.volumeGb);
        m_ui->costValue->setText(tr("%1 while stopped, %2 so far")
                                     .arg(storage.isEmpty() ? pods::Presentation::moneyPerHour(0) : storage,
                                          pods::Presentation::money(r.accumulatedCost)));
    } else {
        m_ui->costValue->setText(
            tr("%1/hr, %2 so far")
                .arg(pods::Presentation::money(r.costPerHr), pods::Presentation::money(r.accumulatedCost)));
    }
    if (r.localUrl.isEmpty()) {
        m_ui->urlValue->setText(tr("not connected"));
    } else {
        m_ui->urlValue->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(r.localUrl.toHtmlEscaped()));
    }
    m_ui->lastErrorValue->setText(r.lastError);
    m_ui->lastErrorCaption->setVisible(!r.lastError.isEmpty());
    m_ui->lastErrorValue->setVisible(!r.lastError.isEmpty());
    m_ui->guardValue->setText(r.guardSettings.isEmpty() ? tr("none recorded") : r.guardSettings);
    const QString guardState = guardStateFor(r);
    m_ui->guardStateValue->setText(guardState);
    // An unguarded pod bills until someone stops it: the line stands out.
    const bool up = r.state == PodRow::State::Running || r.state == PodRow::State::Connected;
    const bool unguarded = up && (r.guardSettings.isEmpty() || !r.guardError.isEmpty());
    m_ui->guardStateValue->setStyleSheet(unguarded ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_ui->guardStateCaption->setVisible(!guardState.isEmpty());
    m_ui->guardStateValue->setVisible(!guardState.isEmpty());
    m_outputsValue->setText(r.outputsDir.isEmpty()
                                ? tr("not saved")
                                : tr("%1 saved in %2").arg(r.outputsSaved).arg(QDir::toNativeSeparators(r.outputsDir)));
    m_openOutputs->setEnabled(!r.outputsDir.isEmpty());
    m_ui->sshLine->setText(sshCommandFor(r));
    m_ui->sshLine->setCursorPosition(0);
    m_ui->copySshButton->setEnabled(!m_ui->sshLine->text().isEmpty());
}

} // namespace autopod::gui
