#pragma once

#include "gui/pods/PodRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace autopod::api {
class RunPodApi;
}

namespace autopod::gui {

class PodListModel;

// Keeps the pod list true: asks RunPod for the pods on a schedule (every 30 s while something
// bills, every 5 min when all is idle, never in a busy loop) and at once after every action.
// Local facts RunPod cannot know (a tunnel open from this app, an action in flight) are laid
// over RunPod's answer.
class PodsController : public QObject
{
    Q_OBJECT

public:
    static constexpr int activeIntervalMs = 30 * 1000;
    static constexpr int idleIntervalMs = 5 * 60 * 1000;

    PodsController(api::RunPodApi& api, PodListModel& model, QObject* parent = nullptr);

    void start();
    // Coalesces: a refresh already in flight is followed by exactly one more.
    void refreshNow();
    int nextIntervalMs() const;
    bool isRefreshing() const { return m_inFlight; }

    void stopPod(const QString& podId);
    void resumePod(const QString& podId);
    void terminatePod(const QString& podId);

    // Facts only this process knows.
    void setLocalUrl(const QString& podId, const QString& url);
    void setSshKeyPath(const QString& path) { m_sshKeyPath = path; }
    void trackCreating(const PodRow& row); // shows a pod being created before RunPod lists it

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString& message);
    void actionSucceeded(const QString& podId, const QString& message);
    void actionFailed(const QString& podId, const QString& message);

private:
    void onPodsAnswered(const QList<api::Pod>& pods);
    void scheduleNext();
    PodRow rowFor(const api::Pod& pod) const;
    void setOverlayState(const QString& podId, PodRow::State state);

    api::RunPodApi& m_api;
    PodListModel& m_model;
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_again = false;
    QHash<QString, QString> m_localUrls;
    QHash<QString, PodRow::State> m_pendingStates; // Stopping, until RunPod agrees
    QHash<QString, PodRow> m_creating;
    QString m_sshKeyPath;
};

} // namespace autopod::gui
