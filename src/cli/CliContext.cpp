#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "core/api/GraphQlRunPodApi.h"
#include "core/config/Paths.h"
#include "core/logging/Logging.h"
#include "core/pods/PodStore.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QUrl>

namespace autopod::cli {

CliContext::CliContext(Terminal& terminal, QObject* parent)
    : QObject(parent)
    , m_terminal(terminal)
{}

CliContext::~CliContext() = default;

void CliContext::finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}

bool CliContext::loadConfig()
{
    QString error;
    if (!config::Paths::ensureHome(&error)) {
        m_terminal.failure(error);
        return false;
    }
    const config::ConfigLoadResult loaded = config::Config::load(config::Paths::configFile());
    if (!loaded.ok) {
        m_terminal.failure(QStringLiteral("Cannot read the configuration: %1").arg(loaded.error));
        m_terminal.error(QStringLiteral("Fix the file, or move it away and run `autopod config init`."));
        return false;
    }
    m_config = loaded.config;
    for (const QString& w : loaded.warnings) {
        m_terminal.warning(w);
    }
    return true;
}

void CliContext::setupLogging(bool verbose)
{
    logging::Options o;
    o.dir = config::Paths::logDir();
    o.level = m_config.logLevel();
    o.maxSizeMb = m_config.logMaxSizeMb();
    o.backupCount = m_config.logBackupCount();
    o.alsoStderr = verbose;
    o.stderrLevel = verbose ? QStringLiteral("DEBUG") : QStringLiteral("WARNING");
    QString error;
    if (!logging::setup(o, &error)) {
        m_terminal.warning(QStringLiteral("Logging is off: %1").arg(error));
        return;
    }
    logging::installCrashHandler();
}

secrets::SecretStore& CliContext::secrets()
{
    if (!m_secrets) {
        m_secrets = std::make_unique<secrets::KeychainSecretStore>(config::Paths::configFile());
    }
    return *m_secrets;
}

pods::PodStore& CliContext::store()
{
    if (!m_store) {
        m_store = std::make_unique<pods::PodStore>(config::Paths::podsFile());
        connect(m_store.get(), &pods::PodStore::corruptFileSetAside, this,
                [this](const QString& movedTo, const QString& reason) {
                    m_terminal.warning(
                        QStringLiteral("pods.json was unreadable (%1); it was kept as %2.").arg(reason, movedTo));
                });
        QString error;
        if (!m_store->load(&error) && !error.isEmpty()) {
            m_terminal.warning(error);
        }
    }
    return *m_store;
}

std::unique_ptr<api::RunPodApi> CliContext::makeApi(const QString& apiKey)
{
    logging::registerSecret(apiKey);
    auto client = std::make_unique<api::GraphQlRunPodApi>(m_nam, QUrl(m_config.apiUrl()), [apiKey] { return apiKey; });
    client->setMaxRetries(m_config.lifecycleMaxRetries());
    // While RunPod does not answer, every command says so and when it tries again.
    connect(client.get(), &api::RunPodApi::retryScheduled, this,
            [this](const QObject*, const QString& operation, int retry, int maxRetries, int delayMs,
                   const QString& reason) {
                if (!m_retriesShownElsewhere) {
                    m_terminal.warning(QStringLiteral("  %1 (%2) — retry %3/%4 in %5s")
                                           .arg(reason, operation)
                                           .arg(retry)
                                           .arg(maxRetries)
                                           .arg(delayMs / 1000.0, 0, 'g', 3));
                }
            });
    return client;
}

void CliContext::withApi(std::function<void(api::RunPodApi*, int)> then)
{
    if (m_api) {
        then(m_api.get(), Ok);
        return;
    }
    secrets().readApiKey(this, [this, then](const secrets::SecretResult& r) {
        if (!r.ok || r.value.isEmpty()) {
            if (r.notFound || r.value.isEmpty()) {
                m_terminal.failure(QStringLiteral("No RunPod API key is configured. Run `autopod config init` first."));
            } else {
                m_terminal.failure(QStringLiteral("Cannot read the RunPod API key: %1").arg(r.error));
            }
            then(nullptr, ConfigError);
            return;
        }
        m_apiKey = r.value;
        m_api = makeApi(m_apiKey);
        then(m_api.get(), Ok);
    });
}

} // namespace autopod::cli

#include "cli/commands/Commands.h"

#include <QTimer>

namespace autopod::cli {

int runEventLoop(std::function<void()> start)
{
    QTimer::singleShot(0, QCoreApplication::instance(), std::move(start));
    return QCoreApplication::exec();
}

} // namespace autopod::cli
