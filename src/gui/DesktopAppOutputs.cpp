// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// DesktopApp's wiring of ComfyUI's outputs around the end of a connection: a stop or terminate
// (the user's, the quit dialog's) and quitting the app first let the pod's copier finish what
// ComfyUI lists and the user's disk lacks, for a bounded time, without blocking the GUI thread.
#include "gui/DesktopApp.h"

#include "core/lifecycle/PodConnector.h"
#include "gui/MainWindow.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/tray/QuitFlow.h"

#include <QLoggingCategory>

#include <memory>

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcAppOutputs, "autopod.desktop.outputs")

// How long a stop, a terminate or a quit waits for the pending copies of one pod (all pods at
// once on a quit). The pod bills meanwhile; a file still not copied then is named to the user.
constexpr int kFinishOutputsMs = 20000;
} // namespace

void DesktopApp::wireOutputs()
{
    m_pods->setBeforeLeavingRunning(
        [this](const QString& podId, std::function<void()> proceed) { finishOutputs(podId, std::move(proceed)); });
    connect(m_quit, &QuitFlow::quitConfirmed, this, &DesktopApp::finishOutputsThenQuit);
}

void DesktopApp::finishOutputs(const QString& podId, std::function<void()> then)
{
    if (!m_s.connector) {
        then();
        return;
    }
    m_s.connector->finishOutputs(podId, kFinishOutputsMs, this,
                                 [this, podId, then = std::move(then)](const lifecycle::OutputsResult& r) {
                                     if (!r.complete) {
                                         tellOutputsNotCopied(podId, r);
                                     }
                                     then();
                                 });
}

void DesktopApp::tellOutputsNotCopied(const QString& podId, const lifecycle::OutputsResult& r)
{
    const PodRow* row = m_model->find(podId);
    const QString name = row && !row->name.isEmpty() ? row->name : podId;
    const QString text =
        r.unlisted || r.notCopied.isEmpty()
            ? tr("Some outputs of %1 may not be on your disk: ComfyUI could not be reached to list them.").arg(name)
            : tr("Not copied to your disk from %1: %2").arg(name, r.notCopied.join(QStringLiteral(", ")));
    qCWarning(lcAppOutputs).noquote() << text;
    m_pods->setLastError(podId, text);
    m_window->showMessage(text);
}

void DesktopApp::finishOutputsThenQuit()
{
    if (m_quitting) {
        return;
    }
    m_quitting = true;
    QStringList podIds;
    for (const PodRow& row : m_model->rows()) {
        if (row.isBilling()) {
            podIds << row.id;
        }
    }
    if (podIds.isEmpty()) {
        m_quitting = false;
        Q_EMIT quitConfirmed();
        return;
    }
    m_window->showMessage(tr("Copying the last outputs before autopod quits…"));
    auto left = std::make_shared<int>(int(podIds.size()));
    for (const QString& podId : std::as_const(podIds)) {
        finishOutputs(podId, [this, left] {
            if (--*left == 0) {
                m_quitting = false;
                Q_EMIT quitConfirmed();
            }
        });
    }
}

} // namespace autopod::gui
