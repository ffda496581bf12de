// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

class QWidget;

namespace autopod::gui {

class PodListModel;
class PodsController;

// The confirmations in front of the actions that change what is billed, with the same facts the
// CLI shows: the hourly saving of a stop; runtime and total cost before a terminate, with a
// warning when the pod ran long or cost much. Dialogs are window-modal and asynchronous.
class PodActionPrompts : public QObject
{
    Q_OBJECT

public:
    PodActionPrompts(PodListModel& model, PodsController& pods, QWidget* window, QObject* parent = nullptr);

    void setTerminateWarning(double costUsd, qint64 runtimeSeconds);

    void confirmStop(const QString& podId);
    void confirmTerminate(const QString& podId);
    void resume(const QString& podId);

    // The dialog currently asking, for tests.
    QMessageBox* activeDialog() const { return m_active; }

    static QString stopQuestion(const QString& name, double costPerHr);
    QString terminateQuestion(const QString& name, qint64 runtimeSeconds, double totalCost) const;

private:
    PodListModel& m_model;
    PodsController& m_pods;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_active;
    double m_warnCost = 5.0;
    qint64 m_warnRuntime = 4 * 3600;
};

} // namespace autopod::gui
