// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/lifecycle/SshPodConnector.h"
#include "core/ssh/SshConnection.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/keys/KeyGenerator.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace autopod;
using namespace autopod::ssh;

// Authentication and host keys against a real OpenSSH sshd (the simulator's pod host).
class SshAuthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void agentAuthentication();
    void defaultKeyFileAuthentication();
    void passphraseProtectedKeyWithPassphrase();
    void generatedKeyWorksOnANewPod();
    void unauthorisedKeyIsRefusedWithAnExplanation();
    void connectorGivesUpAtOnceOnARefusedKey();
    void trustOnFirstUseAcceptAndRefuseChangedKey();
    void insecureOptionWarnsEveryTime();
    void changedKeyIsAskedAboutOnlyWhenThePodWasRestarted();
    void unknownHostKeyIsReadBeforeLogin();
    void connectionRefused();

private:
    SshTarget target(const test::PodFixture& pod, const SshIdentity& id) const;

    std::unique_ptr<test::TempHome> m_home;
    test::TestAgent m_agent;
    test::PodFixture m_pod;
    QString m_agentKeyPub;
    QString m_fileKey;
    QString m_encryptedKey;
};

void SshAuthTest::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
    QDir().mkpath(m_home->path(QStringLiteral(".ssh")));
    const QString agentKey = m_home->path(QStringLiteral("agent_key"));
    m_agentKeyPub = test::makeKey(agentKey);
    QVERIFY(m_agent.start(m_home->path(QStringLiteral("agent.sock"))));
    QVERIFY(m_agent.add(agentKey));
    QFile::remove(agentKey); // only the agent holds it now
    m_fileKey = m_home->path(QStringLiteral(".ssh/id_ecdsa"));
    const QString filePub = test::makeKey(m_fileKey, {}, QStringLiteral("ecdsa"));
    m_encryptedKey = m_home->path(QStringLiteral("encrypted_key"));
    const QString encPub = test::makeKey(m_encryptedKey, "pass phrase");
    QVERIFY(!m_agentKeyPub.isEmpty() && !filePub.isEmpty() && !encPub.isEmpty());
    QVERIFY2(m_pod.start(m_agentKeyPub + QLatin1Char('\n') + filePub + QLatin1Char('\n') + encPub),
             qPrintable(m_pod.errorString()));
}

void SshAuthTest::init()
{
    QFile::remove(m_home->autopodHome() + QStringLiteral("/known_hosts"));
}

SshTarget SshAuthTest::target(const test::PodFixture& pod, const SshIdentity& id) const
{
    SshTarget t;
    t.host = pod.ip();
    t.port = pod.port();
    t.identity = id;
    t.agentSocket = m_agent.socketPath();
    t.knownHostsFile = m_home->autopodHome() + QStringLiteral("/known_hosts");
    t.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return t;
}

void SshAuthTest::agentAuthentication()
{
    const DiscoveryResult found = KeyDiscovery(m_home->home(), m_agent.socketPath()).discover();
    QVERIFY(found.preferred());
    QCOMPARE(found.preferred()->source, KeySource::Agent);
    SshConnection c;
    SshError error;
    QVERIFY2(c.open(target(m_pod, *found.preferred()), &error), qPrintable(error.message));
    QVERIFY(c.isOpen());

    // Without the agent the same identity cannot authenticate.
    SshTarget noAgent = target(m_pod, *found.preferred());
    noAgent.agentSocket = m_home->path(QStringLiteral("nowhere.sock"));
    SshConnection c2;
    QVERIFY(!c2.open(noAgent, &error));
    QCOMPARE(error.kind, SshErrorKind::AuthFailed);
}

void SshAuthTest::defaultKeyFileAuthentication()
{
    const DiscoveryResult found = KeyDiscovery(m_home->home(), m_home->path(QStringLiteral("nowhere.sock"))).discover();
    QCOMPARE(found.identities.size(), 1);
    QCOMPARE(found.identities.first().privateKeyPath, m_fileKey);
    SshTarget t = target(m_pod, found.identities.first());
    t.agentSocket = m_home->path(QStringLiteral("nowhere.sock"));
    SshConnection c;
    SshError error;
    QVERIFY2(c.open(t, &error), qPrintable(error.message));
}

void SshAuthTest::passphraseProtectedKeyWithPassphrase()
{
    const KeyCheck check = KeyDiscovery::validate(m_encryptedKey);
    QCOMPARE(check.problem, KeyProblem::NeedsPassphrase);
    SshTarget t = target(m_pod, check.identity);
    t.agentSocket = m_home->path(QStringLiteral("nowhere.sock"));
    SshConnection c;
    SshError error;
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::NeedsPassphrase);
    QVERIFY(error.message.contains(QStringLiteral("ssh-add")));
    t.passphrase = "wrong";
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::NeedsPassphrase);
    t.passphrase = "pass phrase";
    QVERIFY2(c.open(t, &error), qPrintable(error.message));
}

void SshAuthTest::generatedKeyWorksOnANewPod()
{
    const GeneratedKey key = KeyGenerator::generate(KeyGenerator::defaultPath(m_home->home()));
    QVERIFY2(key.ok(), qPrintable(key.error));
    test::PodFixture pod; // created with PUBLIC_KEY = the new key only
    QVERIFY2(pod.start(key.identity.publicKeyLine), qPrintable(pod.errorString()));
    SshTarget t = target(pod, key.identity);
    t.agentSocket = m_home->path(QStringLiteral("nowhere.sock"));
    SshConnection c;
    SshError error;
    QVERIFY2(c.open(t, &error), qPrintable(error.message));
    QVERIFY(c.isOpen());
}

void SshAuthTest::unauthorisedKeyIsRefusedWithAnExplanation()
{
    const QString stranger = m_home->path(QStringLiteral("stranger"));
    QVERIFY(!test::makeKey(stranger).isEmpty());
    SshIdentity id = KeyDiscovery::validate(stranger).identity;
    SshTarget t = target(m_pod, id);
    t.agentSocket = m_home->path(QStringLiteral("nowhere.sock"));
    SshConnection c;
    SshError error;
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::AuthFailed);
    QVERIFY(error.isPermanent());
    QVERIFY2(error.message.contains(QStringLiteral("did not accept")), qPrintable(error.message));
    QVERIFY(error.message.contains(id.fingerprint));
}

// The lifecycle's probe: a refused key is not "try again" (retrying only bills a pod nobody can
// reach); the answer names the key (path, fingerprint), why and what to do — also when no key is set.
void SshAuthTest::connectorGivesUpAtOnceOnARefusedKey()
{
    const QString stranger = m_home->path(QStringLiteral("stranger_probe"));
    QVERIFY(!test::makeKey(stranger).isEmpty());
    lifecycle::SshPodConnector::Settings settings;
    settings.identity = KeyDiscovery::validate(stranger).identity;
    settings.knownHostsFile = m_home->autopodHome() + QStringLiteral("/known_hosts");
    settings.connectTimeoutMs = 10000;
    int asked = 0;
    lifecycle::SshPodConnector connector(settings, [&asked](const HostKeyCheck&, std::function<void(bool)> answer) {
        ++asked;
        answer(true);
    });
    const QByteArray oldAgent = qgetenv("SSH_AUTH_SOCK");
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(m_home->path(QStringLiteral("nowhere.sock"))));
    const lifecycle::SshEndpoint endpoint{QStringLiteral("pod1"), QStringLiteral("pod-one"), m_pod.ip(), m_pod.port()};
    auto probe = [&] {
        auto result = std::make_shared<std::optional<lifecycle::SshProbeResult>>();
        QObject context;
        connector.probeSsh(endpoint, &context, [result](const lifecycle::SshProbeResult& r) { *result = r; });
        const bool answered = QTest::qWaitFor([result] { return result->has_value(); }, 20000);
        return answered ? **result : lifecycle::SshProbeResult{};
    };
    const lifecycle::SshProbeResult refused = probe();
    QCOMPARE(asked, 1);
    QCOMPARE(int(refused.outcome), int(lifecycle::SshProbeResult::Outcome::Rejected));
    QVERIFY2(refused.message.contains(settings.identity.fingerprint), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("stranger_probe")), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QStringLiteral("PUBLIC_KEY")), qPrintable(refused.message));

    // No key configured at all (what a first run without the wizard's key had): said so, not " ( )".
    settings.identity = SshIdentity{};
    connector.updateSettings(settings);
    const lifecycle::SshProbeResult none = probe();
    qputenv("SSH_AUTH_SOCK", oldAgent);
    QCOMPARE(int(none.outcome), int(lifecycle::SshProbeResult::Outcome::Rejected));
    QVERIFY2(none.message.contains(QStringLiteral("no SSH key configured")), qPrintable(none.message));
    QVERIFY2(!none.message.contains(QStringLiteral("( )")), qPrintable(none.message));
}

void SshAuthTest::trustOnFirstUseAcceptAndRefuseChangedKey()
{
    const SshIdentity id = KeyDiscovery::validate(m_fileKey).identity;
    SshTarget t = target(m_pod, id);
    t.hostKeyPolicy = HostKeyPolicy::RequireKnown;
    SshConnection c;
    SshError error;
    // Unknown host: refused until the user consents; the error carries what to show them.
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::HostKeyUnknown);
    QCOMPARE(error.hostKey.presented.fingerprint(), m_pod.hostKeyFingerprint());
    QVERIFY(error.message.contains(m_pod.hostKeyFingerprint()));
    // Consent → stored → accepted.
    KnownHosts hosts(t.knownHostsFile);
    QVERIFY(hosts.trust(t.host, t.port, error.hostKey.presented));
    QVERIFY2(c.open(t, &error), qPrintable(error.message));
    c.close();
    // AcceptNew (consent given up front) stores it silently.
    QVERIFY(hosts.forget(t.host, t.port));
    t.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    QVERIFY(c.open(t, &error));
    c.close();
    QCOMPARE(hosts.check(t.host, t.port, c.serverHostKey()).status, HostKeyStatus::Known);
    // A different key for the same host:port is refused, whatever the policy short of insecure.
    const HostKey old{QStringLiteral("ssh-ed25519"), QByteArray(51, 'z')};
    QVERIFY(hosts.trust(t.host, t.port, old));
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::HostKeyChanged);
    QVERIFY(error.isPermanent());
    QVERIFY(error.message.contains(old.fingerprint()));
    QVERIFY(error.message.contains(m_pod.hostKeyFingerprint()));
    QVERIFY(error.message.contains(t.knownHostsFile));
    QCOMPARE(hosts.check(t.host, t.port, old).status, HostKeyStatus::Known); // not overwritten
}

void SshAuthTest::insecureOptionWarnsEveryTime()
{
    SshTarget t = target(m_pod, KeyDiscovery::validate(m_fileKey).identity);
    KnownHosts(t.knownHostsFile).trust(t.host, t.port, HostKey{QStringLiteral("ssh-ed25519"), QByteArray(51, 'q')});
    t.hostKeyPolicy = HostKeyPolicy::Insecure;
    for (int i = 0; i < 2; ++i) {
        SshConnection c;
        SshError error;
        QString warning;
        QVERIFY2(c.open(t, &error, &warning), qPrintable(error.message));
        QVERIFY(warning.startsWith(QStringLiteral("WARNING")));
        QVERIFY(warning.contains(QString::number(t.port)));
    }
}

// A pod started again has new host keys: the changed key is shown with its fingerprint and asked
// about. The same pod presenting another key while it kept running is refused, without asking.
void SshAuthTest::changedKeyIsAskedAboutOnlyWhenThePodWasRestarted()
{
    using namespace autopod::lifecycle;
    const QString knownHosts = m_home->autopodHome() + QStringLiteral("/known_hosts");
    const HostKey before{QStringLiteral("ssh-ed25519"), QByteArray(51, 'z')};
    QVERIFY(KnownHosts(knownHosts).trust(m_pod.ip(), m_pod.port(), before, nullptr, QStringLiteral("podX")));
    SshPodConnector::Settings settings;
    settings.identity = KeyDiscovery::validate(m_fileKey).identity;
    settings.knownHostsFile = knownHosts;
    settings.connectTimeoutMs = 10000;
    QList<HostKeyCheck> asked;
    SshPodConnector connector(settings, [&asked](const HostKeyCheck& check, std::function<void(bool)> answer) {
        asked << check;
        answer(true);
    });
    QObject context;
    SshEndpoint endpoint{QStringLiteral("podX"), QStringLiteral("autopod-x"), m_pod.ip(), m_pod.port(), false};
    std::optional<SshProbeResult> running;
    connector.probeSsh(endpoint, &context, [&running](const SshProbeResult& r) { running = r; });
    QTRY_VERIFY_WITH_TIMEOUT(running.has_value(), 15000);
    QCOMPARE(running->outcome, SshProbeResult::Outcome::Rejected);
    QVERIFY(asked.isEmpty());

    endpoint.podRestarted = true;
    std::optional<SshProbeResult> restarted;
    connector.probeSsh(endpoint, &context, [&restarted](const SshProbeResult& r) { restarted = r; });
    QTRY_VERIFY_WITH_TIMEOUT(restarted.has_value(), 15000);
    QVERIFY2(restarted->outcome == SshProbeResult::Outcome::Ready, qPrintable(restarted->message));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().status, HostKeyStatus::Changed);
    QVERIFY(asked.first().explanation().contains(before.fingerprint()));
    QVERIFY(asked.first().explanation().contains(m_pod.hostKeyFingerprint()));
    QCOMPARE(
        KnownHosts(knownHosts).check(m_pod.ip(), m_pod.port(), asked.first().presented, QStringLiteral("podX")).status,
        HostKeyStatus::Known);
}

void SshAuthTest::unknownHostKeyIsReadBeforeLogin()
{
    SshConnection connection;
    HostKeyCheck check;
    SshError error;
    QVERIFY2(connection.fetchHostKey(target(m_pod, SshIdentity{}), &check, &error), qPrintable(error.message));
    QCOMPARE(check.status, HostKeyStatus::Unknown);
    QCOMPARE(check.presented.fingerprint(), m_pod.hostKeyFingerprint());
}

void SshAuthTest::connectionRefused()
{
    SshTarget t = target(m_pod, KeyDiscovery::validate(m_fileKey).identity);
    t.port = 1; // nothing listens there
    SshConnection c;
    SshError error;
    QVERIFY(!c.open(t, &error));
    QCOMPARE(error.kind, SshErrorKind::ConnectionRefused);
    QVERIFY(!error.isPermanent());
}

QTEST_GUILESS_MAIN(SshAuthTest)
#include "tst_sshauth.moc"
