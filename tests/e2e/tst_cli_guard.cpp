// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod guard end to end: `autopod connect` starts the watchdog on the pod, then every autopod
// process ends, and the pod stops itself (idle, budget) through RunPod's pod-scoped key, while a
// running or queued prompt, an open shell or `pod keep` hold the idle stop off. The pod's clock
// runs fast (the simulator's /_sim/pods/:id/clock), so a 5-minute idle period takes seconds.
#include "e2e/CliFaultsRig.h"
#include "e2e/PtyProcess.h"
#include "support/ComfyClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>

using namespace autopod::test;

namespace {

constexpr int kSpeed = 30; // pod seconds per real second: 5 idle minutes take 10 s

int postPrompt(int port)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/prompt").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = nam.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("prompt"), comfyWorkflow(QStringLiteral("guard"), 1, 1, 5)}})
                     .toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

// autopod processes whose command line names this pod id (the CLI's background tunnel does).
QList<qint64> processesNaming(const QString& podId)
{
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (!ok) {
            continue;
        }
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray cmd = f.readAll();
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
        if (cmd.contains(podId.toUtf8()) && QFileInfo(exe) == QFileInfo(CliProcess::binary())) {
            pids << pid;
        }
    }
    return pids;
}

} // namespace

class TestCliGuard : public QObject, protected CliFaultsRig
{
    Q_OBJECT

    // Every request the simulator received (its /_sim/requests).
    QJsonArray recorded()
    {
        return m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
    }
    QString simStatus(const QString& podId) { return simPod(podId).value(QStringLiteral("desiredStatus")).toString(); }
    // Real ms until the pod is EXITED, or -1 after timeoutMs.
    qint64 waitForStop(const QString& podId, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (simStatus(podId) == QLatin1String("EXITED")) {
                return t.elapsed();
            }
            QThread::msleep(250);
        }
        return -1;
    }
    // The watchdog's state file, as the pod has it (the simulated pod's HOME is under the
    // simulator's state directory).
    QString watchdogState(const QString& podId)
    {
        QDir pods(m_sim.stateDir() + QStringLiteral("/pods"));
        const QStringList runs = pods.entryList({podId + QStringLiteral("-*")}, QDir::Dirs, QDir::Name);
        for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
            QFile f(pods.filePath(*it + QStringLiteral("/home/.autopod-guard/state")));
            if (f.open(QIODevice::ReadOnly)) {
                return QString::fromUtf8(f.readAll());
            }
        }
        return {};
    }

    struct Connected
    {
        CliResult result;
        QString name;
        QString podId;
    };

    // `autopod connect`, with the new pod's clock running kSpeed times faster from its start.
    Connected connectFast()
    {
        QSet<QString> before;
        for (const QJsonValue& p : m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray()) {
            before.insert(p.toObject().value(QStringLiteral("id")).toString());
        }
        auto process = m_cli->start(
            {QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"), QStringLiteral("--yes")});
        process->closeWriteChannel();
        Connected c;
        QElapsedTimer t;
        t.start();
        while (c.podId.isEmpty() && t.elapsed() < 30000) {
            for (const QJsonValue& p :
                 m_sim.get(QStringLiteral("pods")).object().value(QStringLiteral("pods")).toArray()) {
                const QString id = p.toObject().value(QStringLiteral("id")).toString();
                if (!before.contains(id)) {
                    c.podId = id;
                }
            }
            QThread::msleep(50);
        }
        if (!c.podId.isEmpty()) {
            m_sim.post(QStringLiteral("pods/%1/clock").arg(c.podId), QJsonObject{{QStringLiteral("speed"), kSpeed}});
        }
        c.result = m_cli->wait(*process, 120000);
        c.name = capture(c.result.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        return c;
    }

    // Ends the CLI's background tunnel of this pod, as closing autopod does; no autopod process is
    // left that knows the pod.
    void closeAutopod(const Connected& c)
    {
        const qint64 pid = podRecord(c.name).value(QStringLiteral("tunnel_pid")).toInteger();
        QVERIFY2(pid > 0, QJsonDocument(podRecord(c.name)).toJson().constData());
        QVERIFY(::kill(pid_t(pid), SIGTERM) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(processesNaming(c.podId).isEmpty(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startRig();
        configureWithFreeTunnelPort();
        // The pod's start takes a moment, so the test can speed its clock up before the guard starts.
        m_sim.post(QStringLiteral("timings"), QJsonObject{{QStringLiteral("runtimeAppearsAfter"), 1500}});
    }

    void cleanupTestCase()
    {
        endLeftovers();
        // The user's API key never went to a pod.
        QVERIFY(filesContaining(m_sim.stateDir() + QStringLiteral("/pods"), QByteArray(SimulatorProcess::fullAccessKey))
                    .isEmpty());
    }

    void anIdlePodStopsItselfWithAutopodClosed_whilePromptsHoldItOff()
    {
        set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("5"));
        const Connected c = connectFast();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        QVERIFY2(c.result.out.contains(QStringLiteral("Guard on pod ") + c.name), qPrintable(c.result.all()));
        const QJsonObject guard = podRecord(c.name).value(QStringLiteral("guard")).toObject();
        QCOMPARE(guard.value(QStringLiteral("idle_stop_minutes")).toInt(), 5);
        QVERIFY(guard.value(QStringLiteral("error")).isUndefined());

        // Two prompts of about 16 s each (one running, one queued): half a minute of work.
        m_sim.post(QStringLiteral("pods/%1/comfy").arg(c.podId), QJsonObject{{QStringLiteral("stepMs"), 1100}});
        QCOMPARE(postPrompt(m_tunnelPort), 200);
        QCOMPARE(postPrompt(m_tunnelPort), 200);
        closeAutopod(c);
        if (QTest::currentTestFailed()) {
            return;
        }
        QElapsedTimer sinceClosed;
        sinceClosed.start();

        // Longer than the idle period (10 s real), yet the pod runs: the prompts are activity.
        QThread::sleep(16);
        QCOMPARE(simStatus(c.podId), QStringLiteral("RUNNING"));
        QVERIFY2(watchdogState(c.podId).contains(QStringLiteral("activity=comfyui")),
                 qPrintable(watchdogState(c.podId)));

        // The prompts end after ~30 s; 5 idle minutes later (10 s) the pod stops itself.
        const qint64 stoppedAfter = waitForStop(c.podId, 90000);
        QVERIFY2(stoppedAfter >= 0, qPrintable(watchdogState(c.podId)));
        const qint64 total = sinceClosed.elapsed();
        QVERIFY2(total >= 30000, qPrintable(QStringLiteral("stopped %1 ms after autopod closed").arg(total)));
        const QString state = watchdogState(c.podId);
        QVERIFY2(state.contains(QStringLiteral("stopping=idle 5 min")), qPrintable(state));
        QVERIFY(processesNaming(c.podId).isEmpty());

        // The next time autopod looks, with no autopod process having seen the stop, it says why
        // the pod stopped, as far as it can tell: RunPod says the pod's own key stopped it, and its
        // guard ran with a 5-minute idle limit.
        QCOMPARE(podRecord(c.name).value(QStringLiteral("status")).toString(), QStringLiteral("running"));
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.out.contains(QStringLiteral("stopped: idle 5 min (likely)")), qPrintable(list.out));
        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), c.name});
        QVERIFY2(info.out.contains(QStringLiteral("it stopped the pod: idle 5 min (likely)")), qPrintable(info.out));

        // Stopped with the pod's own key through RunPod's API, never with the user's key.
        QJsonArray requests;
        for (const QJsonValue& r : recorded()) {
            if (r.toObject().value(QStringLiteral("path")).toString() ==
                QStringLiteral("/v2/pods/%1/action").arg(c.podId)) {
                requests << r;
            }
        }
        QCOMPARE(requests.size(), 1);
        const QString auth = requests.first()
                                 .toObject()
                                 .value(QStringLiteral("headers"))
                                 .toObject()
                                 .value(QStringLiteral("authorization"))
                                 .toString();
        QVERIFY2(auth.startsWith(QStringLiteral("Bearer rpa_pod_")), qPrintable(auth));
        QCOMPARE(
            m_sim.get(QStringLiteral("pods/") + c.podId).object().value(QStringLiteral("desiredStatus")).toString(),
            QStringLiteral("EXITED"));

        // The pod had a volume disk (defaults.volume_gb): its files, and the guard's note, survived the
        // stop. Started again, autopod says why it stopped and guards it again.
        QCOMPARE(podRecord(c.name).value(QStringLiteral("volume_gb")).toInt(), 20);
        const CliResult started =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), c.name, QStringLiteral("--yes")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.all()));
        QVERIFY2(started.all().contains(QStringLiteral("Its guard had stopped pod %1: idle 5 min.").arg(c.name)),
                 qPrintable(started.all()));
        QVERIFY2(started.all().contains(QStringLiteral("Guard on pod %1").arg(c.name)), qPrintable(started.all()));
        const CliResult killed =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), c.name, QStringLiteral("--yes")});
        QVERIFY2(killed.exitCode == 0, qPrintable(killed.all()));
    }

    void anOpenShellHoldsOffTheIdleStop_andKeepPostponesIt()
    {
        set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("5"));
        const Connected c = connectFast();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        closeAutopod(c);
        if (QTest::currentTestFailed()) {
            return;
        }

        PtyProcess shell;
        QVERIFY(shell.start(CliProcess::binary(), {QStringLiteral("pod"), QStringLiteral("shell"), c.name},
                            m_cli->environment()));
        QVERIFY2(shell.waitFor("#", 30000), shell.output().constData());
        QThread::sleep(15); // 7.5 pod minutes with a shell open
        QCOMPARE(simStatus(c.podId), QStringLiteral("RUNNING"));
        QVERIFY2(watchdogState(c.podId).contains(QStringLiteral("activity=shell")), qPrintable(watchdogState(c.podId)));

        // No idle stop for 20 pod minutes (40 s) from now, even once the shell is closed.
        const CliResult keep =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("keep"), c.name, QStringLiteral("20")});
        QVERIFY2(keep.exitCode == 0, qPrintable(keep.all()));
        QVERIFY2(keep.out.contains(QStringLiteral("no idle stop for 20 min")), qPrintable(keep.out));
        QVERIFY2(keep.out.contains(QStringLiteral("stops in ")), qPrintable(keep.out));
        shell.write("exit\n");
        QVERIFY(shell.waitForExit(15000) >= 0);
        QElapsedTimer sinceKeep;
        sinceKeep.start();

        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), c.name});
        QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
        QVERIFY2(info.out.contains(QRegularExpression(
                     QStringLiteral("Guard:\\s+stop after 5 min idle; stops in \\d+ min: idle 5 min"))),
                 qPrintable(info.out));

        QThread::sleep(20); // longer than the idle period after the shell closed, within the keep
        QCOMPARE(simStatus(c.podId), QStringLiteral("RUNNING"));
        const qint64 stoppedAfter = waitForStop(c.podId, 90000);
        QVERIFY2(stoppedAfter >= 0, qPrintable(watchdogState(c.podId)));
        QVERIFY2(sinceKeep.elapsed() >= 35000, qPrintable(QString::number(sinceKeep.elapsed())));
    }

    // `pod guard` changes a running pod's limits: the record and the watchdog on the pod take them,
    // and the pod stops after the new idle period; values outside the config key's range are refused.
    void theGuardsLimitsChangeOnARunningPod()
    {
        set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("120"));
        set(QStringLiteral("costs.max_usd_per_pod"), QStringLiteral("none"));
        set(QStringLiteral("lifecycle.max_hours"), QStringLiteral("none"));
        const Connected c = connectFast();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        closeAutopod(c);
        if (QTest::currentTestFailed()) {
            return;
        }

        const CliResult bad = m_cli->run({QStringLiteral("pod"), QStringLiteral("guard"), c.name,
                                          QStringLiteral("--idle-minutes"), QStringLiteral("5000")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("lifecycle.idle_stop_minutes")), qPrintable(bad.all()));
        QCOMPARE(podRecord(c.name)
                     .value(QStringLiteral("guard"))
                     .toObject()
                     .value(QStringLiteral("idle_stop_minutes"))
                     .toInt(),
                 120);

        const CliResult changed =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("guard"), c.name, QStringLiteral("--idle-minutes"),
                        QStringLiteral("5"), QStringLiteral("--max-usd"), QStringLiteral("40")});
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.all()));
        QVERIFY2(changed.out.contains(QStringLiteral("stop after 5 min idle, budget $40.00")), qPrintable(changed.out));
        const QJsonObject guard = podRecord(c.name).value(QStringLiteral("guard")).toObject();
        QCOMPARE(guard.value(QStringLiteral("idle_stop_minutes")).toInt(), 5);
        QCOMPARE(guard.value(QStringLiteral("max_usd")).toDouble(), 40.0);
        QVERIFY2(watchdogState(c.podId).contains(QStringLiteral("idle_stop_minutes=5\n")),
                 qPrintable(watchdogState(c.podId)));

        // 5 idle pod minutes are 10 s; 120 would have been 4 minutes.
        const qint64 stoppedAfter = waitForStop(c.podId, 60000);
        QVERIFY2(stoppedAfter >= 0, qPrintable(watchdogState(c.podId)));
        QVERIFY2(watchdogState(c.podId).contains(QStringLiteral("stopping=idle 5 min")),
                 qPrintable(watchdogState(c.podId)));
    }

    void aBudgetStopsThePodWithAutopodClosed()
    {
        set(QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("0"));
        set(QStringLiteral("costs.max_usd_per_pod"), QStringLiteral("0.05"));
        set(QStringLiteral("lifecycle.max_hours"), QStringLiteral("6"));
        const Connected c = connectFast();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        const double perHour =
            m_sim.get(QStringLiteral("pods/") + c.podId).object().value(QStringLiteral("costPerHr")).toDouble();
        QVERIFY(perHour > 0);

        // lifecycle.max_hours also went to RunPod as the server-side stopAfter.
        QJsonObject create;
        for (const QJsonValue& r : recorded()) {
            if (r.toObject()
                    .value(QStringLiteral("rawBody"))
                    .toString()
                    .contains(QStringLiteral("podFindAndDeployOnDemand"))) {
                create = r.toObject();
            }
        }
        QVERIFY(!create.isEmpty());
        const QString stopAfter = create.value(QStringLiteral("variables"))
                                      .toObject()
                                      .value(QStringLiteral("input"))
                                      .toObject()
                                      .value(QStringLiteral("stopAfter"))
                                      .toString();
        const QDateTime at = QDateTime::fromString(stopAfter, Qt::ISODate);
        QVERIFY2(at.isValid(), qPrintable(stopAfter));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(at) - 6 * 3600) < 600);

        closeAutopod(c);
        if (QTest::currentTestFailed()) {
            return;
        }
        // $0.05 at perHour is 0.05 / perHour pod hours: that many real seconds / kSpeed.
        const double expectedMs = 0.05 / perHour * 3600 * 1000 / kSpeed;
        const qint64 stoppedAfter = waitForStop(c.podId, int(expectedMs) + 60000);
        QVERIFY2(stoppedAfter >= 0, qPrintable(watchdogState(c.podId)));
        const QString state = watchdogState(c.podId);
        QVERIFY2(state.contains(QStringLiteral("stopping=budget $0.05")), qPrintable(state));
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.out.contains(QStringLiteral("stopped: budget $0.05 or max 6 h (likely)")), qPrintable(list.out));
        // Within one check (30 pod seconds) of the moment the cost reached the budget.
        const double cost = capture(state, QStringLiteral("cost_usd=([\\d.]+)")).toDouble();
        QVERIFY2(cost >= 0.05 - 1e-4 && cost <= 0.05 + perHour * 30 / 3600 + 1e-4, qPrintable(state));
    }
};

QTEST_GUILESS_MAIN(TestCliGuard)
#include "tst_cli_guard.moc"
