// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "support/SimulatorProcess.h"
#include "support/TempHome.h"

#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace autopod::gui {
class DesktopApp;
class DesktopRuntime;
class DesktopSession;
class MainWindow;
class NewPodDialog;
} // namespace autopod::gui

namespace autopod::test {

// autopod-desktop's object graph (DesktopSession: DesktopRuntime + DesktopApp + the setup wizard) on a throwaway home,
// against the offline RunPod. The home holds what `autopod config init` leaves behind on a machine without a keychain:
// an ed25519 key pair and config.json with the API key.
class DesktopFixture
{
public:
    DesktopFixture();
    ~DesktopFixture();

    // Starts the simulator, writes the configuration (plus `settings`, config keys and values),
    // starts the app and waits for its first refresh. Empty on success, else what went wrong.
    // Without `sshKey`, the home has no SSH key at all (and none is configured).
    QString start(const std::vector<std::pair<QString, QString>>& settings = {}, bool sshKey = true);
    // Where a newcomer starts: the simulator, an empty home (no config.json, no API key, no ~/.ssh),
    // and the app as autopod-desktop runs it, which opens the setup wizard. Empty on success.
    // Inside `packaging/run-demo.sh --check` (AUTOPOD_DEMO_SIM_URL set) the home, the simulator and
    // the keychain are the demo's own, as its user gets them.
    QString startFirstRun();
    // True inside `packaging/run-demo.sh --check`.
    static bool inDemo();
    // A path under the home the app runs in.
    QString homePath(const QString& relative) const;

    // Ends the app, then the simulator (and its pods' sshd); the destructor does it too.
    void stop();

    TempHome& home() const { return *m_home; }
    SimulatorProcess& sim() { return m_sim; }
    gui::DesktopSession& session() const { return *m_session; }
    gui::DesktopRuntime& runtime() const;
    gui::DesktopApp& app() const;
    gui::MainWindow* window() const;

    // New pod → the first GPU offered → Create pod → confirm, as a user clicks through it. Returns
    // the new pod's id, or empty (and `error`) when no pod was created.
    QString createPodThroughDialog(QString* error);
    // The same in two steps, for a test that changes RunPod in between: New pod, with its GPU offers
    // loaded (null and `error` otherwise); then Create pod… → confirm on that dialog.
    gui::NewPodDialog* openNewPodDialog(QString* error);
    bool confirmCreate(gui::NewPodDialog* dialog, QString* error);
    // File → Setup wizard, a new API key typed and checked, the other pages as they are, Finish;
    // empty once the running app uses the key, else what went wrong.
    QString changeApiKeyInWizard(const QString& apiKey);

private:
    std::unique_ptr<TempHome> m_home;
    SimulatorProcess m_sim;
    std::unique_ptr<gui::DesktopSession> m_session;
};

} // namespace autopod::test
