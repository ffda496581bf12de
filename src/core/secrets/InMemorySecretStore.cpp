#include "core/secrets/InMemorySecretStore.h"

namespace autopod::secrets {

InMemorySecretStore::InMemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

void InMemorySecretStore::readApiKey(QObject* context, Callback done)
{
    ++m_calls;
    SecretResult r;
    r.usedFallback = m_fallback;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else if (!m_key) {
        r.notFound = true;
        r.error = QStringLiteral("No RunPod API key is stored. Run `autopod config init`.");
    } else {
        r.ok = true;
        r.value = *m_key;
    }
    deliver(context, std::move(done), r);
}

void InMemorySecretStore::writeApiKey(const QString& apiKey, QObject* context, Callback done)
{
    ++m_calls;
    SecretResult r;
    r.usedFallback = m_fallback;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else {
        m_key = apiKey;
        r.ok = true;
    }
    deliver(context, std::move(done), r);
}

void InMemorySecretStore::deleteApiKey(QObject* context, Callback done)
{
    ++m_calls;
    SecretResult r;
    r.usedFallback = m_fallback;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else {
        m_key.reset();
        r.ok = true;
    }
    deliver(context, std::move(done), r);
}

QString InMemorySecretStore::backendName() const
{
    return QStringLiteral("memory");
}

} // namespace autopod::secrets
