// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/UntrackedPodsBanner.h"

#include "core/app/PrintableText.h"
#include "core/pods/PodState.h"
#include "core/pods/Presentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace autopod::gui {

UntrackedPodsBanner::UntrackedPodsBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_adopt(new QPushButton(tr("Track them"), this))
    , m_terminate(new QPushButton(tr("Terminate them…"), this))
{
    setObjectName(QStringLiteral("untrackedPodsBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_adopt->setToolTip(tr("autopod tracks them from now on: their cost is shown and they can be stopped here."));
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_adopt);
    layout->addWidget(m_terminate);
    connect(m_adopt, &QPushButton::clicked, this, [this] { Q_EMIT adoptRequested(ids()); });
    connect(m_terminate, &QPushButton::clicked, this, &UntrackedPodsBanner::confirmTerminate);
    setVisible(false);
}

void UntrackedPodsBanner::setPods(const QList<api::Pod>& pods)
{
    m_pods = pods;
    QStringList lines;
    for (const api::Pod& p : pods) {
        const QString state = pods::Presentation::stateText(pods::stateFor(p)).toLower();
        lines
            << (p.desiredStatus == api::PodStatus::Running
                    ? tr("%1 (%2, %3)").arg(printableLine(p.name), state, pods::Presentation::moneyPerHour(p.costPerHr))
                    : tr("%1 (%2)").arg(printableLine(p.name), state));
    }
    m_label->setText(tr("%n pod(s) on your RunPod account are not tracked by autopod: %1", nullptr, int(pods.size()))
                         .arg(lines.join(QStringLiteral(", "))));
    setVisible(!pods.isEmpty());
}

QString UntrackedPodsBanner::text() const
{
    return m_label->text();
}

QStringList UntrackedPodsBanner::ids() const
{
    QStringList out;
    for (const api::Pod& p : m_pods) {
        out << p.id;
    }
    return out;
}

void UntrackedPodsBanner::confirmTerminate()
{
    const QStringList podIds = ids();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Terminate untracked pods?"),
                                tr("Terminate %n pod(s)? Their disks and volumes are deleted permanently; anything "
                                   "not saved elsewhere is lost.",
                                   nullptr, int(podIds.size())),
                                QMessageBox::Cancel, this);
    QPushButton* terminate = box->addButton(tr("Terminate"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, terminate, podIds] {
        if (box->clickedButton() == terminate) {
            Q_EMIT terminateRequested(podIds);
        }
    });
    box->open();
}

} // namespace autopod::gui
