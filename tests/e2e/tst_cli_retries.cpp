// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The CLI when RunPod keeps failing: each call retried on its schedule and shown, then the pod
// stopped or terminated, or, when even that fails, left tracked with what to do; Ctrl-C while
// the ending is retried.
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

using namespace autopod::test;

class TestCliRetries : public QObject, protected CliFaultsRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { startRig(); }
    void cleanup() { endLeftovers(); }
    void configure() { configureCli(); }

    void networkFailureRetriesThenStopsPod()
    {
        // Every read of the pod fails once it exists: retried on the schedule (max_retries 2: 2 s, 4 s)
        // with a progress line each time, then the pod is stopped, not left billing.
        addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                  {QStringLiteral("field"), target(QStringLiteral("pod"))},
                  {QStringLiteral("count"), QJsonValue::Null}});
        m_sim.control("DELETE", QStringLiteral("requests"));
        const CliResult r = m_cli->run(kConnect, {}, 180000);
        QCOMPARE(r.exitCode, 7);
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QVERIFY2(!podId.isEmpty(), qPrintable(r.all()));
        // One retry budget: 1 + 2 reads, not retries of retries (before: 9 reads and 24 s).
        const QJsonArray requests =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        int podReads = 0;
        for (const QJsonValue& v : requests) {
            const QJsonObject q = v.toObject();
            podReads += q.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("pod")) ||
                        (q.value(QStringLiteral("method")).toString() == QLatin1String("GET") &&
                         q.value(QStringLiteral("path")).toString() == QStringLiteral("/v2/pods/") + podId);
        }
        QCOMPARE(podReads, 3);
        QVERIFY2(r.wallMs < 15000, qPrintable(QString::number(r.wallMs)));
        // The user saw each retry as it was scheduled.
        QVERIFY2(
            r.err.contains(QStringLiteral("Checking pod %1: RunPod answered HTTP 502 — retry 1/2 in 2s").arg(name)),
            qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("retry 2/2 in 4s")));
        QCOMPARE(r.err.count(QStringLiteral("retry 1/2")), 1); // once, by the flow, naming the pod
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod")) || r.err.contains(QStringLiteral("Stopped pod")),
                 qPrintable(r.all()));
        // Nothing to lose (no volume disk): terminated; either way no GPU billing remains.
        const QJsonObject pod = simPod(podId);
        QVERIFY(pod.isEmpty() || pod.value(QStringLiteral("desiredStatus")).toString() != QLatin1String("RUNNING"));
        QCOMPARE(livePods(), 0);
        QVERIFY(!podsJson().value(name).toObject().value(QStringLiteral("last_error")).toString().isEmpty());
    }

    void failingTerminateIsRetriedUntilItGoesThrough()
    {
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("1"));
        addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                  {QStringLiteral("field"), target(QStringLiteral("pod"))},
                  {QStringLiteral("count"), QJsonValue::Null}});
        // The call that ends billing gets twice the retries (at least 3): three failures are survived.
        addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                  {QStringLiteral("field"), target(QStringLiteral("podTerminate"))},
                  {QStringLiteral("count"), 3}});
        const CliResult r = m_cli->run(kConnect, {}, 180000);
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("2"));
        QCOMPARE(r.exitCode, 7);
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        QVERIFY2(r.err.contains(QStringLiteral("Terminating pod %1: RunPod answered HTTP 502 — retry 3/3").arg(name)),
                 qPrintable(r.all()));
        QVERIFY2(r.err.contains(QStringLiteral("Terminated pod %1").arg(name)), qPrintable(r.all()));
        QCOMPARE(livePods(), 0);
    }

    void terminateThatNeverGoesThroughLeavesPodTracked()
    {
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("1"));
        for (const QString& field : {QStringLiteral("pod"), QStringLiteral("podTerminate")}) {
            addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                      {QStringLiteral("field"), target(field)},
                      {QStringLiteral("count"), QJsonValue::Null}});
        }
        const CliResult r = m_cli->run(kConnect, {}, 180000);
        QCOMPARE(r.exitCode, 7);
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        // Said plainly, with what to do; the pod is still billing on RunPod and still in pods.json.
        QVERIFY2(r.err.contains(QStringLiteral("Could not terminate pod %1").arg(name)), qPrintable(r.all()));
        QVERIFY(r.err.contains(QStringLiteral("may still be billing")));
        QVERIFY(r.err.contains(QStringLiteral("autopod pod stop %1").arg(name)));
        QCOMPARE(livePods(), 1);
        const QJsonObject rec = podsJson().value(name).toObject();
        const QString podId = rec.value(QStringLiteral("pod_id")).toString();
        QVERIFY(!podId.isEmpty());
        QVERIFY(!rec.value(QStringLiteral("gone")).toBool());
        QVERIFY(rec.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("may still be billing")));
        // While RunPod keeps failing, `pod stop` says so at every retry (the stop gets 1 + 3 tries).
        addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                  {QStringLiteral("field"), target(QStringLiteral("podStop"))},
                  {QStringLiteral("count"), QJsonValue::Null}});
        m_sim.control("DELETE", QStringLiteral("requests"));
        const CliResult stuck = m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name}, {}, 60000);
        QVERIFY(stuck.exitCode != 0);
        const QString stopCall =
            transportUnderTest() == QLatin1String("rest") ? QStringLiteral("podAction") : QStringLiteral("StopPod");
        QVERIFY2(stuck.err.contains(QStringLiteral("RunPod answered HTTP 502 (%1) — retry 3/3 in 2s").arg(stopCall)),
                 qPrintable(stuck.all()));
        QVERIFY(stuck.err.contains(QStringLiteral("Could not stop pod %1").arg(name)));
        QCOMPARE(livePods(), 1);
        // Once RunPod answers again, the command it suggested ends the billing.
        m_sim.control("DELETE", QStringLiteral("faults"));
        const CliResult stop = m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.all()));
        QCOMPARE(livePods(), 0);
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("2"));
    }

    void ctrlCTwiceWhileTheTerminateIsRetriedStopsWaiting()
    {
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("1"));
        for (const QString& field : {QStringLiteral("pod"), QStringLiteral("podTerminate")}) {
            addFault({{QStringLiteral("type"), QStringLiteral("http502")},
                      {QStringLiteral("field"), target(field)},
                      {QStringLiteral("count"), QJsonValue::Null}});
        }
        QElapsedTimer started;
        started.start();
        auto p = m_cli->start(kConnect);
        p->closeWriteChannel();
        p->setReadChannel(QProcess::StandardError);
        QByteArray err;
        const auto readUntil = [&](const QByteArray& text) {
            while (!err.contains(text) && started.elapsed() < 30000) {
                p->waitForReadyRead(50);
                err += p->readAll();
            }
            return err.contains(text);
        };
        QVERIFY2(readUntil("Terminating pod"), err.constData());
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY2(readUntil("Press Ctrl-C again"), err.constData()); // one keypress does not give up on it
        ::kill(pid_t(p->processId()), SIGINT);
        const CliResult r = m_cli->wait(*p, 30000, &started);
        set(QStringLiteral("lifecycle.max_retries"), QStringLiteral("2"));
        const QString allErr = QString::fromUtf8(err) + r.err;
        const QString name = capture(r.out, QStringLiteral("Creating pod: (autopod-[\\w-]+)"));
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(allErr.contains(QStringLiteral("Stopped waiting for RunPod to stop pod %1").arg(name)),
                 qPrintable(allErr));
        QVERIFY(allErr.contains(QStringLiteral("autopod pod stop %1").arg(name)));
        QVERIFY2(r.wallMs < 6000, qPrintable(QString::number(r.wallMs))); // not the 6 s of terminate retries
        QCOMPARE(livePods(), 1);
        QVERIFY(!podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString().isEmpty());
        m_sim.control("DELETE", QStringLiteral("faults"));
        QCOMPARE(m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")}).exitCode,
                 0);
        QCOMPARE(livePods(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRetries)
#include "tst_cli_retries.moc"
