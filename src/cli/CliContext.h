// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Terminal.h"
#include "core/api/RunPodApi.h"
#include "core/config/Config.h"
#include "core/services/Services.h"

#include <QNetworkAccessManager>
#include <QObject>

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
}

namespace autopod::cli {

// The CLI's composition root for one command: the core's Services (configuration, logging, the
// secret store, the pod store, the RunPod client), rendered for a terminal and handed to commands
// by reference.
class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(Terminal& terminal, QObject* parent = nullptr);
    ~CliContext() override;

    Terminal& terminal() { return m_terminal; }

    // config.json (a missing file gives the defaults). False with the message printed.
    bool loadConfig();
    config::Config& config() { return m_services.config(); }
    bool configExists() const { return m_services.config().existed(); }
    // Logging into ~/.autopod/logs per the config (quiet on stderr unless --verbose).
    void setupLogging(bool verbose);

    secrets::SecretStore& secrets();
    pods::PodStore& store(); // loaded on first use (a corrupt file is reported and set aside)
    QNetworkAccessManager& network() { return m_services.network(); }
    services::Services& services() { return m_services; }

    // Reads the API key, then answers an API client using it. On failure prints why and answers
    // nullptr with the exit code (3: no key configured).
    void withApi(std::function<void(api::RunPodApi* api, int exitCode)> then);
    // A client for a key being checked (config init), not stored anywhere yet.
    std::unique_ptr<api::RunPodApi> makeApi(const QString& apiKey, int maxRetries = -1);
    QString apiKey() const { return m_services.apiKey(); }
    // The API clients print each retry ("RunPod answered HTTP 502 (StopPod) — retry 1/10 in 2s")
    // unless something more specific does (a ConnectFlow names the pod and the step).
    void setRetriesShownElsewhere(bool elsewhere) { m_retriesShownElsewhere = elsewhere; }

    // Ends the event loop with this exit code.
    static void finish(int exitCode);

private:
    // Prints the retries of `client` (unless something more specific does).
    void showRetries(api::RunPodApi& client);

    Terminal& m_terminal;
    services::Services m_services;
    bool m_apiReady = false;
    bool m_retriesShownElsewhere = false;
};

} // namespace autopod::cli
