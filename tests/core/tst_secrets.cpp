// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The API key store: the in-memory fake, the OS keychain (a real Secret Service when run through
// with-keyring.sh, AUTOPOD_TEST_KEYCHAIN=real), and the config.json fallback without a session bus.
#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "core/secrets/InMemorySecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "support/TempHome.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>
#include <sys/stat.h>

using autopod::config::Paths;
using autopod::secrets::InMemorySecretStore;
using autopod::secrets::KeychainSecretStore;
using autopod::secrets::SecretResult;
using autopod::secrets::SecretStore;

namespace {

const QString kKey = QStringLiteral("rp_sim_full_access");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

// Runs one asynchronous store call and waits for its callback.
std::optional<SecretResult> await(const std::function<void(QObject*, SecretStore::Callback)>& call)
{
    QObject context;
    std::optional<SecretResult> result;
    call(&context, [&result](const SecretResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
    return result;
}

std::optional<SecretResult> readKey(SecretStore& s)
{
    return await([&s](QObject* c, SecretStore::Callback cb) { s.readApiKey(c, std::move(cb)); });
}

std::optional<SecretResult> writeKey(SecretStore& s, const QString& key)
{
    return await([&s, key](QObject* c, SecretStore::Callback cb) { s.writeApiKey(key, c, std::move(cb)); });
}

std::optional<SecretResult> deleteKey(SecretStore& s)
{
    return await([&s](QObject* c, SecretStore::Callback cb) { s.deleteApiKey(c, std::move(cb)); });
}

} // namespace

class SecretsTest : public QObject
{
    Q_OBJECT

    bool m_real = false;
    QString m_service;

    std::unique_ptr<KeychainSecretStore> makeStore()
    {
        auto store = std::make_unique<KeychainSecretStore>(Paths::configFile());
        store->setService(m_service);
        return store;
    }

    void expectFallbackWarning()
    {
        if (!m_real) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No OS keychain is available")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_real = qEnvironmentVariable("AUTOPOD_TEST_KEYCHAIN") == QLatin1String("real");
        m_service = QStringLiteral("autopod-test-%1").arg(QCoreApplication::applicationPid());
        const bool deadBus = qEnvironmentVariable("AUTOPOD_TEST_KEYCHAIN") == QLatin1String("deadbus");
        if (deadBus) {
            // A session bus address that leads nowhere (a stale login session).
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent-autopod-test/bus");
        } else if (!m_real) {
            // No session bus: nothing to reach a Secret Service through (no autolaunch either).
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
            qunsetenv("DISPLAY");
            qputenv("XDG_RUNTIME_DIR", "/nonexistent-autopod-test");
        } else {
            QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "with-keyring.sh provides a bus");
        }
        qInfo("keychain mode: %s", m_real ? "real Secret Service (gnome-keyring)" : "no session bus (fallback)");
    }

    void inMemoryStore()
    {
        InMemorySecretStore store;
        auto r = readKey(store);
        QVERIFY(r && !r->ok && r->notFound);
        r = writeKey(store, kKey);
        QVERIFY(r && r->ok);
        r = readKey(store);
        QVERIFY(r && r->ok);
        QCOMPARE(r->value, kKey);
        r = deleteKey(store);
        QVERIFY(r && r->ok);
        QVERIFY(!store.storedKey());
        store.setFailure(QStringLiteral("locked"));
        r = readKey(store);
        QVERIFY(r && !r->ok && r->error == QLatin1String("locked"));
    }

    void callbacksNeverOutliveTheirContext()
    {
        InMemorySecretStore store;
        store.setStoredKey(kKey);
        bool called = false;
        {
            QObject context;
            store.readApiKey(&context, [&called](const SecretResult&) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void writeReadDelete()
    {
        autopod::test::TempHome home;
        auto store = makeStore();
        expectFallbackWarning();
        auto r = writeKey(*store, kKey);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QCOMPARE(r->usedFallback, !m_real);
        QVERIFY(!r->error.contains(kKey));

        if (m_real) {
            QVERIFY(!readAll(Paths::configFile()).contains(kKey.toUtf8())); // never in plaintext
            QVERIFY(store->backendName().contains(QStringLiteral("keychain")));
        } else {
            QVERIFY(readAll(Paths::configFile()).contains(kKey.toUtf8()));
            QCOMPARE(modeOf(Paths::configFile()), mode_t(0600));
            QCOMPARE(modeOf(Paths::home()), mode_t(0700));
            QVERIFY2(store->backendName().contains(QStringLiteral("config file")), qPrintable(store->backendName()));
        }

        // A fresh store (another process) finds it.
        auto other = makeStore();
        expectFallbackWarning();
        r = readKey(*other);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QCOMPARE(r->value, kKey);
        QCOMPARE(r->usedFallback, !m_real);

        expectFallbackWarning();
        r = deleteKey(*other);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QVERIFY(!readAll(Paths::configFile()).contains(kKey.toUtf8()));
        expectFallbackWarning();
        r = readKey(*other);
        QVERIFY(r && !r->ok);
        QVERIFY(r->notFound);
        // Core says what to do as an action (each front end renders it: the command or the menu item).
        QCOMPARE(r->nextStep, autopod::NextStep::RunSetup);
        QVERIFY2(r->error.contains(QStringLiteral("setup")) && !r->error.contains(QStringLiteral("autopod ")),
                 qPrintable(r->error));
    }

    void fallbackKeepsOtherSettings()
    {
        autopod::test::TempHome home;
        QDir().mkpath(Paths::home());
        QFile f(Paths::configFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"runpod\": {\"default_region\": \"EU\"}, \"custom\": 1}");
        f.close();
        auto store = makeStore();
        expectFallbackWarning();
        auto r = writeKey(*store, kKey);
        QVERIFY(r && r->ok);
        const QJsonObject saved = QJsonDocument::fromJson(readAll(Paths::configFile())).object();
        QCOMPARE(saved[QStringLiteral("runpod")][QStringLiteral("default_region")].toString(), QStringLiteral("EU"));
        QCOMPARE(saved[QStringLiteral("custom")].toInt(), 1);
        expectFallbackWarning();
        QVERIFY(deleteKey(*store)->ok);
    }

    void plaintextKeyInConfigIsStillFound()
    {
        // config.json's format allows runpod.api_key: it works, and is flagged as such.
        autopod::test::TempHome home;
        autopod::config::Config c(Paths::configFile());
        QString error;
        QVERIFY(c.set(QStringLiteral("api-key"), QStringLiteral("rp_sim_read_only"), &error) && c.save(&error));
        auto store = makeStore();
        if (m_real) {
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read from config.json")));
        }
        expectFallbackWarning();
        auto r = readKey(*store);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QCOMPARE(r->value, QStringLiteral("rp_sim_read_only"));
        QVERIFY(r->usedFallback);

        // Storing the key where it belongs removes the plaintext copy (with a keychain).
        expectFallbackWarning();
        r = writeKey(*store, kKey);
        QVERIFY(r && r->ok);
        QVERIFY(!readAll(Paths::configFile()).contains("rp_sim_read_only"));
        QCOMPARE(readAll(Paths::configFile()).contains(kKey.toUtf8()), !m_real);
        expectFallbackWarning();
        QVERIFY(deleteKey(*store)->ok);
    }

    void malformedConfigIsNotOverwrittenByTheFallback()
    {
        if (m_real) {
            return; // with a keychain, config.json is not written at all (checked in writeReadDelete)
        }
        autopod::test::TempHome home;
        QDir().mkpath(Paths::home());
        QFile f(Paths::configFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ broken");
        f.close();
        auto store = makeStore();
        expectFallbackWarning();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("invalid JSON")));
        auto r = writeKey(*store, kKey);
        QVERIFY(r && !r->ok);
        QVERIFY2(r->error.contains(QStringLiteral(":1:")), qPrintable(r->error));
        QVERIFY(!r->error.contains(kKey));
        QCOMPARE(readAll(Paths::configFile()), QByteArray("{ broken"));
    }
};

QTEST_GUILESS_MAIN(SecretsTest)
#include "tst_secrets.moc"
