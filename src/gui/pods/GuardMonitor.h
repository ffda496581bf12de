// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/GuardState.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace autopod::lifecycle {
class GuardChannel;
struct GuardResult;
} // namespace autopod::lifecycle
namespace autopod::pods {
class PodStore;
}

namespace autopod::gui {

class PodListModel;
struct PodRow;

// Watches the guard (the watchdog) on every running pod autopod guards: reads its state over SSH
// on the channel's threads (never on the GUI thread) at an interval, writes what it said into
// pods.json (so the details panel, `pod info` and `pods list` show it), and says when the pod is
// not guarded, when the guard will stop the pod within warnSeconds, and when it stopped it. A
// guard that is not running on a running pod (the pod restarted, the process died) is started
// again, at most once per reinstallIntervalMs.
class GuardMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 60 * 1000;
    static constexpr int kReinstallIntervalMs = 10 * 60 * 1000;
    static constexpr qint64 kWarnSeconds = 5 * 60;

    GuardMonitor(lifecycle::GuardChannel& channel, PodListModel& model, pods::PodStore& store,
                 QObject* parent = nullptr);

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    void setReinstallIntervalMs(int ms) { m_reinstallIntervalMs = ms; }
    void start();
    void stop() { m_timer.stop(); }
    // One round now: every guarded running pod (or just `podId`).
    void checkNow(const QString& podId = {});
    // No idle stop within `minutes` (<= 0: the pod's idle period) from now.
    void keep(const QString& podId, int minutes = 0);

    // What the guard said last (valid = false when nothing was read).
    pods::GuardState lastState(const QString& podId) const { return m_states.value(podId); }

Q_SIGNALS:
    // The guard stops the pod within warnSeconds. canKeep: an idle stop, which keep() postpones.
    void stopSoon(const QString& podId, const QString& message, bool canKeep);
    // The stop is no longer near (kept, activity, new limits) or the pod is gone.
    void stopNoLongerSoon(const QString& podId);
    // The pod runs without a guard; told once until it is guarded again.
    void unguarded(const QString& podId, const QString& message);
    // The guard is stopping (or stopped) the pod: `reason` is "idle 30 min", "budget $5.00".
    void guardStopped(const QString& podId, const QString& message);
    void kept(const QString& podId, const QString& message);
    void keepFailed(const QString& podId, const QString& message);

private:
    void checkPod(const PodRow& row);
    void onState(const QString& podId, const lifecycle::GuardResult& result);
    void reinstall(const PodRow& row);
    void checkRecordedErrors();
    void setUnguarded(const QString& podId, const QString& why);
    void writeState(const QString& podId, const pods::GuardState& state, const QString& error);
    QString nameOf(const QString& podId) const;

    lifecycle::GuardChannel& m_connector;
    PodListModel& m_model;
    pods::PodStore& m_store;
    QTimer m_timer;
    int m_reinstallIntervalMs = kReinstallIntervalMs;
    QSet<QString> m_inFlight;
    QHash<QString, pods::GuardState> m_states;
    QHash<QString, QDateTime> m_reinstalledAt;
    QSet<QString> m_warned; // stopSoon said, not yet taken back
    QSet<QString> m_toldUnguarded;
    QSet<QString> m_toldStopped;
};

} // namespace autopod::gui
