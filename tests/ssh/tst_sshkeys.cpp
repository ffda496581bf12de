// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/ssh/ConnectionDetails.h"
#include "core/ssh/keys/KeyDiscovery.h"
#include "core/ssh/keys/KeyGenerator.h"
#include "core/ssh/keys/KnownHosts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace autopod;
using namespace autopod::ssh;

class SshKeysTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void findsNothingWithoutKeysOrAgent();
    void findsDefaultFilesInThePrdOrder();
    void agentComesFirst();
    void userPathIsChecked();
    void keyReadableByOthersIsReportedAndFixed();
    void passphraseProtectedKey();
    void passphraseProtectedKeyUnlockedInAgentIsUsable();
    void notAKey();
    void generatesAnEd25519Pair();
    void knownHostsTrustOnFirstUse();
    void knownHostsTwoWritersLoseNothing();
    void knownHostsTrustBelongsToThePod();
    void connectionDetailsLine();

private:
    QString sshDir() const { return m_home->path(QStringLiteral(".ssh")); }
    static int mode(const QString& path)
    {
        struct stat st
        {
        };
        ::stat(QFile::encodeName(path).constData(), &st);
        return int(st.st_mode & 0777);
    }
    static QString sshKeygenFingerprint(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), path});
        p.waitForFinished(5000);
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char(' ')).value(1);
    }

    std::unique_ptr<test::TempHome> m_home;
};

void SshKeysTest::init()
{
    m_home = std::make_unique<test::TempHome>();
    QDir().mkpath(sshDir());
}

void SshKeysTest::cleanup()
{
    m_home.reset();
}

void SshKeysTest::findsNothingWithoutKeysOrAgent()
{
    const DiscoveryResult r = KeyDiscovery(m_home->home(), m_home->path(QStringLiteral("no-agent.sock"))).discover();
    QVERIFY(r.identities.isEmpty());
    QVERIFY(r.problems.isEmpty());
    QVERIFY(!r.agentAvailable);
    QVERIFY(!r.preferred());
}

void SshKeysTest::findsDefaultFilesInThePrdOrder()
{
    const QString rsa = test::makeKey(sshDir() + QStringLiteral("/id_rsa"), {}, QStringLiteral("rsa"));
    const QString ed = test::makeKey(sshDir() + QStringLiteral("/id_ed25519"));
    QVERIFY(!rsa.isEmpty() && !ed.isEmpty());
    const DiscoveryResult r = KeyDiscovery(m_home->home(), m_home->path(QStringLiteral("no-agent.sock"))).discover();
    QCOMPARE(r.identities.size(), 2);
    QCOMPARE(r.identities.at(0).privateKeyPath, sshDir() + QStringLiteral("/id_ed25519"));
    QCOMPARE(r.identities.at(0).publicKeyLine, ed);
    QCOMPARE(r.identities.at(0).source, KeySource::DefaultFile);
    QCOMPARE(r.identities.at(0).fingerprint, sshKeygenFingerprint(sshDir() + QStringLiteral("/id_ed25519")));
    QCOMPARE(r.identities.at(1).publicKeyLine, rsa);
    QCOMPARE(r.identities.at(1).keyType(), QStringLiteral("ssh-rsa"));
    QVERIFY(r.problems.isEmpty());
}

void SshKeysTest::agentComesFirst()
{
    test::TestAgent agent;
    QVERIFY(agent.start(m_home->path(QStringLiteral("agent.sock"))));
    const QString agentKey = m_home->path(QStringLiteral("agent_only_key"));
    QVERIFY(!test::makeKey(agentKey).isEmpty());
    QVERIFY(agent.add(agentKey));
    QVERIFY(!test::makeKey(sshDir() + QStringLiteral("/id_ecdsa"), {}, QStringLiteral("ecdsa")).isEmpty());

    const DiscoveryResult r = KeyDiscovery(m_home->home(), agent.socketPath()).discover();
    QVERIFY(r.agentAvailable);
    QCOMPARE(r.identities.size(), 2);
    QCOMPARE(r.identities.at(0).source, KeySource::Agent);
    QVERIFY(r.identities.at(0).privateKeyPath.isEmpty());
    QCOMPARE(r.identities.at(0).fingerprint, sshKeygenFingerprint(agentKey));
    QVERIFY(r.identities.at(0).publicKeyLine.startsWith(QStringLiteral("ssh-ed25519 AAAA")));
    QCOMPARE(r.identities.at(1).keyType(), QStringLiteral("ecdsa-sha2-nistp256"));
    QCOMPARE(r.preferred()->source, KeySource::Agent);
}

void SshKeysTest::userPathIsChecked()
{
    const QString custom = m_home->path(QStringLiteral("keys/runpod"));
    QDir().mkpath(m_home->path(QStringLiteral("keys")));
    QVERIFY(!test::makeKey(custom).isEmpty());
    const KeyDiscovery discovery(m_home->home(), m_home->path(QStringLiteral("no-agent.sock")));
    DiscoveryResult r = discovery.discover(custom);
    QCOMPARE(r.identities.size(), 1);
    QCOMPARE(r.identities.first().source, KeySource::UserPath);
    r = discovery.discover(m_home->path(QStringLiteral("keys/missing")));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().problem, KeyProblem::Missing);
    QVERIFY(r.problems.first().message.contains(QStringLiteral("missing")));
}

void SshKeysTest::keyReadableByOthersIsReportedAndFixed()
{
    const QString key = sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(!test::makeKey(key).isEmpty());
    QVERIFY(::chmod(QFile::encodeName(key).constData(), 0644) == 0);
    KeyCheck check = KeyDiscovery::validate(key);
    QCOMPARE(check.problem, KeyProblem::PermissionsTooOpen);
    QVERIFY2(check.message.contains(QStringLiteral("chmod 600")), qPrintable(check.message));
    QVERIFY(check.message.contains(QStringLiteral("0644")));
    QVERIFY(check.identity.isValid()); // the public half is still known
    const DiscoveryResult r = KeyDiscovery(m_home->home(), m_home->path(QStringLiteral("none"))).discover();
    QVERIFY(r.identities.isEmpty());
    QCOMPARE(r.problems.size(), 1);

    QVERIFY(KeyDiscovery::fixPermissions(key));
    QCOMPARE(mode(key), 0600);
    check = KeyDiscovery::validate(key);
    QVERIFY(check.ok());
}

void SshKeysTest::passphraseProtectedKey()
{
    const QString key = sshDir() + QStringLiteral("/id_ed25519");
    const QString pub = test::makeKey(key, "correct horse");
    QVERIFY(!pub.isEmpty());
    KeyCheck check = KeyDiscovery::validate(key);
    QCOMPARE(check.problem, KeyProblem::NeedsPassphrase);
    QCOMPARE(check.identity.publicKeyLine, pub);
    QVERIFY(check.identity.passphraseProtected);
    QVERIFY(check.message.contains(QStringLiteral("ssh-add")));
    QCOMPARE(KeyDiscovery::validateWithPassphrase(key, "wrong").problem, KeyProblem::WrongPassphrase);
    check = KeyDiscovery::validateWithPassphrase(key, "correct horse");
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(check.identity.publicKeyLine, pub);

    // PEM format (ssh-keygen -m PEM) is recognised too.
    const QString pem = m_home->path(QStringLiteral("pem_rsa"));
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
             QStringLiteral("2048"), QStringLiteral("-m"), QStringLiteral("PEM"), QStringLiteral("-N"),
             QStringLiteral("secret"), QStringLiteral("-f"), pem});
    QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
    QCOMPARE(KeyDiscovery::validate(pem).problem, KeyProblem::NeedsPassphrase);
    QVERIFY(KeyDiscovery::validateWithPassphrase(pem, "secret").ok());
}

void SshKeysTest::passphraseProtectedKeyUnlockedInAgentIsUsable()
{
    const QString key = sshDir() + QStringLiteral("/id_ed25519");
    QVERIFY(!test::makeKey(key, "s3cret").isEmpty());
    test::TestAgent agent;
    QVERIFY(agent.start(m_home->path(QStringLiteral("agent.sock"))));
    QVERIFY(agent.add(key, "s3cret"));
    const DiscoveryResult r = KeyDiscovery(m_home->home(), agent.socketPath()).discover();
    QCOMPARE(r.identities.size(), 1);
    QCOMPARE(r.identities.first().source, KeySource::Agent);
    QVERIFY(r.problems.isEmpty()); // no passphrase prompt needed
}

void SshKeysTest::notAKey()
{
    const QString bogus = sshDir() + QStringLiteral("/id_rsa");
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a key\n");
    f.close();
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const KeyCheck check = KeyDiscovery::validate(bogus);
    QCOMPARE(check.problem, KeyProblem::NotAKey);
    QVERIFY(check.message.contains(QStringLiteral("not an SSH private key")));
}

void SshKeysTest::generatesAnEd25519Pair()
{
    const QString path = KeyGenerator::defaultPath(m_home->home());
    QCOMPARE(path, sshDir() + QStringLiteral("/autopod_ed25519"));
    const GeneratedKey generated = KeyGenerator::generate(path, QStringLiteral("autopod-test"));
    QVERIFY2(generated.ok(), qPrintable(generated.error));
    QCOMPARE(mode(path), 0600);
    QCOMPARE(mode(path + QStringLiteral(".pub")), 0644);
    QCOMPARE(generated.identity.source, KeySource::Generated);
    QVERIFY(generated.identity.publicKeyLine.startsWith(QStringLiteral("ssh-ed25519 AAAA")));
    QVERIFY(generated.identity.publicKeyLine.endsWith(QStringLiteral(" autopod-test")));
    QCOMPARE(generated.identity.fingerprint, sshKeygenFingerprint(path));
    QFile pub(path + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(pub.readAll()).trimmed(), generated.identity.publicKeyLine);
    QVERIFY(KeyDiscovery::validate(path).ok());
    // OpenSSH reads it as well.
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-y"), QStringLiteral("-f"), path});
    QVERIFY(p.waitForFinished(5000) && p.exitCode() == 0);
    QVERIFY(generated.identity.publicKeyLine.startsWith(QString::fromUtf8(p.readAllStandardOutput()).trimmed()));
    // Never overwrites.
    const GeneratedKey again = KeyGenerator::generate(path);
    QVERIFY(!again.ok());
    QVERIFY(again.error.contains(QStringLiteral("already exists")));
    QCOMPARE(sshKeygenFingerprint(path), generated.identity.fingerprint);
}

void SshKeysTest::knownHostsTrustOnFirstUse()
{
    const QString file = m_home->autopodHome() + QStringLiteral("/known_hosts");
    KnownHosts hosts(file);
    const HostKey a{QStringLiteral("ssh-ed25519"), QByteArray(51, 'a')};
    const HostKey b{QStringLiteral("ssh-ed25519"), QByteArray(51, 'b')};
    QCOMPARE(hosts.check(QStringLiteral("1.2.3.4"), 17445, a).status, HostKeyStatus::Unknown);
    QVERIFY(hosts.trust(QStringLiteral("1.2.3.4"), 17445, a));
    QCOMPARE(mode(file), 0600);
    QCOMPARE(hosts.check(QStringLiteral("1.2.3.4"), 17445, a).status, HostKeyStatus::Known);
    QCOMPARE(hosts.check(QStringLiteral("1.2.3.4"), 17446, b).status, HostKeyStatus::Unknown); // per port
    const HostKeyCheck changed = hosts.check(QStringLiteral("1.2.3.4"), 17445, b);
    QCOMPARE(changed.status, HostKeyStatus::Changed);
    QVERIFY(changed.explanation().contains(a.fingerprint()));
    QVERIFY(changed.explanation().contains(b.fingerprint()));
    QVERIFY(changed.explanation().contains(file));
    QVERIFY(hosts.trust(QStringLiteral("1.2.3.4"), 17446, b));
    QVERIFY(hosts.forget(QStringLiteral("1.2.3.4"), 17445));
    QCOMPARE(hosts.check(QStringLiteral("1.2.3.4"), 17445, a).status, HostKeyStatus::Unknown);
    QCOMPARE(hosts.check(QStringLiteral("1.2.3.4"), 17446, b).status, HostKeyStatus::Known);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), "[1.2.3.4]:17446 " + b.line().toUtf8() + "\n"); // OpenSSH's format
    QVERIFY(KnownHosts::insecureWarning(QStringLiteral("h"), 1).startsWith(QStringLiteral("WARNING")));
}

// The CLI and the desktop app trust host keys at the same moments: every key either trusts is kept.
void SshKeysTest::knownHostsTwoWritersLoseNothing()
{
    const QString file = m_home->autopodHome() + QStringLiteral("/known_hosts");
    auto writer = [&file](int octet) {
        KnownHosts hosts(file);
        for (int i = 0; i < 60; ++i) {
            const HostKey key{QStringLiteral("ssh-ed25519"), QByteArray(32, char(i + 1))};
            hosts.trust(QStringLiteral("10.0.0.%1").arg(octet), 20000 + i, key);
        }
    };
    std::thread desktop(writer, 1);
    std::thread cli(writer, 2);
    desktop.join();
    cli.join();
    KnownHosts hosts(file);
    int known = 0;
    for (int octet : {1, 2}) {
        for (int i = 0; i < 60; ++i) {
            const HostKey key{QStringLiteral("ssh-ed25519"), QByteArray(32, char(i + 1))};
            known += hosts.check(QStringLiteral("10.0.0.%1").arg(octet), 20000 + i, key).status == HostKeyStatus::Known;
        }
    }
    QCOMPARE(known, 120);
}

void SshKeysTest::knownHostsTrustBelongsToThePod()
{
    const QString file = m_home->autopodHome() + QStringLiteral("/known_hosts");
    const HostKey a{QStringLiteral("ssh-ed25519"), QByteArray(51, 'a')};
    const HostKey b{QStringLiteral("ssh-ed25519"), QByteArray(51, 'b')};
    const HostKey c{QStringLiteral("ssh-ed25519"), QByteArray(51, 'c')};
    const QString ip = QStringLiteral("1.2.3.4");
    {
        // A file from before keys were tied to pods: two addresses, a comment.
        QVERIFY(QDir().mkpath(m_home->autopodHome()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# kept\n[1.2.3.4]:17445 " + a.line().toUtf8() + "\n[5.6.7.8]:2222 " + c.line().toUtf8() + "\n");
    }
    KnownHosts hosts(file);
    // The old entry is this pod's when the pod at that address presents the same key...
    const HostKeyCheck legacy = hosts.check(ip, 17445, a, QStringLiteral("podA"));
    QCOMPARE(legacy.status, HostKeyStatus::Known);
    QVERIFY(legacy.legacyEntry);
    QVERIFY(hosts.trust(ip, 17445, a, nullptr, QStringLiteral("podA")));
    QCOMPARE(hosts.check(ip, 17445, a, QStringLiteral("podA")).status, HostKeyStatus::Known);
    QVERIFY(!hosts.check(ip, 17445, a, QStringLiteral("podA")).legacyEntry);
    // ...and migrating it loses no other entry.
    QCOMPARE(hosts.check(QStringLiteral("5.6.7.8"), 2222, c).status, HostKeyStatus::Known);
    // RunPod gives the address to another pod, with another key: a new pod to ask about, not an attack.
    QCOMPARE(hosts.check(ip, 17445, b, QStringLiteral("podB")).status, HostKeyStatus::Unknown);
    QVERIFY(hosts.trust(ip, 17445, b, nullptr, QStringLiteral("podB")));
    QCOMPARE(hosts.check(ip, 17445, b, QStringLiteral("podB")).status, HostKeyStatus::Known);
    // podA keeps its key under its own name (it moved elsewhere), without the address.
    QCOMPARE(hosts.check(QStringLiteral("9.9.9.9"), 30000, a, QStringLiteral("podA")).status, HostKeyStatus::Known);
    // The same pod presenting another key has CHANGED: refused unless it was restarted.
    const HostKeyCheck changed = hosts.check(ip, 17445, a, QStringLiteral("podB"));
    QCOMPARE(changed.status, HostKeyStatus::Changed);
    QCOMPARE(changed.stored, b);
    HostKeyCheck restarted = changed;
    restarted.podRestarted = true;
    QVERIFY(restarted.explanation().contains(a.fingerprint()));
    QVERIFY(restarted.explanation().contains(b.fingerprint()));
    QVERIFY(restarted.explanation().contains(QStringLiteral("new host keys")));
    QVERIFY(!restarted.explanation().contains(QStringLiteral("refused")));
    // A terminated pod's key is forgotten; nothing else is.
    QVERIFY(hosts.forgetPod(QStringLiteral("podB")));
    QCOMPARE(hosts.check(ip, 17445, b, QStringLiteral("podB")).status, HostKeyStatus::Unknown);
    QCOMPARE(hosts.check(QStringLiteral("9.9.9.9"), 30000, a, QStringLiteral("podA")).status, HostKeyStatus::Known);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    // OpenSSH's format: `ssh -o UserKnownHostsFile=` still finds a pod by its address.
    QCOMPARE(f.readAll(),
             "# kept\n[5.6.7.8]:2222 " + c.line().toUtf8() + "\nautopod-pod-podA " + a.line().toUtf8() + "\n");
}

void SshKeysTest::connectionDetailsLine()
{
    ConnectionDetails d;
    d.host = QStringLiteral("213.173.108.12");
    d.port = 17445;
    d.identityPath = QStringLiteral("/home/u/.ssh/id_ed25519");
    QCOMPARE(d.sshCommand(), QStringLiteral("ssh root@213.173.108.12 -p 17445 -i /home/u/.ssh/id_ed25519"));
    d.knownHostsFile = QStringLiteral("/home/u/my autopod/known_hosts");
    QCOMPARE(d.sshCommand(), QStringLiteral("ssh root@213.173.108.12 -p 17445 -i /home/u/.ssh/id_ed25519 -o "
                                            "UserKnownHostsFile='/home/u/my autopod/known_hosts'"));
    d.identityPath.clear();
    d.knownHostsFile.clear();
    QCOMPARE(d.tunnelCommand(8189),
             QStringLiteral("ssh root@213.173.108.12 -p 17445 -N -L 127.0.0.1:8189:localhost:8188"));
}

QTEST_GUILESS_MAIN(SshKeysTest)
#include "tst_sshkeys.moc"
