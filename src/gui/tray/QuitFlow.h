#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QSet>

class QWidget;

namespace autopod::gui {

class PodListModel;
class PodsController;

// Quitting while pods bill asks first: stop them, or keep them running. Stopping waits for
// RunPod to confirm every stop; a stop that fails keeps the app open and says so.
class QuitFlow : public QObject
{
    Q_OBJECT

public:
    QuitFlow(PodListModel& model, PodsController& pods, QWidget* window, QObject* parent = nullptr);

    void requestQuit();
    QMessageBox* activeDialog() const { return m_active; }
    QString question() const;

Q_SIGNALS:
    void quitConfirmed();
    void stopFailed(const QString& message);

private:
    void stopAllThenQuit();

    PodListModel& m_model;
    PodsController& m_pods;
    QPointer<QWidget> m_window;
    QPointer<QMessageBox> m_active;
    QSet<QString> m_stopping;
};

} // namespace autopod::gui
