// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/tray/QuitFlow.h"

#include "core/pods/Presentation.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"

#include <QMessageBox>
#include <QPushButton>

namespace autopod::gui {

QuitFlow::QuitFlow(PodListModel& model, PodsController& pods, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_pods(pods)
    , m_window(window)
{
    connect(&m_pods, &PodsController::actionSucceeded, this, [this](const QString& podId) {
        if (m_stopping.remove(podId)) {
            quitWhenDone();
        }
    });
    connect(&m_pods, &PodsController::actionFailed, this, [this](const QString& podId, const QString& message) {
        if (m_stopping.contains(podId)) {
            m_stopping.clear();
            Q_EMIT stopFailed(tr("A pod could not be stopped, so autopod stays open: %1").arg(message));
        }
    });
}

void QuitFlow::setCreator(PodCreator* creator)
{
    m_creator = creator;
}

int QuitFlow::podsInFlight() const
{
    if (!m_creator) {
        return 0;
    }
    int n = 0;
    for (const QString& podId : m_creator->podsInFlight()) {
        const PodRow* row = podId.isEmpty() ? nullptr : m_model.find(podId);
        if (!row || !row->isBilling()) {
            ++n; // not created yet ("Requesting pod…"), or being resumed from Stopped
        }
    }
    return n;
}

QString QuitFlow::question() const
{
    const int n = m_model.billingCount();
    const int starting = podsInFlight();
    const QString cost = pods::Presentation::money(m_model.totalCostPerHr());
    QString head;
    if (n > 0) {
        head = n == 1 ? tr("1 pod still running, costing %1/hr.").arg(cost)
                      : tr("%1 pods still running, costing %2/hr.").arg(n).arg(cost);
    }
    if (starting > 0) {
        if (!head.isEmpty()) {
            head += QLatin1Char(' ');
        }
        head += starting == 1
                    ? tr("1 pod being created or resumed right now: RunPod may bill for it already.")
                    : tr("%1 pods being created or resumed right now: RunPod may bill for them already.").arg(starting);
    }
    return head + QStringLiteral("\n\n") +
           tr("Stop them before quitting? Stopped pods keep their volume and can be resumed later.");
}

void QuitFlow::requestQuit()
{
    if (m_active || !m_stopping.isEmpty() || m_waitingForFlows) {
        return;
    }
    if (m_model.billingCount() == 0 && podsInFlight() == 0) {
        Q_EMIT quitConfirmed();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Quit autopod"), question(), QMessageBox::Cancel, m_window);
    QPushButton* stop = box->addButton(tr("Stop them and quit"), QMessageBox::AcceptRole);
    QPushButton* keep = box->addButton(tr("Keep them running and quit"), QMessageBox::DestructiveRole);
    box->setDefaultButton(stop);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, stop, keep] {
        if (box->clickedButton() == stop) {
            stopAllThenQuit();
        } else if (box->clickedButton() == keep) {
            Q_EMIT quitConfirmed();
        }
    });
    m_active = box;
    box->open();
}

void QuitFlow::stopAllThenQuit()
{
    // The flows in flight end with their pods stopped (or terminated when they never started):
    // the flow applies that to whatever its create or resume returns.
    QSet<QString> flowPods;
    if (m_creator && m_creator->hasFlowsInFlight()) {
        for (const QString& id : m_creator->podsInFlight()) {
            flowPods.insert(id);
        }
        m_waitingForFlows = true;
        connect(
            m_creator, &PodCreator::allFlowsFinished, this,
            [this] {
                if (m_waitingForFlows) {
                    m_waitingForFlows = false;
                    quitWhenDone();
                }
            },
            Qt::SingleShotConnection);
        m_creator->cancelAll();
    }
    for (const PodRow& row : m_model.rows()) {
        if (row.isBilling() && row.state != PodRow::State::Creating && !flowPods.contains(row.id)) {
            m_stopping.insert(row.id);
        }
    }
    const QSet<QString> ids = m_stopping;
    for (const QString& id : ids) {
        m_pods.stopPod(id);
    }
    quitWhenDone();
}

void QuitFlow::quitWhenDone()
{
    if (m_stopping.isEmpty() && !m_waitingForFlows) {
        Q_EMIT quitConfirmed();
    }
}

} // namespace autopod::gui
