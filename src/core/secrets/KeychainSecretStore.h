// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/secrets/SecretStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace autopod::secrets {

// The API key in the OS keychain (Secret Service on Linux) through QtKeychain, service "autopod".
//
// Where no keychain backend exists (no session bus, no Secret Service: a headless box, CI) the
// key goes to config.json's runpod.api_key instead (file 0600), as the format allows; every
// such result has usedFallback set and a warning is logged, so the CLI and GUI can say so.
// Without a session bus (no DBUS_SESSION_BUS_ADDRESS, no $XDG_RUNTIME_DIR/bus) no keychain call
// is made at all: libdbus would autolaunch a bus of its own through X11, on which D-Bus
// activation starts a fresh gnome-keyring that is not the user's. Its first write asks, in a
// prompt on that display, for a password for a new keyring: unseen under Xvfb, so the write is
// never answered and saving waits for the timeout below.
// A key found in config.json while the keychain works is still returned (usedFallback set);
// writing the key to a working keychain removes the plaintext copy from config.json.
//
// A keychain that does not answer (locked, waiting on an unlock prompt nobody sees, a stuck
// daemon) is given timeoutMs() (30 s by default). Then a read falls back to a copy in config.json
// if there is one, else fails saying what to do; a write fails without writing the key in
// plaintext (a locked keychain is not a missing one); a delete removes the config.json copy and
// says the keychain entry may remain. A late answer from the keychain is ignored.
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

    static constexpr int kDefaultTimeoutMs = 30000;

    // Test hook: a different keychain service name, so tests never touch the user's entry.
    void setService(const QString& service) { m_service = service; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    // False when the process has no session bus to reach a Secret Service on without autolaunching one.
    static bool hasSessionBus();
    // The key goes to (or comes from) config.json this time: noted (backendName() says so) and
    // logged with why.
    void noteFallback(const QString& why);
    // True when the job failed because there is no keychain to talk to.
    static bool isNoBackend(const QKeychain::Job* job);
    SecretResult readFallback() const;
    SecretResult writeFallback(const QString& apiKey) const;
    bool removeFallbackCopy(QString* error) const;
    // Starts `job`; exactly one of onFinished (the keychain answered) or onTimeout runs, and what it
    // returns goes to `done` if `context` still exists.
    void startWithTimeout(QKeychain::Job* job, QObject* context, Callback done,
                          std::function<SecretResult(QKeychain::Job*)> onFinished,
                          std::function<SecretResult()> onTimeout);
    QString noAnswerText() const;

    QString m_configPath;
    QString m_service;
    bool m_lastUsedFallback = false;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace autopod::secrets
