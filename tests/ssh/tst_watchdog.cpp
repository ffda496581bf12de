// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Starting the pod's watchdog on a loaded pod: the guard's loop may take seconds to come up, and
// `start` must not report it as failed (the user would be told "not guarded") while it comes up.
// The load is stood in for by a `setsid` that waits before it runs the loop.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/guard/PodWatchdog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace autopod;

namespace {

bool writeExecutable(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write(text);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class WatchdogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startWaitsForALoopThatIsSlowToComeUp();
    void installLooksAgainBeforeCallingThePodUnguarded();

private:
    QTemporaryDir m_dir;
    QString m_bin;
};

void WatchdogTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bin = m_dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(m_bin));
    const QString realSetsid = QStandardPaths::findExecutable(QStringLiteral("setsid"));
    QVERIFY2(!realSetsid.isEmpty(), "setsid is not installed");
    // A loaded machine: the new process runs the guard's loop only after $TEST_SETSID_DELAY seconds.
    QVERIFY(
        writeExecutable(m_bin + QStringLiteral("/setsid"), "#!/bin/sh\n/bin/sleep \"${TEST_SETSID_DELAY:-0}\"\nexec " +
                                                               realSetsid.toUtf8() + " \"$@\"\n"));
    QVERIFY(writeExecutable(m_bin + QStringLiteral("/runpodctl"), "#!/bin/sh\necho \"runpodctl $*\"\n"));
    // No ComfyUI here: its queue never answers, at once.
    QVERIFY(writeExecutable(m_bin + QStringLiteral("/curl"), "#!/bin/sh\nexit 7\n"));
}

// The script's own `start`, run here: before the fix it gave up after a fixed 5 s and said "the
// guard did not start" (exit 4) although the loop came up a second later and guarded the pod.
void WatchdogTest::startWaitsForALoopThatIsSlowToComeUp()
{
    const QString guardDir = m_dir.filePath(QStringLiteral("local-guard"));
    QVERIFY(QDir().mkpath(guardDir));
    const QString script = guardDir + QStringLiteral("/autopod-watchdog.sh");
    QVERIFY(writeExecutable(script, guard::PodWatchdog::script()));

    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_bin + QStringLiteral(":") + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("AUTOPOD_GUARD_DIR"), guardDir);
    env.insert(QStringLiteral("AUTOPOD_GUARD_CHECK_SECONDS"), QStringLiteral("1"));
    env.insert(QStringLiteral("RUNPOD_POD_ID"), QStringLiteral("slowpod"));
    env.insert(QStringLiteral("POD_WORKSPACE"), m_dir.filePath(QStringLiteral("workspace")));
    env.insert(QStringLiteral("TEST_SETSID_DELAY"), QStringLiteral("6"));
    env.remove(QStringLiteral("AUTOPOD_GUARD_START_WAIT_SECONDS"));
    sh.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    sh.start(QStringLiteral("sh"), {script, QStringLiteral("start"), QStringLiteral("30"), QStringLiteral("-"),
                                    QStringLiteral("-"), QStringLiteral("0.44"), QStringLiteral("0")});
    QVERIFY(sh.waitForFinished(30000));
    const QByteArray out = sh.readAllStandardOutput();
    const QByteArray err = sh.readAllStandardError();
    qInfo("start took %lld ms", qint64(clock.elapsed()));

    QFile pidFile(guardDir + QStringLiteral("/pid"));
    const qint64 pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
    // The loop ends once its script is gone (at its next check); stop it now anyway.
    QFile::remove(script);
    if (pid > 0) {
        ::kill(pid_t(pid), SIGTERM);
    }

    QVERIFY2(sh.exitCode() == 0, QByteArray(out + err).constData());
    QVERIFY2(out.startsWith("running=1\n"), out.constData());
    QVERIFY2(out.contains("\naction=idle\n") && out.contains("\naction_in=1800\n"), out.constData());
    QVERIFY2(err.isEmpty(), err.constData());
    QVERIFY(pid > 0);
}

// Over SSH, as autopod installs it: `start` gives up (here after 1 s) while the loop comes up 2 s
// after the fork; autopod looks at the state once more and finds the guard running.
void WatchdogTest::installLooksAgainBeforeCallingThePodUnguarded()
{
    test::TempHome home;
    QDir().mkpath(home.path(QStringLiteral(".ssh")));
    const QString key = home.path(QStringLiteral(".ssh/id_ed25519"));
    const QString pub = test::makeKey(key);
    QVERIFY(!pub.isEmpty());
    test::PodFixture pod;
    pod.setEnvironment({QStringLiteral("PATH=") + m_bin + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"),
                        QStringLiteral("AUTOPOD_GUARD_START_WAIT_SECONDS=1"),
                        QStringLiteral("AUTOPOD_GUARD_CHECK_SECONDS=1"), QStringLiteral("TEST_SETSID_DELAY=2")});
    QVERIFY2(pod.start(pub), qPrintable(pod.errorString()));
    ssh::SshTarget target;
    target.host = pod.ip();
    target.port = pod.port();
    target.identity.privateKeyPath = key;
    target.knownHostsFile = home.autopodHome() + QStringLiteral("/known_hosts");
    target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;

    pods::GuardSettings settings;
    settings.idleStopMinutes = 30;
    const guard::WatchdogResult r = guard::PodWatchdog::install(target, settings, 0.44, 0);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.state.running);

    // The loop's own first check follows.
    guard::WatchdogResult state;
    QElapsedTimer clock;
    clock.start();
    do {
        state = guard::PodWatchdog::readState(target);
    } while (state.state.idleStopMinutes != 30 && clock.elapsed() < 15000 && (QTest::qWait(300), true));
    QVERIFY2(state.ok && state.state.running, qPrintable(state.message));
    QCOMPARE(state.state.idleStopMinutes, 30);
    QCOMPARE(state.state.action, QStringLiteral("idle"));
}

QTEST_GUILESS_MAIN(WatchdogTest)
#include "tst_watchdog.moc"
