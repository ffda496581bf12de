// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/DesktopRuntime.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <memory>

namespace autopod::setup {
class SetupController;
}

namespace autopod::gui {

class DesktopApp;
class SetupWizard;
class SingleInstance;

// autopod-desktop for the process's lifetime: the runtime (services), the app above it, and the
// setup wizard — on the first run (no API key yet) and from the menu. What the wizard saves takes
// effect at once in the running app. main.cpp and the end-to-end tests both run it.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    // Config, logging, services, the window; then the API key, or the wizard when there is none.
    // False when the app cannot start (the message box saying why is shown, and quits when closed)
    // or when another instance runs for this home (handedOver(): it was asked to show itself).
    bool start(bool showWindow = true);
    bool handedOver() const { return m_handedOver; }

    DesktopRuntime& runtime() { return m_runtime; }
    DesktopApp* app() const { return m_app.get(); }
    SetupWizard* wizard() const;

    // Opens the setup wizard (raises it when open); on the SSH key page when `atSshKey`.
    void openWizard(bool firstRun, bool atSshKey = false);

Q_SIGNALS:
    void quitConfirmed();
    // The wizard saved and the running app took the new settings.
    void settingsApplied();

private:
    QElapsedTimer m_started;
    DesktopRuntime m_runtime;
    std::unique_ptr<DesktopApp> m_app;
    std::unique_ptr<setup::SetupController> m_controller;
    QPointer<SetupWizard> m_wizard;
    SingleInstance* m_instance = nullptr;
    bool m_handedOver = false;
};

} // namespace autopod::gui
