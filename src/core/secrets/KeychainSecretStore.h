#pragma once

#include "core/secrets/SecretStore.h"

namespace QKeychain {
class Job;
}

namespace autopod::secrets {

// The API key in the OS keychain (Secret Service on Linux) through QtKeychain, service "autopod".
//
// Where no keychain backend exists (no session bus, no Secret Service: a headless box, CI) the
// key goes to config.json's runpod.api_key instead (file 0600), as the PRD's format allows; every
// such result has usedFallback set and a warning is logged, so the CLI and GUI can say so.
// A key found in config.json while the keychain works is still returned (usedFallback set);
// writing the key to a working keychain removes the plaintext copy from config.json.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static constexpr auto kService = "autopod";
    static constexpr auto kAccount = "runpod-api-key";

    // configPath: the config.json used as the fallback.
    explicit KeychainSecretStore(const QString& configPath, QObject* parent = nullptr);

    void readApiKey(QObject* context, Callback done) override;
    void writeApiKey(const QString& apiKey, QObject* context, Callback done) override;
    void deleteApiKey(QObject* context, Callback done) override;
    QString backendName() const override;

    // Test hook: a different keychain service name, so tests never touch the user's entry.
    void setService(const QString& service) { m_service = service; }

private:
    // True when the job failed because there is no keychain to talk to.
    static bool isNoBackend(const QKeychain::Job* job);
    SecretResult readFallback() const;
    SecretResult writeFallback(const QString& apiKey) const;
    bool removeFallbackCopy(QString* error) const;

    QString m_configPath;
    QString m_service;
    bool m_lastUsedFallback = false;
};

} // namespace autopod::secrets
