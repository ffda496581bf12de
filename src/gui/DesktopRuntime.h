// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/RunPodApi.h"
#include "core/config/Config.h"
#include "core/services/Services.h"
#include "core/ssh/SshIdentity.h"
#include "gui/DesktopApp.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>
#include <optional>

namespace autopod::api {
class RunPodApi;
}
namespace autopod::lifecycle {
class PodConnector;
class PodJournal;
} // namespace autopod::lifecycle
namespace autopod::pods {
class PodStore;
}
namespace autopod::secrets {
class SecretStore;
}

namespace autopod::gui {

// The services under the desktop app: the core's Services (the same config.json, pods.json,
// keychain entry, logs and RunPod client as the CLI) plus what only the desktop needs, the
// lifecycle's journal and the in-process SSH connector. main.cpp and the end-to-end test both use it.
class DesktopRuntime : public QObject
{
    Q_OBJECT

public:
    explicit DesktopRuntime(QObject* parent = nullptr);
    ~DesktopRuntime() override;

    // Paths, config.json and logging. False with a message for the user (a malformed config.json).
    bool init(QString* error);
    // Reads the API key (keychain, or config.json where there is none); runs `done(found)`.
    void loadApiKey(std::function<void(bool found, const QString& problem)> done);
    // After the setup wizard saved: config.json again, and the key.
    bool reloadConfig(QString* error);

    config::Config& config() { return m_services.config(); }
    secrets::SecretStore& secrets() { return m_services.secrets(); }
    api::RunPodApi& api() { return m_services.api(); }
    pods::PodStore& store() { return m_services.store(); }
    QNetworkAccessManager& network() { return m_services.network(); }
    services::Services& core() { return m_services; }
    bool hasApiKey() const { return m_services.hasApiKey(); }
    // A client for a key being checked by the setup wizard (not stored yet).
    std::unique_ptr<api::RunPodApi> makeApi(const QString& apiKey) { return m_services.makeApi(apiKey); }

    // The services DesktopApp needs; the SSH identity is resolved here (configured key, else the
    // discovery order: ssh-agent, then ~/.ssh's keys). hostKeyParent: where trust-on-first-use questions are shown.
    DesktopServices services(QWidget* hostKeyParent);
    // After the setup wizard saved (config.json reloaded): the identity is resolved again and the
    // connector takes it; returns the services with the values of the new configuration, for
    // DesktopApp::applySettings(). The next action uses them, no restart.
    DesktopServices refreshServices();
    std::optional<ssh::SshIdentity> identity() const { return m_identity; }
    QStringList warnings() const;

Q_SIGNALS:
    void warningRaised(const QString& message);

private:
    void resolveIdentity();
    // The configuration's values in `s` (what needs no new object).
    void fillSettings(DesktopServices& s);

    services::Services m_services;
    std::unique_ptr<lifecycle::PodJournal> m_journal;
    std::unique_ptr<lifecycle::PodConnector> m_connector;
    std::function<void()> m_updateConnector; // hands the current identity and settings to m_connector
    std::optional<ssh::SshIdentity> m_identity;
    QStringList m_warnings;
    bool m_loggingUp = false;
};

} // namespace autopod::gui
