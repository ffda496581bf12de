// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// DesktopApp's wiring of the pod guard: the monitor that reads each guard's state, the tray's
// notifications, the notice with "Keep running".
#include "gui/DesktopApp.h"

#include "core/config/Config.h"
#include "core/lifecycle/GuardChannel.h"
#include "core/pods/PodStore.h"
#include "gui/MainWindow.h"
#include "gui/pods/GuardMonitor.h"
#include "gui/pods/GuardNoticeBanner.h"
#include "gui/pods/GuardSettingsDialog.h"
#include "gui/pods/PodListModel.h"
#include "gui/tray/TrayController.h"

#include <QPushButton>
#include <QSet>

#include <memory>

namespace autopod::gui {

void DesktopApp::wireGuard()
{
    connect(m_window.get(), &MainWindow::guardSettingsRequested, this,
            [this](const QString& podId) { editGuard(podId); });
    if (!m_s.guard || !m_s.store) {
        return;
    }
    m_guard = new GuardMonitor(*m_s.guard, *m_model, *m_s.store, this);
    GuardNoticeBanner* notice = m_window->guardNotice();
    connect(m_guard, &GuardMonitor::stopSoon, this,
            [this, notice](const QString& podId, const QString& message, bool canKeep) {
                notice->showNotice(podId, message, canKeep);
                m_tray->notifyGuardStopSoon(message);
            });
    connect(m_guard, &GuardMonitor::stopNoLongerSoon, notice, &GuardNoticeBanner::clearNotice);
    connect(notice, &GuardNoticeBanner::keepRequested, m_guard, [this](const QString& podId) { m_guard->keep(podId); });
    connect(m_guard, &GuardMonitor::kept, m_window.get(),
            [this](const QString&, const QString& message) { m_window->showMessage(message); });
    connect(m_guard, &GuardMonitor::keepFailed, this, [this, notice](const QString& podId, const QString& message) {
        if (notice->podId() == podId) {
            notice->keepButton()->setEnabled(true);
        }
        showError(tr("Keep running"), message);
    });
    connect(m_guard, &GuardMonitor::unguarded, this, [this](const QString&, const QString& message) {
        m_tray->notifyUnguarded(message);
        m_window->showMessage(message);
    });
    // Said once per stop: when the monitor sees the guard stopping the pod, or else when the list
    // first shows the pod stopped with its guard's reason (also after autopod was closed).
    auto told = std::make_shared<QSet<QString>>();
    connect(m_guard, &GuardMonitor::guardStopped, this, [this, told](const QString& podId, const QString& message) {
        told->insert(podId);
        m_tray->notifyGuardStopped(message);
        m_window->showMessage(message);
    });
    connect(m_model, &PodListModel::stateChanged, this,
            [this, told](const QString& podId, PodRow::State from, PodRow::State to) {
                const PodRow* row = m_model->find(podId);
                if (to != PodRow::State::Stopped) {
                    if (from == PodRow::State::Stopped || from == PodRow::State::Starting) {
                        told->remove(podId); // started again: its next stop is news
                    }
                    return;
                }
                if (!row || row->guardStoppedReason.isEmpty() || told->contains(podId)) {
                    return;
                }
                told->insert(podId);
                const QString message = tr("%1 was stopped by its guard: %2.")
                                            .arg(row->name.isEmpty() ? podId : row->name, row->guardStoppedReason);
                m_tray->notifyGuardStopped(message);
                m_window->showMessage(message);
            });
}

// The guard's limits of one pod, changed by the user: saved in pods.json, and a running pod's guard
// takes them at once (its watchdog is started again with them).
void DesktopApp::editGuard(const QString& podId)
{
    const PodRow* row = m_model->find(podId);
    const auto record = m_s.store ? m_s.store->find(podId) : std::nullopt;
    if (!row || !record) {
        showError(tr("Guard settings"), tr("autopod does not track this pod: it has no guard settings."));
        return;
    }
    const pods::GuardSettings current =
        record->guard ? *record->guard
                      : (m_s.config ? pods::GuardSettings::fromConfig(*m_s.config) : pods::GuardSettings{});
    auto* dialog = new GuardSettingsDialog(row->name, current, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, podId] {
        QString error;
        const auto settings = dialog->settings(&error);
        if (!settings) {
            return; // the dialog does not accept invalid limits
        }
        if (!m_s.store->update(
                podId, [&settings](pods::PodRecord& r) { r.guard = *settings; }, &error)) {
            showError(tr("Guard settings"), tr("Could not save the guard's settings: %1").arg(error));
            return;
        }
        const PodRow* pod = m_model->find(podId);
        const bool up =
            pod && (pod->state == PodRow::State::Running || pod->state == PodRow::State::Connected) && pod->sshPort > 0;
        if (!up || !m_s.guard) {
            m_window->showMessage(tr("Guard of %1: %2. It takes these limits when the pod runs again.")
                                      .arg(pod ? pod->name : podId, settings->describe()));
            return;
        }
        lifecycle::GuardRequest request;
        request.endpoint = lifecycle::SshEndpoint{pod->id, pod->name, pod->sshHost, pod->sshPort};
        request.settings = *settings;
        request.costPerHr = pod->costPerHr;
        request.uptimeSeconds = pod->runtimeSeconds;
        const QString name = pod->name;
        m_s.guard->installGuard(request, this, [this, podId, name, settings](const lifecycle::GuardResult& r) {
            QString writeError;
            m_s.store->update(
                podId,
                [&r](pods::PodRecord& rec) {
                    rec.guardCheckedAt = QDateTime::currentDateTimeUtc();
                    rec.guardStatus = r.ok ? r.state.summary() : QString();
                    rec.guardError = r.ok ? QString() : r.message;
                },
                &writeError);
            if (r.ok) {
                m_window->showMessage(tr("Guard of %1: %2 (%3).").arg(name, settings->describe(), r.state.summary()));
            } else {
                showError(tr("Guard settings"),
                          tr("Saved, but the guard on %1 did not take them: %2. The pod is NOT guarded.")
                              .arg(name, r.message));
            }
        });
    });
    dialog->open();
}

} // namespace autopod::gui
