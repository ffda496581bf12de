// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "cli/NextStepText.h"
#include "core/pods/PodStore.h"
#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace autopod::cli {

CliContext::CliContext(Terminal& terminal, QObject* parent)
    : QObject(parent)
    , m_terminal(terminal)
{
    connect(&m_services, &services::Services::warningRaised, this, [this](const QString& w) { m_terminal.warning(w); });
    // Told once, when it happens; later runs start on REST and say nothing.
    connect(&m_services, &services::Services::transportSwitched, this,
            [this](const QString& message, const QString&) { m_terminal.warning(message); });
}

CliContext::~CliContext() = default;

void CliContext::finish(int exitCode)
{
    QCoreApplication::exit(exitCode);
}

bool CliContext::loadConfig()
{
    QString error;
    const qsizetype known = m_services.warnings().size();
    if (!m_services.loadConfig(&error)) {
        m_terminal.failure(QStringLiteral("Cannot read the configuration: %1").arg(error));
        m_terminal.error(QStringLiteral("Fix the file, or move it away and run `autopod config init`."));
        return false;
    }
    for (const QString& w : m_services.warnings().mid(known)) {
        m_terminal.warning(w);
    }
    return true;
}

void CliContext::setupLogging(bool verbose)
{
    QString error;
    if (!m_services.setupLogging(verbose, &error)) {
        m_terminal.warning(QStringLiteral("Logging is off: %1").arg(error));
    }
}

secrets::SecretStore& CliContext::secrets()
{
    return m_services.secrets();
}

pods::PodStore& CliContext::store()
{
    const qsizetype known = m_services.warnings().size();
    pods::PodStore& store = m_services.store();
    for (const QString& w : m_services.warnings().mid(known)) {
        m_terminal.warning(w);
    }
    return store;
}

void CliContext::showRetries(api::RunPodApi& client)
{
    // While RunPod does not answer, every command says so and when it tries again.
    connect(&client, &api::RunPodApi::retryScheduled, this,
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
}

std::unique_ptr<api::RunPodApi> CliContext::makeApi(const QString& apiKey, int maxRetries)
{
    auto client = m_services.makeApi(apiKey, maxRetries);
    showRetries(*client);
    return client;
}

void CliContext::withApi(std::function<void(api::RunPodApi*, int)> then)
{
    if (m_apiReady) {
        then(&m_services.api(), Ok);
        return;
    }
    m_services.loadApiKey(this, [this, then](const secrets::SecretResult& r) {
        if (!r.ok || r.value.isEmpty()) {
            if (r.notFound || r.value.isEmpty()) {
                m_terminal.failure(QStringLiteral("No RunPod API key is configured. Run `autopod config init` first."));
            } else {
                m_terminal.failure(
                    QStringLiteral("Cannot read the RunPod API key: %1").arg(withNextStep(r.error, r.nextStep)));
            }
            then(nullptr, ConfigError);
            return;
        }
        m_apiReady = true;
        showRetries(m_services.api());
        then(&m_services.api(), Ok);
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
