// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/SecretStore.h"

#include <functional>
#include <optional>

namespace autopod::secrets {

// For tests and the demo: keeps the key in memory. Failures can be injected.
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit InMemorySecretStore(QObject* parent = nullptr);

    void readApiKey(QObject* context, Callback done) override;
    void writeApiKey(const QString& apiKey, QObject* context, Callback done) override;
    void deleteApiKey(QObject* context, Callback done) override;
    QString backendName() const override;

    // Test hooks.
    void setStoredKey(const std::optional<QString>& key) { m_key = key; }
    std::optional<QString> storedKey() const { return m_key; }
    void setFailure(const QString& error) { m_failure = error; } // empty = succeed
    void setReportsFallback(bool fallback) { m_fallback = fallback; }
    int callCount() const { return m_calls; }

private:
    // Counts the call, answers the configured failure or what `succeed` makes of the result.
    void answer(QObject* context, Callback done, const std::function<void(SecretResult&)>& succeed);

    std::optional<QString> m_key;
    QString m_failure;
    bool m_fallback = false;
    int m_calls = 0;
};

} // namespace autopod::secrets
