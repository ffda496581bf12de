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
class MainWindow;
} // namespace autopod::gui

namespace autopod::test {

// autopod-desktop's object graph (DesktopRuntime + DesktopApp) on a throwaway home, against the
// offline RunPod. The home holds what `autopod config init` leaves behind on a machine without a
// keychain: an ed25519 key pair and config.json with the API key.
class DesktopFixture
{
public:
    DesktopFixture();
    ~DesktopFixture();

    // Starts the simulator, writes the configuration (plus `settings`, config keys and values),
    // starts the app and waits for its first refresh. Empty on success, else what went wrong.
    QString start(const std::vector<std::pair<QString, QString>>& settings = {});

    // Ends the app, then the simulator (and its pods' sshd); the destructor does it too.
    void stop();

    TempHome& home() const { return *m_home; }
    SimulatorProcess& sim() { return m_sim; }
    gui::DesktopRuntime& runtime() const { return *m_runtime; }
    gui::DesktopApp& app() const { return *m_app; }
    gui::MainWindow* window() const;

    // New pod → the first GPU offered → Create pod → confirm, as a user clicks through it. Returns
    // the new pod's id, or empty (and `error`) when no pod was created.
    QString createPodThroughDialog(QString* error);

private:
    std::unique_ptr<TempHome> m_home;
    SimulatorProcess m_sim;
    std::unique_ptr<gui::DesktopRuntime> m_runtime;
    std::unique_ptr<gui::DesktopApp> m_app;
};

} // namespace autopod::test
