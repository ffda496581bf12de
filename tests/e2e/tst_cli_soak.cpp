// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Soak: four `autopod` processes share one home (a terminal per project, all day long) and each
// runs connect → stop over and over against the simulator. 200 cycles in all, then: every pod
// that was created is in pods.json and stopped (no record lost to a concurrent write), no autopod
// process is left running, and no tunnel port is left listening.
#include "e2e/CliProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>

using namespace autopod::test;

namespace {

constexpr int kWorkers = 4;

int cycles()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("AUTOPOD_SOAK_CYCLES", &ok);
    return ok && n > 0 ? n : 200;
}

bool listening(int port)
{
    QTcpSocket probe;
    probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    return probe.waitForConnected(500);
}

} // namespace

class tst_CliSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourProcessesCycleConnectAndStop()
    {
        TempHome home;
        QVERIFY(home.isValid());
        SimulatorProcess sim;
        QVERIFY2(sim.start(QStringLiteral("fast.json")), qPrintable(sim.errorString()));
        {
            CliProcess setup(home, sim);
            const CliResult init = setup.configure();
            QVERIFY2(init.exitCode == 0, qPrintable(init.all()));
            const CliResult port = setup.run({QStringLiteral("config"), QStringLiteral("set"),
                                              QStringLiteral("ssh.tunnel_port"), QString::number(freeLocalPort())});
            QVERIFY2(port.exitCode == 0, qPrintable(port.all()));
        }

        const int total = cycles();
        std::atomic<int> next{0};
        QMutex mutex;
        QStringList created;
        QStringList failures;
        QSet<int> ports;
        auto worker = [&] {
            CliProcess cli(home, sim);
            for (int i = next++; i < total; i = next++) {
                const CliResult up = cli.run({QStringLiteral("connect"), QStringLiteral("--gpu"),
                                              QStringLiteral("RTX A40"), QStringLiteral("--yes")},
                                             {}, 120000);
                const auto name =
                    QRegularExpression(QStringLiteral("Creating pod: (autopod-[\\w-]+)")).match(up.out).captured(1);
                const auto port =
                    QRegularExpression(QStringLiteral("ComfyUI:\\s+http://[\\w.]+:(\\d+)")).match(up.out).captured(1);
                QMutexLocker lock(&mutex);
                if (!name.isEmpty()) {
                    created.append(name);
                }
                ports.insert(port.toInt());
                if (up.exitCode != 0 || name.isEmpty()) {
                    // What the simulator did with that pod, since a hang can be either side's.
                    const QString podId = QRegularExpression(QStringLiteral("Pod id (\\w+)")).match(up.out).captured(1);
                    failures.append(QStringLiteral("connect %1: exit %2\n%3\nsimulator on pod %4:\n%5")
                                        .arg(i)
                                        .arg(up.exitCode)
                                        .arg(up.all().right(20000), podId, sim.logLinesWith(podId)));
                    continue;
                }
                lock.unlock();
                const CliResult down = cli.run({QStringLiteral("pod"), QStringLiteral("stop"), name}, {}, 120000);
                if (down.exitCode != 0) {
                    lock.relock();
                    failures.append(
                        QStringLiteral("stop %1: exit %2\n%3").arg(name).arg(down.exitCode).arg(down.all()));
                }
            }
        };
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> threads;
        for (int w = 0; w < kWorkers; ++w) {
            threads.emplace_back(worker);
        }
        for (std::thread& t : threads) {
            t.join();
        }
        qInfo("%d connect/stop cycles in %d processes: %lld s", total, kWorkers, timer.elapsed() / 1000);
        for (const QString& f : std::as_const(failures)) {
            qWarning().noquote() << f; // whole: QTest cuts a failure message short
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 3).join(QStringLiteral("\n---\n"))));
        QCOMPARE(created.size(), total);

        QFile file(home.path(QStringLiteral(".autopod/pods.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject pods = QJsonDocument::fromJson(file.readAll()).object(); // records keyed by name
        for (const QString& name : created) {
            QVERIFY2(pods.contains(name), qPrintable(QStringLiteral("%1 is missing from pods.json, which holds: %2")
                                                         .arg(name, pods.keys().join(QLatin1Char(' ')))));
            const QJsonObject rec = pods.value(name).toObject();
            QCOMPARE(rec.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
            QCOMPARE(rec.value(QStringLiteral("tunnel_pid")).toInteger(), 0);
        }
        QVERIFY(QTest::qWaitFor([&] { return autopodProcessesOf(home.autopodHome()).isEmpty(); }, 10000));
        for (int port : ports) {
            QVERIFY2(!listening(port), qPrintable(QStringLiteral("port %1 is still listening").arg(port)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliSoak)
#include "tst_cli_soak.moc"
