// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/services/Services.h"

#include "core/api/GraphQlRunPodApi.h"
#include "core/api/RestV2RunPodApi.h"
#include "core/api/SwitchingRunPodApi.h"
#include "core/config/Paths.h"
#include "core/config/SaveSetting.h"
#include "core/logging/Logging.h"
#include "core/pods/PodStore.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>

namespace autopod::services {

namespace {
Q_LOGGING_CATEGORY(lcServices, "autopod.app")
} // namespace

Services::Services(QObject* parent)
    : QObject(parent)
{}

Services::~Services()
{
    // The client's jobs end before the network they use.
    m_api.reset();
}

bool Services::loadConfig(QString* error)
{
    if (!config::Paths::ensureHome(error)) {
        return false;
    }
    const config::ConfigLoadResult loaded = config::Config::load(config::Paths::configFile());
    if (!loaded.ok) {
        *error = loaded.error;
        return false;
    }
    m_config = loaded.config;
    m_warnings << loaded.warnings;
    return true;
}

bool Services::setupLogging(bool verbose, QString* error)
{
    logging::Options o;
    o.dir = config::Paths::logDir();
    o.level = m_config.logLevel();
    o.maxSizeMb = m_config.logMaxSizeMb();
    o.backupCount = m_config.logBackupCount();
    o.alsoStderr = verbose;
    o.stderrLevel = verbose ? QStringLiteral("DEBUG") : QStringLiteral("WARNING");
    if (!logging::setup(o, error)) {
        return false;
    }
    logging::installCrashHandler();
    return true;
}

secrets::SecretStore& Services::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<secrets::KeychainSecretStore>(config::Paths::configFile());
    }
    return *m_secrets;
}

pods::PodStore& Services::store()
{
    if (!m_store) {
        m_store = std::make_unique<pods::PodStore>(config::Paths::podsFile());
        connect(m_store.get(), &pods::PodStore::corruptFileSetAside, this,
                [this](const QString& movedTo, const QString& reason) {
                    Q_EMIT warningRaised(tr("pods.json was unreadable (%1); it was kept as %2.").arg(reason, movedTo));
                });
        QString error;
        if (!m_store->load(&error) && !error.isEmpty()) {
            m_warnings << error;
        }
    }
    return *m_store;
}

void Services::loadApiKey(QObject* context, std::function<void(const secrets::SecretResult&)> done)
{
    secrets().readApiKey(context, [this, done](const secrets::SecretResult& r) {
        if (r.ok && !r.value.isEmpty()) {
            m_apiKey = r.value;
            logging::registerSecret(m_apiKey);
        }
        done(r);
    });
}

api::RunPodApi& Services::api()
{
    if (!m_api) {
        // One client for the whole session; the key is whatever loadApiKey() read last.
        m_api = makeClient([this] { return m_apiKey; }, m_config.lifecycleMaxRetries());
    }
    return *m_api;
}

std::unique_ptr<api::RunPodApi> Services::makeApi(const QString& apiKey, int maxRetries)
{
    logging::registerSecret(apiKey);
    return makeClient([apiKey] { return apiKey; }, maxRetries < 0 ? m_config.lifecycleMaxRetries() : maxRetries);
}

Services::ApiFactory Services::apiFactory(int maxRetries)
{
    return [this, maxRetries](const QString& apiKey) {
        return makeApi(apiKey, maxRetries);
    };
}

std::unique_ptr<api::RunPodApi> Services::makeClient(std::function<QString()> keyProvider, int maxRetries)
{
    const QString transport = m_config.transport();
    auto graphQl = std::make_unique<api::GraphQlRunPodApi>(m_nam, QUrl(m_config.apiUrl()), keyProvider);
    auto rest = std::make_unique<api::RestV2RunPodApi>(m_nam, QUrl(m_config.restUrl()), keyProvider);
    graphQl->setMaxRetries(maxRetries);
    rest->setMaxRetries(maxRetries);
    if (transport == QLatin1String("graphql")) {
        return graphQl;
    }
    if (transport == QLatin1String("rest")) {
        return rest;
    }
    auto client = std::make_unique<api::SwitchingRunPodApi>(std::move(graphQl), std::move(rest));
    connect(client.get(), &api::SwitchingRunPodApi::transportSwitched, this, &Services::onTransportSwitched);
    return client;
}

void Services::onTransportSwitched(const QString& detail)
{
    if (m_switchAnnounced) {
        return; // a second client (a key check) saw it too: remembered and told once
    }
    m_switchAnnounced = true;
    // Remembered in config.json, so the next run starts on REST. Only this key is written: save()
    // re-reads the file and keeps what other processes changed.
    QString error;
    if (!config::saveSetting(m_config, QStringLiteral("runpod.transport"), QStringLiteral("rest"), &error)) {
        qCWarning(lcServices).noquote() << "could not remember the switch to REST in" << m_config.path() << ":"
                                        << error;
        QString ignored;
        m_config.set(QStringLiteral("runpod.transport"), QStringLiteral("rest"), &ignored);
    } else {
        qCInfo(lcServices).noquote() << "runpod.transport set to rest in" << m_config.path();
    }
    Q_EMIT transportSwitched(tr("RunPod has retired its GraphQL API; autopod now uses RunPod's REST API "
                                "(runpod.transport is set to rest)."),
                             detail);
}

} // namespace autopod::services
