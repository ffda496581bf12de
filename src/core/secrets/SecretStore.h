// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/app/NextStep.h"

#include <QObject>
#include <QString>

#include <functional>

namespace autopod::secrets {

struct SecretResult
{
    bool ok = false;
    QString value;                      // the key, for a successful read
    QString error;                      // for the user; never contains the secret
    bool usedFallback = false;          // read from / written to config.json because no keychain exists
    bool notFound = false;              // a read that found no key anywhere (ok is false)
    NextStep nextStep = NextStep::None; // what the user can do about the error
};

// Where the RunPod API key lives. Asynchronous like the keychain behind it: the callback runs
// later, on the caller's thread, and only while `context` is alive.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void readApiKey(QObject* context, Callback done) = 0;
    virtual void writeApiKey(const QString& apiKey, QObject* context, Callback done) = 0;
    virtual void deleteApiKey(QObject* context, Callback done) = 0;
    // "Secret Service", "config file (no keychain)", "memory": for messages and `config show`.
    virtual QString backendName() const = 0;

protected:
    // Runs `done(result)` on the next event-loop turn if `context` still exists.
    static void deliver(QObject* context, Callback done, SecretResult result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    }
};

} // namespace autopod::secrets
