#include "gui/tray/QuitFlow.h"

#include "core/pods/Presentation.h"
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
        if (m_stopping.remove(podId) && m_stopping.isEmpty()) {
            Q_EMIT quitConfirmed();
        }
    });
    connect(&m_pods, &PodsController::actionFailed, this, [this](const QString& podId, const QString& message) {
        if (m_stopping.contains(podId)) {
            m_stopping.clear();
            Q_EMIT stopFailed(tr("A pod could not be stopped, so autopod stays open: %1").arg(message));
        }
    });
}

QString QuitFlow::question() const
{
    const int n = m_model.billingCount();
    const QString cost = pods::Presentation::money(m_model.totalCostPerHr());
    const QString head = n == 1 ? tr("1 pod still running, costing %1/hr.").arg(cost)
                                : tr("%1 pods still running, costing %2/hr.").arg(n).arg(cost);
    return head + QStringLiteral("\n\n") +
           tr("Stop them before quitting? Stopped pods keep their volume and can be resumed later.");
}

void QuitFlow::requestQuit()
{
    if (m_active || !m_stopping.isEmpty()) {
        return;
    }
    if (m_model.billingCount() == 0) {
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
    for (const PodRow& row : m_model.rows()) {
        if (row.isBilling() && row.state != PodRow::State::Creating) {
            m_stopping.insert(row.id);
        }
    }
    if (m_stopping.isEmpty()) {
        Q_EMIT quitConfirmed();
        return;
    }
    const QSet<QString> ids = m_stopping;
    for (const QString& id : ids) {
        m_pods.stopPod(id);
    }
}

} // namespace autopod::gui
