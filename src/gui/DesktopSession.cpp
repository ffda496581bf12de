// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/DesktopSession.h"

#include "core/config/Paths.h"
#include "core/setup/SetupController.h"
#include "gui/DesktopApp.h"
#include "gui/MainWindow.h"
#include "gui/SingleInstance.h"
#include "gui/wizard/SetupWizard.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QUrl>

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcSession, "autopod.desktop")
}

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
{
    m_started.start();
}

DesktopSession::~DesktopSession()
{
    delete m_wizard;
    m_controller.reset();
    m_app.reset(); // before the runtime whose services it uses
}

SetupWizard* DesktopSession::wizard() const
{
    return m_wizard;
}

bool DesktopSession::start(bool showWindow)
{
    QString error;
    // One instance per autopod home: a second launch shows the first window and ends, before it
    // sets up logging, a tray icon or a poller of its own.
    if (config::Paths::ensureHome(&error)) {
        m_instance = new SingleInstance(QDir(config::Paths::runDir()).filePath(QStringLiteral("desktop.sock")), this);
        if (!m_instance->claim()) {
            m_handedOver = true;
            return false;
        }
    }
    if (!m_runtime.init(&error)) {
        auto* box = new QMessageBox(QMessageBox::Critical, tr("autopod"), error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, &DesktopSession::quitConfirmed);
        box->open();
        return false;
    }
    m_app = std::make_unique<DesktopApp>(m_runtime.services(nullptr));
    if (m_instance) {
        connect(m_instance, &SingleInstance::activationRequested, m_app->window(), &MainWindow::bringToFront);
    }
    connect(m_app.get(), &DesktopApp::quitConfirmed, this, &DesktopSession::quitConfirmed);
    connect(m_app.get(), &DesktopApp::setupRequested, this, [this] { openWizard(false); });
    connect(m_app.get(), &DesktopApp::sshKeySetupRequested, this, [this] { openWizard(false, true); });
    connect(&m_runtime, &DesktopRuntime::warningRaised, m_app->window(), &MainWindow::showMessage);
    m_app->start(showWindow);
    qCInfo(lcSession) << "main window shown after" << m_started.elapsed() << "ms";
    for (const QString& w : m_runtime.warnings()) {
        m_app->window()->showMessage(w);
    }
    m_runtime.loadApiKey([this](bool found, const QString& problem) {
        if (found) {
            m_app->startRefreshing();
            return;
        }
        if (!problem.isEmpty()) {
            m_app->window()->showMessage(problem);
        }
        openWizard(true);
    });
    return true;
}

void DesktopSession::openWizard(bool firstRun, bool atSshKey)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_controller = std::make_unique<setup::SetupController>(m_runtime.core().apiFactory(), m_runtime.secrets(),
                                                            config::Paths::configFile());
    m_wizard = new SetupWizard(*m_controller, m_app->window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (atSshKey && m_runtime.hasApiKey()) {
        m_wizard->setStartId(SetupWizard::SshKeyPageId);
    }
    connect(m_wizard, &SetupWizard::setupSaved, this, [this](const QStringList& warnings) {
        QString error;
        if (!m_runtime.reloadConfig(&error)) {
            m_app->window()->showMessage(error);
        }
        // Everything the wizard saved is in force for the next action: the SSH key (and PUBLIC_KEY
        // of the next pod), the defaults of the new-pod dialog, the connect options.
        m_app->applySettings(m_runtime.refreshServices());
        for (const QString& w : warnings + m_runtime.warnings()) {
            m_app->window()->showMessage(w);
        }
        m_runtime.loadApiKey([this](bool found, const QString& problem) {
            if (found) {
                m_app->startRefreshing();
            } else if (!problem.isEmpty()) {
                m_app->window()->showMessage(problem);
            }
            Q_EMIT settingsApplied();
        });
    });
    connect(m_wizard, &QWizard::rejected, this, [this, firstRun] {
        if (firstRun && !m_runtime.hasApiKey()) {
            m_app->window()->showMessage(
                tr("autopod needs a RunPod API key: open File → Setup wizard when you are ready."));
        }
    });
    m_wizard->open();
}

} // namespace autopod::gui
