// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod's watchdog script on a loaded pod. The guard's loop may take seconds to come up, and
// `start` must not report it as failed (the user would be told "not guarded") while it comes up;
// the load is stood in for by a `setsid` that waits before it runs the loop. And a check of the
// loop that is slow (ComfyUI's queue answers late) must not undo limits changed meanwhile.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/guard/PodWatchdog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
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
    void aSlowCheckDoesNotUndoLimitsChangedMeanwhile();

private:
    // The environment of the script run here, as on a pod: the stand-in tools first on PATH.
    QProcessEnvironment scriptEnvironment(const QString& guardDir, const QString& podId) const;
    // Runs `sh script args…` to its end; its standard output, or empty with the reason in *error.
    static QByteArray runScript(const QString& script, const QStringList& args, const QProcessEnvironment& env,
                                QString* error);

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
    // No ComfyUI here: its queue never answers, at once; or, once per file named by
    // $TEST_SLOW_CURL (deleted when taken), after 4 s.
    QVERIFY(writeExecutable(m_bin + QStringLiteral("/curl"),
                            "#!/bin/sh\n"
                            "if [ -n \"${TEST_SLOW_CURL:-}\" ] && rm \"$TEST_SLOW_CURL\" 2>/dev/null; then\n"
                            "    /bin/sleep 4\n"
                            "fi\n"
                            "exit 7\n"));
}

QProcessEnvironment WatchdogTest::scriptEnvironment(const QString& guardDir, const QString& podId) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), m_bin + QStringLiteral(":") + env.value(QStringLiteral("PATH")));
    env.insert(QStringLiteral("AUTOPOD_GUARD_DIR"), guardDir);
    env.insert(QStringLiteral("AUTOPOD_GUARD_CHECK_SECONDS"), QStringLiteral("1"));
    env.insert(QStringLiteral("RUNPOD_POD_ID"), podId);
    env.insert(QStringLiteral("POD_WORKSPACE"), m_dir.filePath(QStringLiteral("workspace")));
    env.remove(QStringLiteral("AUTOPOD_GUARD_START_WAIT_SECONDS"));
    return env;
}

QByteArray WatchdogTest::runScript(const QString& script, const QStringList& args, const QProcessEnvironment& env,
                                   QString* error)
{
    QProcess sh;
    sh.setProcessEnvironment(env);
    sh.start(QStringLiteral("sh"), QStringList{script} + args);
    if (!sh.waitForFinished(30000) || sh.exitCode() != 0) {
        *error = QStringLiteral("%1 exited %2: %3")
                     .arg(args.value(0))
                     .arg(sh.exitCode())
                     .arg(QString::fromUtf8(sh.readAllStandardOutput() + sh.readAllStandardError()));
        return {};
    }
    return sh.readAllStandardOutput();
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
    QProcessEnvironment env = scriptEnvironment(guardDir, QStringLiteral("slowpod"));
    env.insert(QStringLiteral("TEST_SETSID_DELAY"), QStringLiteral("6"));
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

// `autopod pod guard` on a running pod re-runs `start`, which writes the new limits and the state at
// once. A check of the loop that began before (reading the old limits) and ends after (ComfyUI's
// queue answered late) wrote its state over that: the user's new limits read as the old ones until
// the next check, and the check would have stopped the pod by them. Seen in CI as `pod guard
// --idle-minutes 5` followed by a state still saying 120.
void WatchdogTest::aSlowCheckDoesNotUndoLimitsChangedMeanwhile()
{
    const QString guardDir = m_dir.filePath(QStringLiteral("change-guard"));
    QVERIFY(QDir().mkpath(guardDir));
    const QString script = guardDir + QStringLiteral("/autopod-watchdog.sh");
    QVERIFY(writeExecutable(script, guard::PodWatchdog::script()));
    QProcessEnvironment env = scriptEnvironment(guardDir, QStringLiteral("changepod"));
    const QString slowMarker = m_dir.filePath(QStringLiteral("slow-curl"));
    env.insert(QStringLiteral("TEST_SLOW_CURL"), slowMarker);
    QString error;
    const QByteArray first = runScript(script,
                                       {QStringLiteral("start"), QStringLiteral("120"), QStringLiteral("-"),
                                        QStringLiteral("-"), QStringLiteral("0.44"), QStringLiteral("0")},
                                       env, &error);
    auto endLoop = [&] {
        QFile pidFile(guardDir + QStringLiteral("/pid"));
        const qint64 pid = pidFile.open(QIODevice::ReadOnly) ? pidFile.readAll().trimmed().toLongLong() : 0;
        QFile::remove(script);
        if (pid > 0) {
            ::kill(pid_t(pid), SIGTERM);
        }
    };
    auto cleanup = qScopeGuard(endLoop);
    QVERIFY2(first.contains("\nidle_stop_minutes=120\n"), qPrintable(error + QString::fromUtf8(first)));

    // The loop's next check takes the slow answer; while it waits, the limits change.
    {
        QFile marker(slowMarker);
        QVERIFY(marker.open(QIODevice::WriteOnly));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(slowMarker), 10000);
    const QByteArray changed = runScript(script,
                                         {QStringLiteral("start"), QStringLiteral("5"), QStringLiteral("-"),
                                          QStringLiteral("-"), QStringLiteral("0.44"), QStringLiteral("0")},
                                         env, &error);
    QVERIFY2(changed.contains("\nidle_stop_minutes=5\n"), qPrintable(error + QString::fromUtf8(changed)));

    // Past the slow check's end and a few checks more, the state never goes back to 120.
    QFile state(guardDir + QStringLiteral("/state"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 7000) {
        QTest::qWait(250);
        if (state.open(QIODevice::ReadOnly)) {
            const QByteArray now = state.readAll();
            state.close();
            QVERIFY2(!now.contains("\nidle_stop_minutes=120\n"),
                     qPrintable(QStringLiteral("after %1 ms:\n%2").arg(clock.elapsed()).arg(QString::fromUtf8(now))));
        }
    }
}

QTEST_GUILESS_MAIN(WatchdogTest)
#include "tst_watchdog.moc"
