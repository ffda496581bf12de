// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "gui/pods/PodRow.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace autopod::api {
class RunPodApi;
}
namespace autopod::lifecycle {
class PodActions;
}
namespace autopod::pods {
class PodStore;
struct PodRecord;
} // namespace autopod::pods

namespace autopod::gui {

class PodListModel;

// Keeps the pod list true: asks RunPod for the pods on a schedule (every 30 s while something
// bills, every 5 min when all is idle, never in a busy loop) and at once after every action.
// With a pod store, the list is the pods autopod tracks (pods.json, shared with the CLI and
// watched, so a pod the CLI creates appears here) reconciled with RunPod's answer; without one,
// RunPod's list as it is. Local facts RunPod cannot know (a tunnel open from this app, an action
// in flight) are laid over it.
class PodsController : public QObject
{
    Q_OBJECT

public:
    static constexpr int activeIntervalMs = 30 * 1000;
    static constexpr int idleIntervalMs = 5 * 60 * 1000;

    PodsController(api::RunPodApi& api, PodListModel& model, QObject* parent = nullptr);

    // pods.json: the pods shown, written back with what RunPod says (PodSync). Optional.
    void setStore(pods::PodStore* store);

    void start();
    // Coalesces: a refresh already in flight is followed by exactly one more.
    void refreshNow();
    int nextIntervalMs() const;
    bool isRefreshing() const { return m_inFlight; }
    void setReadOnlyDeadlineMs(int ms) { m_deadline.setInterval(ms); }

    // Runs before a stop or terminate lets go of the pod (podLeavingRunning closes its tunnel);
    // calls `proceed` when done, on this thread (the desktop first copies the pod's pending outputs).
    using BeforeLeaving = std::function<void(const QString& podId, std::function<void()> proceed)>;
    void setBeforeLeavingRunning(BeforeLeaving hook) { m_beforeLeaving = std::move(hook); }

    void stopPod(const QString& podId);
    void resumePod(const QString& podId);
    void terminatePod(const QString& podId);

    // Pods RunPod lists, named like autopod's, that pods.json does not track (after the last
    // answer; always empty without a store).
    QList<api::Pod> untrackedPods() const { return m_untracked; }
    // Tracks them in pods.json from now on (they become ordinary rows).
    void adoptPods(const QStringList& podIds);

    // Facts only this process knows.
    void setLocalUrl(const QString& podId, const QString& url);
    // The pod's last error (shown in the details panel) until the next action; empty clears it.
    void setLastError(const QString& podId, const QString& message);
    void setSshKeyPath(const QString& path) { m_sshKeyPath = path; }
    // outputs.dir: each pod's row names its folder below it and how many outputs are there.
    void setOutputsRoot(const QString& dir);
    void setOutputsSaved(const QString& podId, int count);
    void trackCreating(const PodRow& row); // shows a pod being created before RunPod lists it

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString& message);
    void actionSucceeded(const QString& podId, const QString& message);
    void actionFailed(const QString& podId, const QString& message);
    // A stop or terminate is under way: whatever holds a connection to the pod should let go.
    void podLeavingRunning(const QString& podId);
    // The set of untrackedPods() changed.
    void untrackedPodsChanged();
    // RunPod confirmed a terminate asked for here: the pod and its volume are gone.
    void podTerminated(const QString& podId);

private:
    void onPodsAnswered(const QList<api::Pod>& pods);
    void rebuild();
    PodRow rowFor(const pods::PodRecord& record) const;
    PodRow withOverlays(PodRow row);
    void scheduleNext();
    PodRow rowFor(const api::Pod& pod) const;
    void setOverlayState(const QString& podId, PodRow::State state);
    void setUntracked(const QList<api::Pod>& pods);
    QString displayName(const QString& podId) const;
    void leaveRunning(const QString& podId, std::function<void()> then);
    void stopNow(const QString& podId);
    void terminateNow(const QString& podId);

    api::RunPodApi& m_api;
    PodListModel& m_model;
    lifecycle::PodActions* m_actions;
    QTimer m_timer;
    QList<api::Pod> m_untracked;
    QTimer m_deadline; // a refresh RunPod leaves unanswered this long shows the list as not refreshed
    bool m_inFlight = false;
    bool m_again = false;
    QHash<QString, QString> m_localUrls;
    QHash<QString, QString> m_lastErrors;
    QHash<QString, PodRow::State> m_pendingStates; // Stopping, until RunPod agrees
    QHash<QString, PodRow> m_creating;
    QString m_sshKeyPath;
    BeforeLeaving m_beforeLeaving;
    QString m_outputsRoot;
    QHash<QString, int> m_outputsSaved; // pod id -> count (read from the pod's folder once, then told)
    pods::PodStore* m_store = nullptr;
    QHash<QString, api::Pod> m_lastPods; // RunPod's last answer, by id
    QSet<QString> m_knownRecords;        // pod ids of pods.json already shown
    bool m_haveAnswer = false;
};

} // namespace autopod::gui
