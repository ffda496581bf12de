// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/config/Config.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace autopod::api {
class RunPodApi;
}
namespace autopod::pods {
class PodStore;
}
namespace autopod::secrets {
class SecretStore;
struct SecretResult;
} // namespace autopod::secrets

namespace autopod::services {

// The services under both front ends (the `autopod` CLI and autopod-desktop), built in one order
// and in one place: configuration (config.json, $AUTOPOD_HOME), logging and the crash handler,
// the secret store (keychain, else the 0600 config fallback), the pod store (pods.json) and the
// RunPod client. The RunPod client is constructed here and nowhere else: the transport, the retry
// budget and where the API key comes from are decided in makeClient().
//
// Each front end owns one Services and renders what it reports (warnings, retries) its own way.
class Services : public QObject
{
    Q_OBJECT

public:
    // Builds a client for a key being checked (first-run setup): not stored anywhere yet.
    using ApiFactory = std::function<std::unique_ptr<api::RunPodApi>(const QString& apiKey)>;

    explicit Services(QObject* parent = nullptr);
    ~Services() override;

    // ~/.autopod (or $AUTOPOD_HOME) and config.json (a missing file gives the defaults). False
    // with *error naming the file and what is wrong; problems that were repaired go to warnings().
    bool loadConfig(QString* error);
    config::Config& config() { return m_config; }
    const config::Config& config() const { return m_config; }

    // Logging into the log directory per the config, then the crash handler. verbose: also on
    // stderr from DEBUG (the CLI's --verbose). False with *error when the log cannot be written.
    bool setupLogging(bool verbose, QString* error);

    secrets::SecretStore& secrets();
    // pods.json, loaded on first use: a file that cannot be read adds to warnings(), a corrupt one
    // is set aside and reported by warningRaised.
    pods::PodStore& store();
    QNetworkAccessManager& network() { return m_nam; }

    // Reads the API key from the secret store and keeps it for api(). `done` runs while `context` lives.
    void loadApiKey(QObject* context, std::function<void(const secrets::SecretResult&)> done);
    QString apiKey() const { return m_apiKey; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    // The session's RunPod client: authenticates with the key loadApiKey() read (read per request,
    // so a key loaded later is used at once), retries on lifecycle.max_retries.
    api::RunPodApi& api();
    // A client for `apiKey` (a key being checked, `config set api-key`), with at most `maxRetries`
    // retries (-1: lifecycle.max_retries). The caller owns it.
    std::unique_ptr<api::RunPodApi> makeApi(const QString& apiKey, int maxRetries = -1);
    // makeApi() as a factory for the first-run setup: few retries, so a key check answers quickly.
    ApiFactory apiFactory(int maxRetries = 1);

    // What went wrong but was repaired or worked around (malformed values, logging off...).
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    // Something the user should read, found after startup (pods.json set aside...).
    void warningRaised(const QString& message);
    // runpod.transport is auto and RunPod's GraphQL API signalled its retirement: the client moved
    // to REST v2 and config.json now says rest. Emitted once per process; `message` is for the user,
    // `detail` what RunPod said.
    void transportSwitched(const QString& message, const QString& detail);

private:
    void onTransportSwitched(const QString& detail);

    std::unique_ptr<api::RunPodApi> makeClient(std::function<QString()> keyProvider, int maxRetries);

    config::Config m_config;
    QNetworkAccessManager m_nam;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<pods::PodStore> m_store;
    std::unique_ptr<api::RunPodApi> m_api;
    QString m_apiKey;
    QStringList m_warnings;
    bool m_switchAnnounced = false;
};

} // namespace autopod::services
