// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodActionPrompts.h"

#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"

#include <QMessageBox>
#include <QPushButton>

namespace autopod::gui {

PodActionPrompts::PodActionPrompts(PodListModel& model, PodsController& pods, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_pods(pods)
    , m_window(window)
{}

void PodActionPrompts::setTerminateWarning(double costUsd, qint64 runtimeSeconds)
{
    m_warnCost = costUsd;
    m_warnRuntime = runtimeSeconds;
}

QString PodActionPrompts::stopQuestion(const QString& name, double costPerHr)
{
    return tr("Stop %1?\n\nThis saves %2/hr. The pod's volume is kept (its storage is still billed) and you can "
              "resume it later; anything outside the volume is lost.")
        .arg(name, pods::Presentation::money(costPerHr));
}

QString PodActionPrompts::terminateQuestion(const QString& name, qint64 runtimeSeconds, double totalCost) const
{
    QString text = tr("Terminate %1 permanently?\n\nIt ran for %2 and cost %3 in total. Everything on its disk and "
                      "volume is deleted; this cannot be undone.")
                       .arg(name, pods::Presentation::runtime(runtimeSeconds), pods::Presentation::money(totalCost));
    if (totalCost >= m_warnCost || runtimeSeconds >= m_warnRuntime) {
        text += QStringLiteral("\n\n") + tr("Warning: this pod has been running for a long time or has cost a lot. "
                                            "Make sure your outputs are saved elsewhere.");
    }
    return text;
}

void PodActionPrompts::confirmStop(const QString& podId)
{
    const PodRow* row = m_model.find(podId);
    if (!row || m_active) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop pod"), stopQuestion(row->name, row->costPerHr),
                                QMessageBox::Cancel, m_window);
    QPushButton* stop = box->addButton(tr("Stop pod"), QMessageBox::AcceptRole);
    box->setDefaultButton(stop);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, stop, podId] {
        if (box->clickedButton() == stop) {
            m_pods.stopPod(podId);
        }
    });
    m_active = box;
    box->open();
}

void PodActionPrompts::confirmTerminate(const QString& podId)
{
    const PodRow* row = m_model.find(podId);
    if (!row || m_active) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Terminate pod"),
                                terminateQuestion(row->name, row->runtimeSeconds, row->accumulatedCost),
                                QMessageBox::Cancel, m_window);
    QPushButton* kill = box->addButton(tr("Terminate"), QMessageBox::DestructiveRole);
    box->setDefaultButton(qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, kill, podId] {
        if (box->clickedButton() == kill) {
            m_pods.terminatePod(podId);
        }
    });
    m_active = box;
    box->open();
}

void PodActionPrompts::resume(const QString& podId)
{
    m_pods.resumePod(podId);
}

} // namespace autopod::gui
