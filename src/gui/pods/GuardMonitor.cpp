// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/GuardMonitor.h"

#include "core/lifecycle/GuardChannel.h"
#include "core/pods/PodStore.h"
#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"

#include <QLoggingCategory>

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcGuardMonitor, "autopod.gui.guard")

bool isUp(const PodRow& row)
{
    return (row.state == PodRow::State::Running || row.state == PodRow::State::Connected) && !row.sshHost.isEmpty() &&
           row.sshPort > 0;
}

lifecycle::SshEndpoint endpointOf(const PodRow& row)
{
    return lifecycle::SshEndpoint{row.id, row.name, row.sshHost, row.sshPort};
}

// The watchdog answered, but it is not installed (PodWatchdog's state command exits 5 with this).
bool notInstalled(const lifecycle::GuardResult& r)
{
    return !r.ok && r.message.contains(QLatin1String("not installed"));
}
} // namespace

GuardMonitor::GuardMonitor(lifecycle::GuardChannel& channel, PodListModel& model, pods::PodStore& store,
                           QObject* parent)
    : QObject(parent)
    , m_connector(channel)
    , m_model(model)
    , m_store(store)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    // An install that failed (the connect flow wrote why) is said at once, not at the next round.
    connect(&m_store, &pods::PodStore::changed, this, &GuardMonitor::checkRecordedErrors);
    connect(&m_model, &PodListModel::stateChanged, this, [this](const QString& podId, PodRow::State, PodRow::State to) {
        if (to != PodRow::State::Running && to != PodRow::State::Connected) {
            m_states.remove(podId);
            if (m_warned.remove(podId)) {
                Q_EMIT stopNoLongerSoon(podId);
            }
        }
    });
}

void GuardMonitor::start()
{
    m_timer.start();
    checkRecordedErrors();
}

QString GuardMonitor::nameOf(const QString& podId) const
{
    const PodRow* row = m_model.find(podId);
    return row && !row->name.isEmpty() ? row->name : podId;
}

void GuardMonitor::checkNow(const QString& podId)
{
    checkRecordedErrors();
    for (const PodRow& row : m_model.rows()) {
        if (podId.isEmpty() || row.id == podId) {
            checkPod(row);
        }
    }
}

void GuardMonitor::checkRecordedErrors()
{
    for (const PodRow& row : m_model.rows()) {
        if (!isUp(row)) {
            continue;
        }
        const auto record = m_store.find(row.id);
        if (record && record->guard && !record->guardError.isEmpty()) {
            setUnguarded(row.id, record->guardError);
        } else if (record && record->guard && !record->guardStatus.isEmpty()) {
            m_toldUnguarded.remove(row.id);
        }
    }
}

void GuardMonitor::setUnguarded(const QString& podId, const QString& why)
{
    if (m_toldUnguarded.contains(podId)) {
        return;
    }
    m_toldUnguarded.insert(podId);
    Q_EMIT unguarded(
        podId,
        tr("%1 is NOT guarded (%2): it will not stop by itself when idle or over budget.").arg(nameOf(podId), why));
}

void GuardMonitor::checkPod(const PodRow& row)
{
    if (!isUp(row) || m_inFlight.contains(row.id)) {
        return;
    }
    const auto record = m_store.find(row.id);
    if (!record || !record->guard || record->guard->isOff()) {
        return; // autopod set no guard up for this pod (or its limits are all off)
    }
    m_inFlight.insert(row.id);
    const QString podId = row.id;
    m_connector.readGuard(endpointOf(row), this, [this, podId](const lifecycle::GuardResult& r) { onState(podId, r); });
}

void GuardMonitor::writeState(const QString& podId, const pods::GuardState& state, const QString& error)
{
    QString writeError;
    m_store.update(
        podId,
        [&](pods::PodRecord& r) {
            r.guardCheckedAt = QDateTime::currentDateTimeUtc();
            if (!error.isEmpty()) {
                r.guardError = error;
                r.guardStatus.clear();
                return;
            }
            r.guardStatus = state.summary();
            r.guardError.clear();
            if (!state.stopping.isEmpty()) {
                r.guardStoppedReason = state.stopping;
            }
        },
        &writeError);
    if (!writeError.isEmpty()) {
        qCWarning(lcGuardMonitor) << "could not write the guard's state of" << podId << ":" << writeError;
    }
}

void GuardMonitor::onState(const QString& podId, const lifecycle::GuardResult& r)
{
    m_inFlight.remove(podId);
    if (!r.attempted) {
        return; // this connector cannot reach a guard
    }
    const PodRow* row = m_model.find(podId);
    if (!row || !isUp(*row)) {
        return; // stopped meanwhile
    }
    if (!r.ok && !notInstalled(r)) {
        // Not reached (the pod is busy, the network is down): the guard's state is unknown, not bad.
        qCInfo(lcGuardMonitor) << "guard of" << podId << "not reached:" << r.message;
        return;
    }
    const pods::GuardState& s = r.state;
    if (r.ok && !s.stopping.isEmpty()) {
        m_states.insert(podId, s);
        writeState(podId, s, {});
        if (!m_toldStopped.contains(podId)) {
            m_toldStopped.insert(podId);
            Q_EMIT guardStopped(podId, tr("The guard is stopping %1: %2.").arg(nameOf(podId), s.stopping));
        }
        if (m_warned.remove(podId)) {
            Q_EMIT stopNoLongerSoon(podId);
        }
        return;
    }
    m_toldStopped.remove(podId);
    if (!r.ok || !s.running) {
        // Installed and dead, or never installed here (the pod restarted with a fresh container disk).
        reinstall(*row);
        return;
    }
    m_states.insert(podId, s);
    writeState(podId, s, {});
    m_toldUnguarded.remove(podId);
    const bool soon = s.action != QLatin1String("none") && s.actionInSeconds >= 0 && s.actionInSeconds <= kWarnSeconds;
    if (soon && !m_warned.contains(podId)) {
        m_warned.insert(podId);
        const bool idle = s.action == QLatin1String("idle");
        const QString message =
            idle ? tr("%1 will be stopped by its guard in %2: %3 without activity.")
                       .arg(nameOf(podId), pods::Presentation::duration(s.actionInSeconds), s.reasonText())
                 : tr("%1 will be stopped by its guard in %2: %3 reached.")
                       .arg(nameOf(podId), pods::Presentation::duration(s.actionInSeconds), s.reasonText());
        Q_EMIT stopSoon(podId, message, idle);
    } else if (!soon && m_warned.remove(podId)) {
        Q_EMIT stopNoLongerSoon(podId);
    }
}

void GuardMonitor::reinstall(const PodRow& row)
{
    const auto record = m_store.find(row.id);
    if (!record || !record->guard) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime last = m_reinstalledAt.value(row.id);
    if (last.isValid() && last.msecsTo(now) < m_reinstallIntervalMs) {
        return;
    }
    m_reinstalledAt.insert(row.id, now);
    qCInfo(lcGuardMonitor) << "the guard of" << row.id << "is not running: starting it again";
    lifecycle::GuardRequest request;
    request.endpoint = endpointOf(row);
    request.settings = *record->guard;
    request.costPerHr = row.costPerHr;
    request.uptimeSeconds = row.runtimeSeconds;
    m_inFlight.insert(row.id);
    const QString podId = row.id;
    m_connector.installGuard(request, this, [this, podId](const lifecycle::GuardResult& r) {
        m_inFlight.remove(podId);
        if (!r.attempted) {
            return;
        }
        if (r.ok) {
            m_states.insert(podId, r.state);
            writeState(podId, r.state, {});
            m_toldUnguarded.remove(podId);
            qCInfo(lcGuardMonitor) << "guard of" << podId << "running again";
            return;
        }
        // The start can report failure for a watchdog that came up a moment later: ask once more
        // before telling the user the pod is unguarded.
        const PodRow* pod = m_model.find(podId);
        if (!pod || !isUp(*pod)) {
            return;
        }
        m_inFlight.insert(podId);
        m_connector.readGuard(endpointOf(*pod), this,
                              [this, podId, failure = r.message](const lifecycle::GuardResult& again) {
                                  m_inFlight.remove(podId);
                                  if (again.ok && again.state.running) {
                                      m_states.insert(podId, again.state);
                                      writeState(podId, again.state, {});
                                      m_toldUnguarded.remove(podId);
                                      return;
                                  }
                                  writeState(podId, {}, failure);
                                  setUnguarded(podId, failure);
                              });
    });
}

void GuardMonitor::keep(const QString& podId, int minutes)
{
    const PodRow* row = m_model.find(podId);
    if (!row || !isUp(*row)) {
        Q_EMIT keepFailed(podId, tr("%1 is not running: there is no stop to postpone.").arg(nameOf(podId)));
        return;
    }
    const auto record = m_store.find(podId);
    if (minutes <= 0) {
        minutes = record && record->guard && record->guard->idleStopMinutes > 0 ? record->guard->idleStopMinutes : 30;
    }
    m_connector.keepGuard(endpointOf(*row), minutes, this, [this, podId, minutes](const lifecycle::GuardResult& r) {
        if (!r.attempted || !r.ok) {
            Q_EMIT keepFailed(podId, tr("Could not reach the guard on %1: %2")
                                         .arg(nameOf(podId), r.attempted ? r.message : tr("no SSH connector")));
            return;
        }
        m_states.insert(podId, r.state);
        writeState(podId, r.state, {});
        if (m_warned.remove(podId)) {
            Q_EMIT stopNoLongerSoon(podId);
        }
        Q_EMIT kept(podId,
                    tr("%1 keeps running: no idle stop for %2. Guard: %3.")
                        .arg(nameOf(podId), pods::Presentation::duration(qint64(minutes) * 60), r.state.summary()));
    });
}

} // namespace autopod::gui
