// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "DesktopFixture.h"

#include "WidgetLookup.h"

#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopRuntime.h"
#include "gui/DesktopSession.h"
#include "gui/GuiResources.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/NewPodDialog.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodsController.h"
#include "gui/wizard/ApiKeyPage.h"
#include "gui/wizard/SetupWizard.h"
#include "gui/wizard/SshKeyPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace autopod::test {

DesktopFixture::DesktopFixture() = default;

DesktopFixture::~DesktopFixture()
{
    stop();
}

void DesktopFixture::stop()
{
    m_session.reset();
    m_sim.stop();
}

gui::DesktopRuntime& DesktopFixture::runtime() const
{
    return m_session->runtime();
}

gui::DesktopApp& DesktopFixture::app() const
{
    return *m_session->app();
}

gui::MainWindow* DesktopFixture::window() const
{
    return m_session && m_session->app() ? m_session->app()->window() : nullptr;
}

bool DesktopFixture::inDemo()
{
    return !qEnvironmentVariableIsEmpty("AUTOPOD_DEMO_SIM_URL");
}

QString DesktopFixture::homePath(const QString& relative) const
{
    return m_home ? m_home->path(relative) : QDir::home().filePath(relative);
}

QString DesktopFixture::startFirstRun()
{
    gui::initResources();
    if (inDemo()) {
        // The demo set HOME, AUTOPOD_HOME, AUTOPOD_API_URL and the keyring's bus; its simulator runs.
        m_sim.attach(QUrl(qEnvironmentVariable("AUTOPOD_DEMO_SIM_URL")));
    } else {
        m_home = std::make_unique<TempHome>();
        if (!m_sim.start(QStringLiteral("fast.json")))
            return QStringLiteral("simulator: ") + m_sim.errorString();
        qputenv("AUTOPOD_API_URL", m_sim.graphqlUrl().toString().toUtf8());
    }
    if (QDir(homePath(QStringLiteral(".ssh"))).exists())
        return QStringLiteral("the new home already has ~/.ssh");
    if (QFileInfo::exists(config::Paths::configFile()))
        return QStringLiteral("the new home already has a config.json");
    m_session = std::make_unique<gui::DesktopSession>();
    if (!m_session->start())
        return QStringLiteral("the app did not start");
    if (!QTest::qWaitFor([this] { return m_session->wizard() != nullptr; }, 20000))
        return QStringLiteral("the first run opened no setup wizard");
    return {};
}

QString DesktopFixture::start(const std::vector<std::pair<QString, QString>>& settings, bool sshKey)
{
    gui::initResources();
    m_home = std::make_unique<TempHome>();
    if (!m_sim.start(QStringLiteral("fast.json")))
        return QStringLiteral("simulator: ") + m_sim.errorString();
    qputenv("AUTOPOD_API_URL", m_sim.graphqlUrl().toString().toUtf8());

    const QString sshDir = m_home->path(QStringLiteral(".ssh"));
    if (sshKey) {
        QDir().mkpath(sshDir);
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                      QString(), QStringLiteral("-f"), sshDir + QStringLiteral("/id_ed25519")});
        if (!keygen.waitForFinished(20000) || keygen.exitCode() != 0)
            return QStringLiteral("ssh-keygen failed");
    }

    QString error;
    if (!config::Paths::ensureHome(&error))
        return error;
    config::Config cfg(config::Paths::configFile());
    std::vector<std::pair<QString, QString>> all{
        {QStringLiteral("runpod.api_key"), QString::fromLatin1(SimulatorProcess::fullAccessKey)},
        {QStringLiteral("ssh.insecure_host_keys"), QStringLiteral("false")}};
    if (sshKey) {
        all.emplace_back(QStringLiteral("runpod.ssh_key_path"), sshDir + QStringLiteral("/id_ed25519"));
    }
    all.insert(all.end(), settings.begin(), settings.end());
    for (const auto& [key, value] : all) {
        if (!cfg.set(key, value, &error))
            return key + QStringLiteral(": ") + error;
    }
    if (!cfg.save(&error))
        return error;

    m_session = std::make_unique<gui::DesktopSession>();
    if (!m_session->start())
        return QStringLiteral("the app did not start");
    QSignalSpy refreshed(m_session->app()->pods(), &gui::PodsController::refreshed);
    if (!refreshed.wait(20000))
        return m_session->wizard() ? QStringLiteral("the API key was not found: the setup wizard opened")
                                   : QStringLiteral("no refresh from the simulator");
    return {};
}

gui::NewPodDialog* DesktopFixture::openNewPodDialog(QString* error)
{
    window()->findChild<QAction*>(QStringLiteral("actionNewPod"))->trigger();
    gui::NewPodDialog* dialog = app().newPodDialog();
    if (!dialog) {
        *error = QStringLiteral("New pod opened no dialog");
        return nullptr;
    }
    QSignalSpy loaded(dialog, &gui::NewPodDialog::offersLoaded);
    if (!loaded.wait(20000) || loaded.first().first().toInt() == 0) {
        *error = QStringLiteral("the new-pod dialog offered no GPU");
        return nullptr;
    }
    return dialog;
}

bool DesktopFixture::confirmCreate(gui::NewPodDialog* dialog, QString* error)
{
    button(dialog, QStringLiteral("&Create pod…"))->click();
    if (!dialog->confirmation()) {
        *error = QStringLiteral("Create pod asked for no confirmation");
        return false;
    }
    button(dialog->confirmation(), QStringLiteral("Create pod"))->click();
    return true;
}

QString DesktopFixture::createPodThroughDialog(QString* error)
{
    gui::NewPodDialog* dialog = openNewPodDialog(error);
    if (!dialog) {
        return {};
    }
    QSignalSpy created(app().creator(), &gui::PodCreator::podCreated);
    if (!confirmCreate(dialog, error)) {
        return {};
    }
    if (!created.wait(30000)) {
        *error = QStringLiteral("no pod was created");
        return {};
    }
    return created.first().first().toString();
}

QString DesktopFixture::changeApiKeyInWizard(const QString& apiKey)
{
    window()->findChild<QAction*>(QStringLiteral("actionSetup"))->trigger();
    if (!QTest::qWaitFor([this] { return m_session->wizard() != nullptr; }, 5000))
        return QStringLiteral("File → Setup wizard opened no wizard");
    gui::SetupWizard* wizard = m_session->wizard();
    auto* keyEdit = wizard->apiKeyPage()->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
    // The wizard shows the key in use first; the user replaces it.
    if (!QTest::qWaitFor([wizard] { return wizard->apiKeyPage()->isComplete(); }, 10000))
        return QStringLiteral("the wizard did not accept the key in use: ") + wizard->apiKeyPage()->statusText();
    keyEdit->setFocus();
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, apiKey);
    if (!QTest::qWaitFor([wizard] { return wizard->apiKeyPage()->state() == gui::ApiKeyPage::State::Valid; }, 10000))
        return QStringLiteral("the wizard did not accept the new key: ") + wizard->apiKeyPage()->statusText();
    wizard->next();
    gui::SshKeyPage* keyPage = wizard->sshKeyPage();
    if (!QTest::qWaitFor([keyPage] { return !keyPage->isDetecting() && keyPage->isComplete(); }, 20000))
        return QStringLiteral("the wizard's SSH key page did not complete: ") + keyPage->statusText();
    wizard->next();
    wizard->next();
    QSignalSpy applied(m_session.get(), &gui::DesktopSession::settingsApplied);
    wizard->button(QWizard::FinishButton)->click();
    if (!applied.wait(15000))
        return QStringLiteral("the running app did not take the saved settings");
    return {};
}

} // namespace autopod::test
