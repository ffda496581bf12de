// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/DesktopRuntime.h"

#include "core/config/Paths.h"
#include "core/lifecycle/PodConnector.h"
#include "core/lifecycle/PodJournal.h"
#include "core/lifecycle/PodStoreJournal.h"
#include "core/lifecycle/SshPodConnector.h"
#include "core/logging/Logging.h"
#include "core/pods/PodStore.h"
#include "core/secrets/SecretStore.h"
#include "core/ssh/SshTarget.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/tunnel/TunnelController.h"
#include "gui/pods/PodRow.h"
#include "gui/terminal/ShellSessionTerminal.h"
#include "gui/web/ComfyUiView.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QUrl>

namespace autopod::gui {

DesktopRuntime::DesktopRuntime(QObject* parent)
    : QObject(parent)
{}

DesktopRuntime::~DesktopRuntime()
{
    // The connector's tunnels end before anything they report to.
    m_connector.reset();
    if (m_loggingUp) {
        logging::shutdown();
    }
}

bool DesktopRuntime::reloadConfig(QString* error)
{
    QString problem;
    if (!m_services.loadConfig(&problem)) {
        *error = tr("%1\n\nFix the file, or move it away and run the setup again.").arg(problem);
        return false;
    }
    return true;
}

bool DesktopRuntime::init(QString* error)
{
    if (!reloadConfig(error)) {
        return false;
    }
    QString logError;
    if (m_services.setupLogging(false, &logError)) {
        m_loggingUp = true;
    } else {
        m_warnings << tr("Logging is off: %1").arg(logError);
    }
    connect(&m_services, &services::Services::warningRaised, this, &DesktopRuntime::warningRaised);
    // The status bar tells the user once that autopod moved to RunPod's REST API.
    connect(&m_services, &services::Services::transportSwitched, this,
            [this](const QString& message, const QString&) { Q_EMIT warningRaised(message); });
    m_services.store(); // loaded now: the window lists its pods from the start
    m_journal = std::make_unique<lifecycle::PodStoreJournal>(m_services.store());
    m_services.api();
    return true;
}

void DesktopRuntime::loadApiKey(std::function<void(bool found, const QString& problem)> done)
{
    m_services.loadApiKey(this, [this, done](const secrets::SecretResult& r) {
        if (!r.ok || r.value.isEmpty()) {
            done(false, r.notFound ? QString() : r.error);
            return;
        }
        if (r.usedFallback) {
            m_warnings << tr("No keychain is available: the API key is read from %1.").arg(config().path());
        }
        done(true, {});
    });
}

QStringList DesktopRuntime::warnings() const
{
    return m_services.warnings() + m_warnings;
}

void DesktopRuntime::resolveIdentity()
{
    m_identity.reset();
    ssh::KeyDiscovery discovery;
    const QString configured = config().sshKeyPath();
    if (!configured.isEmpty()) {
        const ssh::KeyCheck check = ssh::KeyDiscovery::validate(configured);
        if (check.identity.isValid()) {
            m_identity = check.identity;
        }
        if (!check.ok()) {
            m_warnings << check.message;
        }
        if (m_identity) {
            return;
        }
    }
    const ssh::DiscoveryResult found = discovery.discover();
    m_identity = found.preferred();
    if (!m_identity) {
        for (const ssh::KeyCheck& problem : found.problems) {
            m_warnings << problem.message;
        }
    }
}

void DesktopRuntime::fillSettings(DesktopServices& s)
{
    s.config = &config();
    s.api = &m_services.api();
    s.store = &m_services.store();
    s.connectOptions = lifecycle::ConnectOptions::fromConfig(config());
    s.logFile = QDir(config::Paths::logDir()).filePath(QStringLiteral("autopod.log"));
    s.webStoragePath = QDir(config::Paths::home()).filePath(QStringLiteral("webengine/comfyui"));
    s.publicKey = m_identity ? m_identity->publicKeyLine : QString();
    s.sshKeyPath = m_identity ? m_identity->privateKeyPath : QString();
    s.sshKeyText = m_identity ? m_identity->describe() : QString();
}

DesktopServices DesktopRuntime::refreshServices()
{
    m_warnings.clear();
    resolveIdentity();
    if (m_updateConnector) {
        m_updateConnector();
    }
    DesktopServices s;
    fillSettings(s);
    return s;
}

DesktopServices DesktopRuntime::services(QWidget* hostKeyParent)
{
    resolveIdentity();
    DesktopServices s;
    fillSettings(s);
    auto connectorSettings = [this] {
        lifecycle::SshPodConnector::Settings settings;
        if (m_identity) {
            settings.identity = *m_identity;
        }
        settings.knownHostsFile = config::Paths::knownHostsFile();
        settings.runDir = config::Paths::runDir();
        settings.insecureHostKeys = config().insecureHostKeys();
        settings.connectTimeoutMs = config().connectTimeout() * 1000;
        settings.outputsDir = config().outputsDir();
        settings.isPodTracked = [this](const QString& podId) {
            return m_services.store().find(podId).has_value();
        };
        return settings;
    };
    const lifecycle::SshPodConnector::Settings settings = connectorSettings();
    QPointer<QWidget> parent = hostKeyParent;
    // Trust on first use, with the user's consent a new pod's host key is shown once.
    auto decide = [parent](const ssh::HostKeyCheck& check, std::function<void(bool)> answer) {
        // Over whatever window the user is looking at (the creation progress, the main window).
        QWidget* over = parent ? parent.data() : QApplication::activeWindow();
        auto* box = new QMessageBox(QMessageBox::Question, tr("Trust this pod's host key?"), check.explanation(),
                                    QMessageBox::NoButton, over);
        QPushButton* trust = box->addButton(tr("Trust and connect"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(trust);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, box,
                         [box, trust, answer] { answer(box->clickedButton() == trust); });
        box->open();
    };
    auto connector = std::make_unique<lifecycle::SshPodConnector>(settings, decide);
    lifecycle::SshPodConnector* ssh = connector.get();
    connect(ssh, &lifecycle::SshPodConnector::warningRaised, this, &DesktopRuntime::warningRaised);
    m_connector = std::move(connector);
    m_updateConnector = [ssh, connectorSettings] {
        ssh->updateSettings(connectorSettings());
    };
    s.journal = m_journal.get();
    s.connector = m_connector.get();
    s.guard = ssh;
    s.followTunnel = [ssh](const QString& podId, QObject* context, DesktopServices::TunnelListener changed) {
        ssh::TunnelController* tunnel = ssh->tunnel(podId);
        if (!tunnel) {
            return false;
        }
        QObject::connect(tunnel, &ssh::TunnelController::stateChanged, context,
                         [tunnel, changed](ssh::TunnelState state) {
                             changed(int(ComfyUiView::statusFor(state)), tunnel->localPort(), tunnel->failureReason());
                         });
        return true;
    };
    s.shellSessionFor = [ssh](const PodRow& row, QString* error) -> std::unique_ptr<TerminalSession> {
        if (row.sshHost.isEmpty() || row.sshPort <= 0) {
            *error = tr("%1 has no public SSH port yet: wait until it is running.").arg(row.name);
            return nullptr;
        }
        return std::make_unique<ShellSessionTerminal>(
            ssh->targetFor(lifecycle::SshEndpoint{row.id, row.name, row.sshHost, row.sshPort}));
    };
    return s;
}

} // namespace autopod::gui
