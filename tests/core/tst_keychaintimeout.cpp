// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A keychain that never answers (locked, an unlock prompt nobody sees, a stuck daemon): the
// store stops waiting after its timeout and says what to do. The test runs its own session bus
// with a Secret Service that takes every call and never replies, so the real QtKeychain/libsecret
// path is exercised up to the point where a real keychain would hang.
#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "core/secrets/KeychainSecretStore.h"
#include "support/TempHome.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using autopod::config::Paths;
using autopod::secrets::KeychainSecretStore;
using autopod::secrets::SecretResult;

namespace {

const QString kKey = QStringLiteral("rp_sim_full_access");
constexpr int kTimeoutMs = 400;

// org.freedesktop.secrets that accepts every call and answers none.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage& message, const QDBusConnection&) override
    {
        calls.append(message.interface() + QLatin1Char('.') + message.member());
        return true; // handled: no reply, ever
    }
    QStringList calls;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class KeychainTimeoutTest : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    SilentSecretService m_service;

    // Kept to the end: a job the keychain never answered must not be deleted under libsecret.
    std::vector<std::unique_ptr<KeychainSecretStore>> m_stores;

    KeychainSecretStore* makeStore()
    {
        auto store = std::make_unique<KeychainSecretStore>(Paths::configFile());
        store->setService(QStringLiteral("autopod-test-%1").arg(QCoreApplication::applicationPid()));
        store->setTimeoutMs(kTimeoutMs);
        m_stores.push_back(std::move(store));
        return m_stores.back().get();
    }

    template <typename Call>
    std::optional<SecretResult> await(Call call, qint64* tookMs)
    {
        QObject context;
        std::optional<SecretResult> result;
        QElapsedTimer clock;
        clock.start();
        call(&context, [&result](const SecretResult& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        *tookMs = clock.elapsed();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A private session bus, so nothing of the machine's own keychain is touched.
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is needed (package dbus)");
        QVERIFY(m_bus.waitForReadyRead(5000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qunsetenv("XDG_CURRENT_DESKTOP");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"), &m_service,
                                          QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));
    }

    void cleanupTestCase()
    {
        QDBusConnection::sessionBus().unregisterService(QStringLiteral("org.freedesktop.secrets"));
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void readGivesUpWithAClearMessage()
    {
        autopod::test::TempHome home;
        auto store = makeStore();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not answer within")));
        qint64 took = 0;
        const auto r = await([&](QObject* c, auto done) { store->readApiKey(c, done); }, &took);
        QVERIFY2(r, "no answer at all: the store hangs with the keychain");
        QVERIFY(!r->ok);
        QVERIFY(!r->notFound); // "not configured" would send the user to config init for nothing
        QVERIFY2(r->error.contains(QStringLiteral("did not answer within 0.4 s")), qPrintable(r->error));
        QVERIFY(r->error.contains(QStringLiteral("unlock")));
        QVERIFY(r->error.contains(QStringLiteral("runpod.api_key")));
        // (A coarse timer may fire up to 5 % early.)
        QVERIFY2(took >= kTimeoutMs * 0.9 && took < kTimeoutMs + 3000, qPrintable(QString::number(took)));
        // The keychain really was asked (and stayed silent): not a "no backend" shortcut.
        QVERIFY2(!m_service.calls.isEmpty(), "libsecret never reached the Secret Service");
    }

    void readUsesAConfigCopyWhenTheKeychainIsSilent()
    {
        autopod::test::TempHome home;
        autopod::config::Config c(Paths::configFile());
        QString error;
        QVERIFY(c.set(QStringLiteral("api-key"), kKey, &error) && c.save(&error));
        auto store = makeStore();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not answer within")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("read from config.json")));
        qint64 took = 0;
        const auto r = await([&](QObject* ctx, auto done) { store->readApiKey(ctx, done); }, &took);
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->error));
        QCOMPARE(r->value, kKey);
        QVERIFY(r->usedFallback);
        QVERIFY(took < kTimeoutMs + 3000);
    }

    void writeGivesUpWithoutPlaintext()
    {
        autopod::test::TempHome home;
        auto store = makeStore();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not answer within")));
        qint64 took = 0;
        const auto r = await([&](QObject* c, auto done) { store->writeApiKey(kKey, c, done); }, &took);
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY2(r->error.contains(QStringLiteral("was not stored")), qPrintable(r->error));
        QVERIFY(!r->error.contains(kKey));
        QVERIFY(!readAll(Paths::configFile()).contains(kKey.toUtf8()));
        QVERIFY(took < kTimeoutMs + 3000);
    }

    void defaultTimeoutIsHalfAMinute()
    {
        KeychainSecretStore store(Paths::configFile());
        QCOMPARE(store.timeoutMs(), 30000);
    }
};

QTEST_GUILESS_MAIN(KeychainTimeoutTest)
#include "tst_keychaintimeout.moc"
