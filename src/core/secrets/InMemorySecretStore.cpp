// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/secrets/InMemorySecretStore.h"

#include <QCoreApplication>

namespace autopod::secrets {

InMemorySecretStore::InMemorySecretStore(QObject* parent)
    : SecretStore(parent)
{}

void InMemorySecretStore::answer(QObject* context, Callback done, const std::function<void(SecretResult&)>& succeed)
{
    ++m_calls;
    SecretResult r;
    r.usedFallback = m_fallback;
    if (!m_failure.isEmpty()) {
        r.error = m_failure;
    } else {
        succeed(r);
    }
    deliver(context, std::move(done), r);
}

void InMemorySecretStore::readApiKey(QObject* context, Callback done)
{
    answer(context, std::move(done), [this](SecretResult& r) {
        if (!m_key) {
            r.notFound = true;
            r.error =
                QCoreApplication::translate("Secrets", "No RunPod API key is stored. Run the setup to enter one.");
            r.nextStep = NextStep::RunSetup;
            return;
        }
        r.ok = true;
        r.value = *m_key;
    });
}

void InMemorySecretStore::writeApiKey(const QString& apiKey, QObject* context, Callback done)
{
    answer(context, std::move(done), [this, apiKey](SecretResult& r) {
        m_key = apiKey;
        r.ok = true;
    });
}

void InMemorySecretStore::deleteApiKey(QObject* context, Callback done)
{
    answer(context, std::move(done), [this](SecretResult& r) {
        m_key.reset();
        r.ok = true;
    });
}

QString InMemorySecretStore::backendName() const
{
    return QStringLiteral("memory");
}

} // namespace autopod::secrets
