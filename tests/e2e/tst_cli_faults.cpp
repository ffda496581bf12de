// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The CLI under the simulator's faults: no capacity, an invalid key, an orphaned create, Ctrl-C,
// a pod that never becomes ready or fails, pods gone behind autopod's back or not tracked, a hung
// API. Retries that run out are in tst_cli_retries.
#include "e2e/CliFaultsRig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace autopod::test;

class TestCliFaults : public QObject, protected CliFaultsRig
{
    Q_OBJECT

    // Until the guard goes: the background tunnel process blocks before it starts (its output file
    // is a FIFO with no reader), and a failed connect is not retried.
    auto stuckTunnelProcesses()
    {
        const QString out = m_home.autopodHome() + QStringLiteral("/logs/tunnel.out");
        QFile::remove(out);
        if (::mkfifo(QFile::encodeName(out).constData(), 0600) != 0) {
            qFatal("cannot make a FIFO at %s", qPrintable(out));
        }
        return qScopeGuard([out] { QFile::remove(out); });
    }

    // The REST v2 requests the simulator answered since request number `since`, and how many of
    // them it refused for the rate limit (HTTP 429).
    struct RestRequests
    {
        int total = 0;
        int rateLimited = 0;
        int lastSeq = 0;
    };
    RestRequests restRequestsSince(int since)
    {
        RestRequests r;
        const QJsonArray all =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& v : all) {
            const QJsonObject req = v.toObject();
            const int seq = req.value(QStringLiteral("seq")).toInt();
            r.lastSeq = std::max(r.lastSeq, seq);
            if (seq > since && req.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/v2/"))) {
                ++r.total;
                r.rateLimited += req.value(QStringLiteral("rateLimited")).isString() ? 1 : 0;
            }
        }
        return r;
    }

    // autopod processes of this home that were not running before.
    QList<qint64> newProcesses(const QList<qint64>& before)
    {
        QList<qint64> pids = autopodProcessesOf(m_home.autopodHome());
        pids.removeIf([&before](qint64 pid) { return before.contains(pid); });
        return pids;
    }

private Q_SLOTS:
    void initTestCase() { startRig(); }

    void cleanup() { endLeftovers(); }

    void invalidKeyIsClearAndSavesNothing()
    {
        const CliResult r = m_cli->configure(QStringLiteral("rp_wrong_key_123456"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Invalid API key")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("Nothing was saved")));
        QVERIFY(!QFile::exists(m_home.path(QStringLiteral(".autopod/config.json"))));
        QVERIFY(!r.all().contains(QStringLiteral("rp_wrong_key_123456")));
        // And a command needing the key says what to do.
        const CliResult connect = m_cli->run(kConnect);
        QCOMPARE(connect.exitCode, 3);
        QVERIFY(connect.err.contains(QStringLiteral("autopod config init")));
    }

    // Core names the next step as an action ("set a valid API key"); the CLI renders it as the
    // command that does it.
    void revokedKeyNamesTheCommandThatSetsANewOne()
    {
        configure();
        QFile config(m_home.path(QStringLiteral(".autopod/config.json"))); // no keychain here
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        QVERIFY(text.contains(SimulatorProcess::fullAccessKey));
        text.replace(SimulatorProcess::fullAccessKey, "rp_sim_revoked_key");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();
        const CliResult r = m_cli->run(kConnect);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("RunPod rejected the API key")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("Run `autopod config set api-key`.")), qPrintable(r.all()));
        QVERIFY(!r.all().contains(QStringLiteral("rp_sim_revoked_key")));
    }

    void badInputIsAnsweredNotCrashedOn()
    {
        QCOMPARE(m_cli->run({QStringLiteral("bogus")}).exitCode, 2);
        QCOMPARE(m_cli->run({QStringLiteral("connect"), QStringLiteral("--gpu-count"), QStringLiteral("99")}).exitCode,
                 2);
        QCOMPARE(m_cli->run({QStringLiteral("connect"), QStringLiteral("--region"), QStringLiteral("MARS")}).exitCode,
                 2);
        const CliResult port = m_cli->run({QStringLiteral("config"), QStringLiteral("set"),
                                           QStringLiteral("ssh.tunnel_port"), QStringLiteral("99999")});
        QCOMPARE(port.exitCode, 2);
        QVERIFY(port.err.contains(QStringLiteral("tunnel_port")));
        const CliResult unknown = m_cli->run(
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("no.such.key"), QStringLiteral("1")});
        QCOMPARE(unknown.exitCode, 2);
        const CliResult help = m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    }

    void configure() { configureCli(); }

    void noCapacityCreatesNothing()
    {
        // Refused at create time with RunPod's message.
        addFault(
            {{QStringLiteral("type"), QStringLiteral("graphqlError")},
             {QStringLiteral("field"), QStringLiteral("podFindAndDeployOnDemand")},
             {QStringLiteral("message"), QStringLiteral("There are no longer any instances available with the "
                                                        "requested specifications. Please refresh and try again.")}});
        const CliResult r = m_cli->run(kConnect);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("no longer any instances available")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("No pod was created")));
        QCOMPARE(simPods().size(), 0);
        QVERIFY(podsJson().isEmpty() || podsJson().keys().filter(QStringLiteral("autopod-")).isEmpty());

        // Nothing in stock that matches: said before anything is created.
        const CliResult none =
            m_cli->run({QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"),
                        QStringLiteral("--cuda"), QStringLiteral("13.9"), QStringLiteral("--yes")});
        QCOMPARE(none.exitCode, 5);
        QVERIFY2(none.err.contains(QStringLiteral("No ")) && none.err.contains(QStringLiteral("CUDA: 13.9+")),
                 qPrintable(none.all()));
        QCOMPARE(simPods().size(), 0);
    }

    void orphanedCreateIsFoundAndUsed()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("createThen500")}});
        const CliResult r = m_cli->run(kConnect);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY(r.out.contains(QStringLiteral("Connected!")));
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        // Exactly one pod on RunPod, tracked under the name it was created with.
        QCOMPARE(livePods(), 1);
        const QJsonObject rec = podsJson().value(name).toObject();
        QVERIFY(!rec.value(QStringLiteral("pod_id")).toString().isEmpty());
        QCOMPARE(simPod(rec.value(QStringLiteral("pod_id")).toString()).value(QStringLiteral("name")).toString(), name);
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
        QCOMPARE(livePods(), 0);
    }

    void interruptDuringConnectCleansUp()
    {
        m_sim.post(QStringLiteral("timings"), {{QStringLiteral("runtimeAppearsAfter"), 60000}});
        QElapsedTimer started;
        started.start();
        auto p = m_cli->start(kConnect);
        p->closeWriteChannel();
        QByteArray out;
        while (!out.contains("Waiting for pod to start") && started.elapsed() < 30000) {
            p->waitForReadyRead(50);
            out += p->peek(1 << 20);
        }
        QVERIFY(out.contains("Waiting for pod to start"));
        ::kill(pid_t(p->processId()), SIGINT);
        const CliResult r = m_cli->wait(*p, 30000, &started);
        m_sim.post(QStringLiteral("timings"), {{QStringLiteral("runtimeAppearsAfter"), 0}});
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod")), qPrintable(r.all()));
        QCOMPARE(livePods(), 0);
    }

    void ctrlCDuringACreateThatCompletesLaterEndsTheNewPod()
    {
        // RunPod makes the pod 3 s after the request: Ctrl-C during "Requesting pod..." waits for it
        // and ends it (no volume: terminated), instead of saying nothing was created.
        addFault({{QStringLiteral("type"), QStringLiteral("delay")},
                  {QStringLiteral("ms"), 3000},
                  {QStringLiteral("field"), QStringLiteral("podFindAndDeployOnDemand")}});
        QElapsedTimer started;
        started.start();
        auto p = m_cli->start(kConnect);
        p->closeWriteChannel();
        QByteArray out;
        while (!out.contains("Requesting pod") && started.elapsed() < 30000) {
            p->waitForReadyRead(50);
            out += p->peek(1 << 20);
        }
        QVERIFY(out.contains("Requesting pod"));
        QTest::qWait(300);
        ::kill(pid_t(p->processId()), SIGINT);
        const CliResult r = m_cli->wait(*p, 60000, &started);
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(!r.err.contains(QStringLiteral("No pod was created")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod %1").arg(name)), qPrintable(r.all()));
        QTest::qWait(500);
        QCOMPARE(livePods(), 0);
        // Tracked all along: pods.json knows the pod RunPod made, and that it is terminated.
        const QJsonObject rec = podsJson().value(name).toObject();
        const QString podId = rec.value(QStringLiteral("pod_id")).toString();
        QVERIFY2(!podId.isEmpty(), QJsonDocument(podsJson()).toJson().constData());
        const QJsonObject pod = simPod(podId);
        QVERIFY(pod.isEmpty() || pod.value(QStringLiteral("desiredStatus")).toString() == QLatin1String("TERMINATED"));
    }

    // REST v2 shows a pod whose container failed as ERROR: the create ends at once (not at the
    // readiness timeout) with the pod terminated per the cost-safe policy, and the user reads the
    // container's last log lines.
    void podInErrorIsEndedWithinSecondsWithItsLogLines()
    {
        // Only REST v2 shows ERROR (GraphQL keeps saying RUNNING): this one runs the CLI on REST.
        m_cli->setVariable(QStringLiteral("AUTOPOD_TRANSPORT"), QStringLiteral("rest"));
        auto back =
            qScopeGuard([this] { m_cli->setVariable(QStringLiteral("AUTOPOD_TRANSPORT"), transportUnderTest()); });
        const QString line = QStringLiteral("torch.cuda.OutOfMemoryError: CUDA out of memory (sim)");
        addFault({{QStringLiteral("type"), QStringLiteral("podError")},
                  {QStringLiteral("afterMs"), 300},
                  {QStringLiteral("lines"), QJsonArray{QStringLiteral("Loading models..."), line}}});
        auto process = m_cli->start(kConnect);
        QElapsedTimer clock;
        clock.start();
        QString podId;
        qint64 erroredAt = -1;
        while (erroredAt < 0 && clock.elapsed() < 60000) {
            for (const QJsonValue& v : simPods()) {
                const QJsonObject pod = v.toObject();
                if (!pod.value(QStringLiteral("error")).isNull() && pod.contains(QStringLiteral("error"))) {
                    podId = pod.value(QStringLiteral("id")).toString();
                    erroredAt = clock.elapsed();
                }
            }
            QTest::qWait(50);
        }
        QVERIFY2(erroredAt >= 0, "the simulated pod never entered ERROR");
        qint64 endedAt = -1;
        while (endedAt < 0 && clock.elapsed() < erroredAt + 30000) {
            const QJsonObject pod = simPod(podId);
            const QString status = pod.value(QStringLiteral("desiredStatus")).toString();
            if (pod.isEmpty() || status == QLatin1String("TERMINATED") || status == QLatin1String("EXITED")) {
                endedAt = clock.elapsed();
            }
            QTest::qWait(50);
        }
        QVERIFY2(endedAt >= 0, "the pod in ERROR was left billing");
        qInfo("pod ended %lld ms after it entered ERROR", endedAt - erroredAt);
        QVERIFY2(endedAt - erroredAt <= 5000, qPrintable(QString::number(endedAt - erroredAt)));
        const CliResult r = m_cli->wait(*process);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.all().contains(line), qPrintable(r.all()));
    }

    // Waiting for a pod that never starts, and on REST v2 (60 requests a minute) without running
    // into RunPod's rate limit: its status is polled no faster than the limit allows, so nothing is
    // refused with 429 and the user's other autopod windows keep their share.
    void podThatNeverBecomesReadyIsTerminated()
    {
        set(QStringLiteral("lifecycle.ready_timeout_seconds"), QStringLiteral("30"));
        addFault({{QStringLiteral("type"), QStringLiteral("podStuck")}});
        const int since = restRequestsSince(0).lastSeq;
        const CliResult r = m_cli->run(kConnect, {}, 120000);
        set(QStringLiteral("lifecycle.ready_timeout_seconds"), QStringLiteral("600"));
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.err.contains(QStringLiteral("did not start within")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("Terminated pod")));
        QCOMPARE(livePods(), 0);
        if (transportUnderTest() == QLatin1String("rest")) {
            const RestRequests made = restRequestsSince(since);
            QCOMPARE(made.rateLimited, 0);
            // 30 s of the 60-a-minute quota is 30 requests; the create, the terminate and the
            // lookups around them come on top of the polls.
            QVERIFY2(made.total <= 36, qPrintable(QString::number(made.total)));
            QVERIFY2(!r.all().contains(QStringLiteral("rate limit")), qPrintable(r.all()));
        }
    }

    // A background tunnel process that never reports READY (here its output file is a FIFO no one
    // reads, so it blocks before it even starts) does not keep `connect` waiting: after the
    // deadline the process is ended, and the new pod with it.
    void tunnelProcessThatNeverReportsEndsTheConnect()
    {
        const auto restore = stuckTunnelProcesses();
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("0")); // one stuck process, not three
        auto retries = qScopeGuard([this] { set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("2")); });
        const QList<qint64> before = autopodProcessesOf(m_home.autopodHome());

        const CliResult r = m_cli->run(kConnect, {}, 120000);
        QVERIFY2(!r.timedOut, qPrintable(r.all()));
        QCOMPARE(r.exitCode, 9);
        QVERIFY2(r.err.contains(QStringLiteral("did not report within 20 s")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod")), qPrintable(r.all()));
        QCOMPARE(livePods(), 0);
        QVERIFY2(newProcesses(before).isEmpty(), "the stuck tunnel process was left behind");
    }

    // Ctrl-C while that stuck process is the one being waited for ends it too: it is not yet
    // recognisable as a tunnel process, but it is still connect's own child.
    void ctrlCWhileTheTunnelProcessIsStuckEndsIt()
    {
        const auto restore = stuckTunnelProcesses();
        const QList<qint64> before = autopodProcessesOf(m_home.autopodHome());
        QElapsedTimer started;
        started.start();
        auto p = m_cli->start(kConnect);
        p->closeWriteChannel();
        // connect and its stuck child
        if (!QTest::qWaitFor([&] { return newProcesses(before).size() >= 2; }, 120000)) {
            const CliResult r = m_cli->wait(*p, 30000, &started);
            QFAIL(qPrintable(QStringLiteral("connect's tunnel process never was stuck; connect said:\n") + r.all()));
        }
        ::kill(pid_t(p->processId()), SIGINT);
        const CliResult r = m_cli->wait(*p, 30000, &started);
        QCOMPARE(r.exitCode, 130);
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod")), qPrintable(r.all()));
        QCOMPARE(livePods(), 0);
        QVERIFY2(newProcesses(before).isEmpty(), "the stuck tunnel process was left behind");
    }

    void attachWhoseSshFailsLeavesThePodRunning()
    {
        // `pod start` on a running pod reconnects to it. When SSH then fails, the pod is the user's
        // as it was: never stopped or terminated, and the output says what happened.
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QVERIFY(!podId.isEmpty());
        m_sim.post(QStringLiteral("pods/%1/refuse-ssh").arg(podId), {{QStringLiteral("ms"), 600000}});
        set(QStringLiteral("lifecycle.ready_timeout_seconds"), QStringLiteral("30"));
        const CliResult r =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), name, QStringLiteral("--yes")}, {}, 120000);
        set(QStringLiteral("lifecycle.ready_timeout_seconds"), QStringLiteral("600"));
        QVERIFY2(r.exitCode != 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("is running; reconnecting")), qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("left running as it was")), qPrintable(r.all()));
        QVERIFY(!r.err.contains(QStringLiteral("Terminated pod")));
        QVERIFY(!r.err.contains(QStringLiteral("Stopped pod")));
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("RUNNING"));
        QVERIFY(podsJson().contains(name));
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
        QCOMPARE(livePods(), 0);
    }

    void resumeWithoutFreeGpusIsClear()
    {
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name}).exitCode, 0);
        m_sim.post(QStringLiteral("pods/%1/take-host-gpus").arg(podId), {{QStringLiteral("value"), true}});
        const CliResult r = m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), name, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("not enough free GPUs")), qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("stays stopped")));
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("EXITED"));
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
    }

    // Started from the RunPod console a moment ago, the pod is still provisioning (REST v2 refuses
    // a start then, with 409): `pod start` goes on with the pod as it is and never says it "stays
    // stopped" while it bills.
    void startOfAPodThatIsAlreadyStartingFollowsIt()
    {
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name}).exitCode, 0);
        QTest::qWait(3000); // stopped for a while: its next run clearly begins after autopod's last connection
        m_sim.post(QStringLiteral("timings"), {{QStringLiteral("resumeRuntimeAppearsAfter"), 4000}});
        const auto restoreTimings = qScopeGuard([this] {
            m_sim.post(QStringLiteral("timings"), {{QStringLiteral("resumeRuntimeAppearsAfter"), 0}});
        });
        m_sim.asConsole(
            QStringLiteral("mutation { podResume(input: {podId: \"%1\", gpuCount: 1}) { id desiredStatus } }")
                .arg(podId));
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("RUNNING"));

        const CliResult r =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), name, QStringLiteral("--yes")}, {}, 120000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(!r.all().contains(QStringLiteral("stays stopped")), qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Connected!")), qPrintable(r.all()));
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("RUNNING"));
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
    }

    void stopAndKillSucceedWhenPodIsAlreadyGone()
    {
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        // Terminated elsewhere (the console): autopod still tracks it.
        m_sim.asConsole(QStringLiteral("mutation { podTerminate(input: {podId: \"%1\"}) }").arg(podId));
        const QJsonObject gone = simPod(podId);
        QVERIFY(gone.isEmpty() ||
                gone.value(QStringLiteral("desiredStatus")).toString() == QLatin1String("TERMINATED"));

        const CliResult stop = m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.all()));
        QVERIFY(stop.out.contains(QStringLiteral("no longer exists")));
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY(list.out.contains(name));
        QVERIFY(list.out.contains(QStringLiteral("gone")) || list.out.contains(QStringLiteral("terminated")));
        const CliResult kill = m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name});
        QVERIFY2(kill.exitCode == 0, qPrintable(kill.all()));
        QVERIFY(kill.out.contains(QStringLiteral("already gone")));
        QVERIFY(!podsJson().contains(name));
    }

    // A pod that bills on the account but that this pods.json does not know (created on another
    // machine, or its record lost) is named by `pods list` with how to track or end it; adopting
    // it makes it an ordinary tracked pod.
    void untrackedBillingPodIsShownAndCanBeAdopted()
    {
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QJsonObject record = podsJson().value(name).toObject();
        const QString podId = record.value(QStringLiteral("pod_id")).toString();
        QVERIFY(!podId.isEmpty());
        ::kill(pid_t(record.value(QStringLiteral("tunnel_pid")).toInteger()), SIGTERM);
        QFile::remove(m_home.path(QStringLiteral(".autopod/pods.json")));

        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.err.contains(QStringLiteral("not tracked by autopod")), qPrintable(list.all()));
        QVERIFY(list.out.contains(name));
        QVERIFY(list.out.contains(QStringLiteral("autopod pod adopt %1").arg(podId)));
        QVERIFY(list.out.contains(QStringLiteral("autopod pod kill %1").arg(podId)));
        const CliResult json = m_cli->run({QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray entries = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("pod_id")).toString(), podId);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("tracked")).toBool(true), false);

        const CliResult adopt = m_cli->run({QStringLiteral("pod"), QStringLiteral("adopt"), podId});
        QVERIFY2(adopt.exitCode == 0, qPrintable(adopt.all()));
        QCOMPARE(podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString(), podId);
        const CliResult after = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(!after.err.contains(QStringLiteral("not tracked")), qPrintable(after.all()));
        QVERIFY(after.out.contains(QStringLiteral("running")));
        const CliResult kill =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")});
        QVERIFY2(kill.exitCode == 0, qPrintable(kill.all()));
        const QJsonObject gone = simPod(podId);
        QVERIFY(gone.isEmpty() ||
                gone.value(QStringLiteral("desiredStatus")).toString() == QLatin1String("TERMINATED"));
    }

    void readOnlyCommandsAnswerFastWhenRunPodHangs()
    {
        const CliResult c = m_cli->run(kConnect);
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        const QString name = capture(c.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        // RunPod swallows every request from now on (the full budget would be 66 s here, 122 s by default).
        for (const QString& op : {QStringLiteral("Pods"), QStringLiteral("Pod")}) {
            addFault({{QStringLiteral("type"), QStringLiteral("hang")},
                      {QStringLiteral("operationName"), target(op)},
                      {QStringLiteral("count"), QJsonValue::Null}});
        }
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")}, {}, 60000);
        qInfo("MEASURE pods list against a hung API: %lld ms", list.wallMs);
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.wallMs < 10000, qPrintable(QString::number(list.wallMs)));
        QVERIFY(list.out.contains(name));
        QVERIFY2(list.err.contains(QStringLiteral("Not refreshed")), qPrintable(list.all()));
        QVERIFY(list.err.contains(QStringLiteral("did not answer")));
        const CliResult json =
            m_cli->run({QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--json")}, {}, 60000);
        QVERIFY(json.wallMs < 10000);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY2(!rows.isEmpty(), qPrintable(json.all()));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("refreshed")).toBool(true), false);
        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), name}, {}, 60000);
        qInfo("MEASURE pod info against a hung API: %lld ms", info.wallMs);
        QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
        QVERIFY2(info.wallMs < 10000, qPrintable(QString::number(info.wallMs)));
        QVERIFY2(info.err.contains(QStringLiteral("Not refreshed")), qPrintable(info.all()));
        m_sim.control("DELETE", QStringLiteral("faults"));
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
    }

    void noCredentialInAnyOutputOrLog()
    {
        const QByteArray key(SimulatorProcess::fullAccessKey);
        for (const QString& output : m_cli->outputs()) {
            QVERIFY2(!output.contains(QLatin1String(key)), qPrintable(output));
            QVERIFY(!output.contains(QStringLiteral("rp_wrong_key_123456")));
        }
        QStringList hits = filesContaining(m_home.autopodHome(), key);
        hits.removeAll(m_home.path(QStringLiteral(".autopod/config.json")));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        QVERIFY(filesContaining(m_home.autopodHome(), "rp_wrong_key_123456").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
