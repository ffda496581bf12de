// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/ProcessResources.h"
#include "support/TempHome.h"

#include "core/ssh/shell/ShellSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace autopod;
using namespace autopod::ssh;
using autopod::test::residentKb;

class ShellTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsACommandOnAPtyAndReportsItsExitStatus();
    void interactiveShellFollowsResizeAndExit();
    void refusedKeyFails();
    void closingDuringABlockingConnectReturnsAtOnce();
    void endlessOutputToATabThatIsNotReadingStaysBounded();

private:
    SshTarget target(const QString& key) const;

    std::unique_ptr<test::TempHome> m_home;
    test::PodFixture m_pod;
    QString m_key;
};

void ShellTest::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
    QDir().mkpath(m_home->path(QStringLiteral(".ssh")));
    m_key = m_home->path(QStringLiteral(".ssh/id_ed25519"));
    const QString pub = test::makeKey(m_key);
    QVERIFY(!pub.isEmpty());
    QVERIFY2(m_pod.start(pub), qPrintable(m_pod.errorString()));
}

SshTarget ShellTest::target(const QString& key) const
{
    SshTarget t;
    t.host = m_pod.ip();
    t.port = m_pod.port();
    t.identity.privateKeyPath = key;
    t.knownHostsFile = m_home->autopodHome() + QStringLiteral("/known_hosts");
    t.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    return t;
}

void ShellTest::runsACommandOnAPtyAndReportsItsExitStatus()
{
    ShellOptions options;
    options.cols = 91;
    options.rows = 33;
    options.command = QStringLiteral("echo hello-from-$RUNPOD_POD_ID; stty size; test -t 0 && echo on-a-tty; exit 7");
    ShellSession shell(target(m_key), options);
    QByteArray output;
    connect(&shell, &ShellSession::dataReceived, this, [&](const QByteArray& b) { output += b; });
    QSignalSpy started(&shell, &ShellSession::started);
    QSignalSpy finished(&shell, &ShellSession::finished);
    QSignalSpy failed(&shell, &ShellSession::failed);
    shell.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 7);
    QVERIFY2(output.contains("hello-from-sshtestpod01"), output.constData());
    QVERIFY2(output.contains("33 91"), output.constData());
    QVERIFY(output.contains("on-a-tty"));
    QVERIFY(!shell.isRunning());
}

void ShellTest::interactiveShellFollowsResizeAndExit()
{
    ShellSession shell(target(m_key), ShellOptions{});
    QByteArray output;
    connect(&shell, &ShellSession::dataReceived, this, [&](const QByteArray& b) { output += b; });
    QSignalSpy started(&shell, &ShellSession::started);
    QSignalSpy finished(&shell, &ShellSession::finished);
    shell.start();
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 15000);
    QVERIFY(shell.isRunning());
    shell.write("echo answer=$((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("answer=42"), 10000);
    shell.resize(120, 40);
    shell.write("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(output.contains("40 120"), 10000);
    shell.write("exit 3\n");
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().first().toInt(), 3);
}

void ShellTest::refusedKeyFails()
{
    const QString other = m_home->path(QStringLiteral("other_key"));
    QVERIFY(!test::makeKey(other).isEmpty());
    ShellSession shell(target(other), ShellOptions{});
    QSignalSpy failed(&shell, &ShellSession::failed);
    shell.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("did not accept")),
             qPrintable(failed.first().first().toString()));
}

// Closing a shell tab while its SSH connect waits on a pod that accepts TCP but never answers (as an
// unreachable pod does until the connect timeout): close() and the destructor return at once.
void ShellTest::closingDuringABlockingConnectReturnsAtOnce()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    SshTarget t = target(m_key);
    t.host = QStringLiteral("127.0.0.1");
    t.port = silent.serverPort();
    t.connectTimeoutMs = 20000;
    auto shell = std::make_unique<ShellSession>(t, ShellOptions{});
    shell->start();
    QTest::qWait(500);
    QElapsedTimer clock;
    clock.start();
    shell->close();
    const qint64 closeMs = clock.elapsed();
    qInfo("MEASURE ShellSession::close() during a blocking SSH connect (timeout 20 s) returned in %lld ms", closeMs);
    QVERIFY2(closeMs < 1000, qPrintable(QString::number(closeMs)));

    auto second = std::make_unique<ShellSession>(t, ShellOptions{});
    second->start();
    QTest::qWait(500);
    clock.restart();
    second.reset();
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
}

QTEST_GUILESS_MAIN(ShellTest)
#include "tst_shell.moc"

// A pod that prints without end (`yes`, a runaway log) to a terminal tab whose thread is busy for three seconds:
// autopod stops taking output from the channel once a bounded amount waits for the tab, so the pod is throttled
// and memory stays flat; once the tab reads again, the output flows again.
void ShellTest::endlessOutputToATabThatIsNotReadingStaysBounded()
{
    ShellOptions options;
    options.command = QStringLiteral("yes autopod-flood-line");
    ShellSession shell(target(m_key), options);
    qint64 received = 0;
    connect(&shell, &ShellSession::dataReceived, this, [&](const QByteArray& b) { received += b.size(); });
    shell.start();
    QTRY_VERIFY_WITH_TIMEOUT(received > 1024 * 1024, 15000);

    const qint64 before = residentKb();
    QThread::sleep(3); // the tab's thread does not get to the output
    const qint64 after = residentKb();
    qInfo("MEASURE resident memory while the tab did not read for 3 s: %lld kB -> %lld kB", before, after);
    QVERIFY2(after - before < 32 * 1024, qPrintable(QStringLiteral("%1 kB -> %2 kB").arg(before).arg(after)));

    const qint64 atResume = received;
    QTRY_VERIFY_WITH_TIMEOUT(received - atResume > 8 * 1024 * 1024, 15000);
    shell.close();
}
