// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>

#include "core/config/Config.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

namespace autopod::secrets {

namespace {
Q_LOGGING_CATEGORY(lcSecrets, "autopod.secrets")

const char* fallbackWarning()
{
    return "No OS keychain is available (no Secret Service on the session bus); the RunPod API key is kept "
           "in config.json (permissions 0600) instead";
}
} // namespace

KeychainSecretStore::KeychainSecretStore(const QString& configPath, QObject* parent)
    : SecretStore(parent)
    , m_configPath(configPath)
    , m_service(QString::fromLatin1(kService))
{}

QString KeychainSecretStore::backendName() const
{
    return m_lastUsedFallback ? QCoreApplication::translate("Secrets", "config file (no keychain available)")
                              : QCoreApplication::translate("Secrets", "OS keychain (Secret Service)");
}

bool KeychainSecretStore::hasSessionBus()
{
    // Where libdbus and GDBus look for the session bus before they autolaunch one through X11.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return true;
    }
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(QDir(runtimeDir).filePath(QStringLiteral("bus")));
}

void KeychainSecretStore::noteFallback(const QString& why)
{
    m_lastUsedFallback = true;
    qCWarning(lcSecrets, "%s (%s)", fallbackWarning(), qUtf8Printable(why));
}

bool KeychainSecretStore::isNoBackend(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return true;
    case QKeychain::OtherError: {
        // Without a session bus or a Secret Service, libsecret answers OtherError with a D-Bus
        // message; a locked or refusing keychain is not a reason to write the key in plaintext.
        const QString e = job->errorString().toLower();
        // Seen in tests: "Cannot autolaunch D-Bus without X11 $DISPLAY" (no bus address) and "Could
        // not connect: No such file or directory" (a bus address that leads nowhere). A bus without
        // any keyring names org.freedesktop.secrets as "not provided by any .service files".
        return e.contains(QLatin1String("d-bus")) || e.contains(QLatin1String("dbus")) ||
               e.contains(QLatin1String("could not connect")) || e.contains(QLatin1String("org.freedesktop.secrets")) ||
               e.contains(QLatin1String("not provided by any .service")) || e.contains(QLatin1String("secret service"));
    }
    default:
        return false;
    }
}

SecretResult KeychainSecretStore::readFallback() const
{
    SecretResult r;
    r.usedFallback = true;
    const config::ConfigLoadResult loaded = config::Config::load(m_configPath);
    if (!loaded.ok) {
        r.error = loaded.error;
        return r;
    }
    const QString key = loaded.config.apiKey();
    if (key.isEmpty()) {
        r.notFound = true;
        r.error = QCoreApplication::translate("Secrets", "No RunPod API key is stored. Run the setup to enter one.");
        r.nextStep = NextStep::RunSetup;
        return r;
    }
    r.ok = true;
    r.value = key;
    return r;
}

SecretResult KeychainSecretStore::writeFallback(const QString& apiKey) const
{
    SecretResult r;
    r.usedFallback = true;
    config::ConfigLoadResult loaded = config::Config::load(m_configPath);
    if (!loaded.ok) {
        r.error = loaded.error;
        return r;
    }
    QString error;
    if (!loaded.config.set(QStringLiteral("runpod.api_key"), apiKey, &error) || !loaded.config.save(&error)) {
        // The message names the key setting, never the value.
        r.error =
            QCoreApplication::translate("Secrets", "Could not store the API key in %1: %2").arg(m_configPath, error);
        return r;
    }
    r.ok = true;
    return r;
}

bool KeychainSecretStore::removeFallbackCopy(QString* error) const
{
    config::ConfigLoadResult loaded = config::Config::load(m_configPath);
    if (!loaded.ok) {
        if (error) {
            *error = loaded.error;
        }
        return false;
    }
    if (loaded.config.apiKey().isEmpty() || !loaded.config.existed()) {
        return true;
    }
    return loaded.config.unset(QStringLiteral("runpod.api_key"), error) && loaded.config.save(error);
}

void KeychainSecretStore::startWithTimeout(QKeychain::Job* job, QObject* context, Callback done,
                                           std::function<SecretResult(QKeychain::Job*)> onFinished,
                                           std::function<SecretResult()> onTimeout)
{
    QPointer<QObject> guard(context);
    auto deliverResult = [guard, done = std::move(done)](const SecretResult& r) {
        if (guard) {
            done(r);
        }
    };
    job->setAutoDelete(true);
    job->setKey(QString::fromLatin1(kAccount));
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    connect(job, &QKeychain::Job::finished, this,
            [answered, timer, deliverResult, onFinished = std::move(onFinished)](QKeychain::Job* j) {
                if (*answered) {
                    qCInfo(lcSecrets,
                           "The keychain answered after autopod had stopped waiting; that answer is ignored");
                    return;
                }
                *answered = true;
                timer->deleteLater();
                deliverResult(onFinished(j));
            });
    connect(timer, &QTimer::timeout, this, [this, answered, timer, deliverResult, onTimeout = std::move(onTimeout)] {
        if (*answered) {
            return;
        }
        *answered = true;
        timer->deleteLater();
        qCWarning(lcSecrets, "The OS keychain did not answer within %d ms (locked, or waiting for an unlock prompt?)",
                  m_timeoutMs);
        deliverResult(onTimeout());
    });
    timer->start(m_timeoutMs);
    job->start();
}

QString KeychainSecretStore::noAnswerText() const
{
    return QCoreApplication::translate(
               "Secrets", "The OS keychain did not answer within %1 s: it may be locked and waiting for you to unlock "
                          "it (look for a password prompt), or its service is stuck.")
        .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
}

void KeychainSecretStore::readApiKey(QObject* context, Callback done)
{
    if (!hasSessionBus()) {
        noteFallback(QStringLiteral("no session bus"));
        deliver(context, std::move(done), readFallback());
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    startWithTimeout(
        job, context, std::move(done),
        [this](QKeychain::Job* j) {
            SecretResult r;
            const auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
            if (j->error() == QKeychain::NoError) {
                m_lastUsedFallback = false;
                r.ok = true;
                r.value = read->textData();
            } else if (j->error() == QKeychain::EntryNotFound) {
                m_lastUsedFallback = false;
                r = readFallback(); // a key written into config.json by hand still works
                if (r.ok) {
                    qCWarning(lcSecrets, "The RunPod API key was read from config.json, not the keychain");
                } else if (r.notFound) {
                    r.usedFallback = false;
                }
            } else if (isNoBackend(j)) {
                noteFallback(QStringLiteral("keychain said: ") + j->errorString());
                r = readFallback();
            } else {
                r.error = QCoreApplication::translate("Secrets", "Could not read the API key from the keychain: %1")
                              .arg(j->errorString());
                qCWarning(lcSecrets).noquote() << r.error;
            }
            return r;
        },
        [this] {
            // A copy in config.json (runpod.api_key, which the format allows) still gets the user going.
            SecretResult r = readFallback();
            if (r.ok) {
                qCWarning(lcSecrets, "The RunPod API key was read from config.json: the keychain did not answer");
            } else if (r.notFound || r.error.isEmpty()) {
                r.notFound = false;
                r.error =
                    QCoreApplication::translate("Secrets", "%1 Unlock it and try again; on a machine without a usable "
                                                           "keychain, put the key in %2 as runpod.api_key instead (the "
                                                           "file is readable only by you).")
                        .arg(noAnswerText(), m_configPath);
            }
            return r;
        });
}

void KeychainSecretStore::writeApiKey(const QString& apiKey, QObject* context, Callback done)
{
    if (!hasSessionBus()) {
        noteFallback(QStringLiteral("no session bus"));
        deliver(context, std::move(done), writeFallback(apiKey));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(apiKey);
    startWithTimeout(
        job, context, std::move(done),
        [this, apiKey](QKeychain::Job* j) {
            SecretResult r;
            if (j->error() == QKeychain::NoError) {
                m_lastUsedFallback = false;
                r.ok = true;
                QString error;
                if (!removeFallbackCopy(&error)) {
                    qCWarning(lcSecrets).noquote()
                        << "The key is in the keychain, but an old copy in config.json could not be removed:" << error;
                }
                qCInfo(lcSecrets, "RunPod API key stored in the keychain");
            } else if (isNoBackend(j)) {
                noteFallback(QStringLiteral("keychain said: ") + j->errorString());
                r = writeFallback(apiKey);
            } else {
                r.error = QCoreApplication::translate("Secrets", "Could not store the API key in the keychain: %1")
                              .arg(j->errorString());
                qCWarning(lcSecrets).noquote() << r.error;
            }
            return r;
        },
        [this] {
            // Not written in plaintext behind the user's back: a locked keychain is not a missing one.
            SecretResult r;
            r.error = QCoreApplication::translate("Secrets",
                                                  "%1 The API key was not stored. Unlock the keychain and try again.")
                          .arg(noAnswerText());
            return r;
        });
}

void KeychainSecretStore::deleteApiKey(QObject* context, Callback done)
{
    if (!hasSessionBus()) {
        noteFallback(QStringLiteral("no session bus"));
        SecretResult r;
        r.usedFallback = true;
        r.ok = removeFallbackCopy(&r.error);
        deliver(context, std::move(done), r);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    startWithTimeout(
        job, context, std::move(done),
        [this](QKeychain::Job* j) {
            SecretResult r;
            QString fileError;
            const bool fileOk = removeFallbackCopy(&fileError);
            if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
                r.ok = fileOk;
                r.error = fileError;
            } else if (isNoBackend(j)) {
                noteFallback(QStringLiteral("keychain said: ") + j->errorString());
                r.usedFallback = true;
                r.ok = fileOk;
                r.error = fileError;
            } else {
                r.error = QCoreApplication::translate("Secrets", "Could not delete the API key from the keychain: %1")
                              .arg(j->errorString());
            }
            return r;
        },
        [this] {
            SecretResult r;
            QString fileError;
            removeFallbackCopy(&fileError);
            r.error = QCoreApplication::translate(
                          "Secrets", "%1 The API key may still be in the keychain; unlock it and try again.")
                          .arg(noAnswerText());
            return r;
        });
}

} // namespace autopod::secrets
