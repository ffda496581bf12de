// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/ProcessResources.h"
#include "support/TempHome.h"

#include "core/ssh/keys/KnownHosts.h"
#include "core/ssh/tunnel/TunnelController.h"
#include "core/ssh/tunnel/TunnelRegistry.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace autopod;
using namespace autopod::ssh;

class TunnelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void carriesManyRequestsAndAWebSocket();
    void anUnusedTunnelStopsOpeningConnectionsToComfyUi();
    void reconnectsAndReverifiesAfterDrop();
    void fallsBackToNextPortWhenBusy();
    void reclaimsStaleAutopodTunnel();
    void keepsLiveTunnelOfTrackedPod();
    void neverSignalsAProcessThatIsNotAnAutopodTunnel();
    void neverTrustsARecordWithoutStartTime();
    void reclaimNeverBlocksForSeconds();
    void stopDuringABlockingConnectReturnsAtOnce();
    void podGoneEndsInFailed();
    void refusedForLongEndsInFailed();
    void changedHostKeyEndsInFailed();
    void floodingComfyUiFailsVerificationWithBoundedMemory();

private:
    TunnelConfig config(int preferredPort) const;
    static int freePort();

    std::unique_ptr<test::TempHome> m_home;
    test::PodFixture m_pod;
    QString m_keyPath;
    QString m_publicKey;
};

int TunnelTest::freePort()
{
    return test::freeTestPort();
}

void TunnelTest::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
    QVERIFY(m_home->isValid());
    QDir().mkpath(m_home->path(QStringLiteral(".ssh")));
    m_keyPath = m_home->path(QStringLiteral(".ssh/id_ed25519"));
    m_publicKey = test::makeKey(m_keyPath);
    QVERIFY(!m_publicKey.isEmpty());
    QVERIFY2(m_pod.start(m_publicKey), qPrintable(m_pod.errorString()));
}

void TunnelTest::cleanupTestCase()
{
    m_pod.stop();
}

TunnelConfig TunnelTest::config(int preferredPort) const
{
    return test::testTunnelConfig(m_pod.ip(), m_pod.port(), m_keyPath, m_publicKey, m_home->autopodHome(),
                                  preferredPort);
}

void TunnelTest::carriesManyRequestsAndAWebSocket()
{
    const int preferred = freePort();
    TunnelController tunnel(config(preferred));
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QSignalSpy verifying(&tunnel, &TunnelController::verifying);
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QCOMPARE(tunnel.localPort(), preferred);
    QVERIFY(tunnel.portNote().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    QCOMPARE(verifying.size(), 1);
    QVERIFY(connected.first().first().toInt() >= 0);
    QCOMPARE(tunnel.state(), TunnelState::Connected);
    QVERIFY(QFile::exists(config(preferred).runDir + QStringLiteral("/tunnel-%1.json").arg(preferred)));

    const auto results = test::getMany(tunnel.localPort(), "/system_stats", 64, 30000);
    QCOMPARE(test::countOk(results), 64);
    QVERIFY(results.first()->body().contains("\"devices\""));

    // A WebSocket stays open while page requests keep flowing.
    QTcpSocket ws;
    const QByteArray hello = test::websocketFirstMessage(tunnel.localPort(), 10000, &ws);
    QVERIFY2(hello.contains("\"type\":\"status\""), hello.constData());
    const auto more = test::getMany(tunnel.localPort(), "/queue", 16, 15000);
    QCOMPARE(test::countOk(more), 16);
    QCOMPARE(ws.state(), QAbstractSocket::ConnectedState);

    // A large body arrives complete.
    const auto big = test::getMany(tunnel.localPort(), "/view?filename=bench_8MB.png&type=output", 1, 30000);
    QCOMPARE(test::countOk(big), 1);
    QCOMPARE(big.first()->body().size(), qsizetype(8 * 1024 * 1024));

    // Only loopback: the listener is not reachable on another local address.
    QTcpSocket other;
    other.connectToHost(QStringLiteral("127.0.0.2"), quint16(tunnel.localPort()));
    QVERIFY(!other.waitForConnected(1000));

    ws.abort();
    tunnel.stop();
    QCOMPARE(tunnel.state(), TunnelState::Stopped);
    QVERIFY(!test::portIsListening(preferred));
    QVERIFY(!QFile::exists(config(preferred).runDir + QStringLiteral("/tunnel-%1.json").arg(preferred)));
}

// The tunnel keeps a channel to ComfyUI open ahead of the next local connection and renews it every
// few seconds; a tunnel left connected all day must not keep doing that while nobody uses it.
void TunnelTest::anUnusedTunnelStopsOpeningConnectionsToComfyUi()
{
    const auto comfyConnections = [this] {
        return m_pod.command("info").value(QStringLiteral("comfyConnections")).toInt(-1);
    };
    TunnelConfig cfg = config(freePort());
    cfg.spareIdleMs = 1000;
    TunnelController tunnel(cfg);
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);

    // The spare opened at the verification is closed unused after 4 s and, nobody having connected
    // for longer than spareIdleMs, not renewed: ComfyUI sees no new connection from then on.
    QTest::qWait(5000);
    const int settled = comfyConnections();
    QVERIFY(settled >= 1); // at least the verification's
    QTest::qWait(5000);
    QCOMPARE(comfyConnections(), settled);

    // The next local connection works (over its own channel) and brings the spare back.
    const auto results = test::getMany(tunnel.localPort(), "/system_stats", 1, 15000);
    QCOMPARE(test::countOk(results), 1);
    QTRY_VERIFY_WITH_TIMEOUT(comfyConnections() >= settled + 2, 5000);
    tunnel.stop();
}

void TunnelTest::reconnectsAndReverifiesAfterDrop()
{
    TunnelController tunnel(config(freePort()));
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QSignalSpy reconnecting(&tunnel, &TunnelController::reconnecting);
    QVERIFY(tunnel.start());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(m_pod.dropSshConnections());
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.size() >= 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(reconnecting.first().first().toInt(), 1);
    // Same local URL keeps working, without the user doing anything.
    QCOMPARE(test::countOk(test::getMany(tunnel.localPort(), "/system_stats", 8, 15000)), 8);
}

void TunnelTest::fallsBackToNextPortWhenBusy()
{
    const int preferred = freePort();
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(preferred)));
    TunnelController tunnel(config(preferred));
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QVERIFY(tunnel.start());
    QVERIFY(tunnel.localPort() != preferred);
    QVERIFY(tunnel.localPort() > preferred);
    QVERIFY2(tunnel.portNote().contains(QString::number(preferred)), qPrintable(tunnel.portNote()));
    QVERIFY(tunnel.portNote().contains(QString::number(tunnel.localPort())));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    QCOMPARE(test::countOk(test::getMany(tunnel.localPort(), "/system_stats", 4, 15000)), 4);
}

static QProcess* startPortHolder(int port)
{
    auto* p = new QProcess;
    p->start(QStringLiteral(AUTOPOD_TEST_NODE),
             {QStringLiteral("-e"), QStringLiteral("require('net').createServer().listen(%1,'127.0.0.1',()=>"
                                                   "console.log('up'))")
                                        .arg(port)});
    p->waitForReadyRead(5000);
    return p;
}

// A stand-in for a detached `autopod tunnel` process: its command line reads
// `<dir>/autopod tunnel --pod-id <podId>` (a link named autopod to node, running a script named tunnel).
// What a running `autopod tunnel` leaves in the run directory: its pid, the pod and the port, and
// the process's start time (0 for an old or hand-written record whose pid may have been reused).
static TunnelRecord recordOf(const QProcess& process, const QString& podId, int port, bool withStartTime = true)
{
    TunnelRecord record;
    record.pid = process.processId();
    record.processStartTicks = withStartTime ? TunnelRegistry::processStartTicks(record.pid) : 0;
    record.podId = podId;
    record.port = port;
    return record;
}

static QProcess* startFakeAutopodTunnel(const QString& dir, int port, const QString& podId, bool ignoreSigterm = false)
{
    QDir().mkpath(dir);
    QFile::link(QStringLiteral(AUTOPOD_TEST_NODE), dir + QStringLiteral("/autopod"));
    QFile script(dir + QStringLiteral("/tunnel"));
    if (script.open(QIODevice::WriteOnly))
        script.write(QStringLiteral("%1require('net').createServer().listen(%2,'127.0.0.1',()=>console.log('up'))")
                         .arg(ignoreSigterm ? QStringLiteral("process.on('SIGTERM',()=>{});") : QString())
                         .arg(port)
                         .toUtf8());
    script.close();
    auto* p = new QProcess;
    p->setWorkingDirectory(dir);
    p->start(dir + QStringLiteral("/autopod"), {QStringLiteral("tunnel"), QStringLiteral("--pod-id"), podId});
    p->waitForReadyRead(5000);
    return p;
}

void TunnelTest::reclaimsStaleAutopodTunnel()
{
    const int preferred = freePort();
    const QString podId = QStringLiteral("podnolongertracked");
    std::unique_ptr<QProcess> stale(startFakeAutopodTunnel(m_home->path(QStringLiteral("fakebin")), preferred, podId));
    QVERIFY(test::portIsListening(preferred));
    QVERIFY(TunnelRegistry(config(preferred).runDir).write(recordOf(*stale, podId, preferred)));

    TunnelController tunnel(config(preferred));
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QVERIFY(tunnel.start());
    QCOMPARE(tunnel.localPort(), preferred);
    QVERIFY2(tunnel.portNote().contains(QStringLiteral("stale")), qPrintable(tunnel.portNote()));
    QVERIFY(stale->waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    // The record now names this process.
    QCOMPARE(TunnelRegistry(config(preferred).runDir).read(preferred)->pid, QCoreApplication::applicationPid());
}

// The desktop app runs its tunnels inside itself and records its own pid for the port. A CLI
// starting the same pod must leave it alone and say what holds the port.
void TunnelTest::neverSignalsAProcessThatIsNotAnAutopodTunnel()
{
    const int preferred = freePort();
    std::unique_ptr<QProcess> desktop(startPortHolder(preferred));
    QVERIFY(test::portIsListening(preferred));
    // The record names the very pod this tunnel is for.
    const TunnelRecord record = recordOf(*desktop, QStringLiteral("sshtestpod01"), preferred);
    TunnelRegistry(config(preferred).runDir).write(record);

    TunnelController tunnel(config(preferred));
    QVERIFY(tunnel.start());
    QVERIFY(tunnel.localPort() != preferred);
    QTest::qWait(300);
    QCOMPARE(desktop->state(), QProcess::Running);
    QVERIFY(test::portIsListening(preferred));
    QVERIFY2(tunnel.portNote().contains(QStringLiteral("node (pid %1)").arg(record.pid)),
             qPrintable(tunnel.portNote()));
    QVERIFY(!TunnelRegistry::terminate(record, 1000));
    QCOMPARE(desktop->state(), QProcess::Running);
    tunnel.stop();
    desktop->kill();
    desktop->waitForFinished(3000);
}

void TunnelTest::neverTrustsARecordWithoutStartTime()
{
    const int preferred = freePort();
    const QString podId = QStringLiteral("podnolongertracked");
    std::unique_ptr<QProcess> holder(startFakeAutopodTunnel(m_home->path(QStringLiteral("fakebin")), preferred, podId));
    QVERIFY(test::portIsListening(preferred));
    // An old or hand-written record without a start time: the pid may have been reused.
    TunnelRegistry(config(preferred).runDir).write(recordOf(*holder, podId, preferred, false));

    TunnelController tunnel(config(preferred));
    QVERIFY(tunnel.start());
    QVERIFY(tunnel.localPort() != preferred);
    QTest::qWait(300);
    QCOMPARE(holder->state(), QProcess::Running);
    tunnel.stop();
    holder->kill();
    holder->waitForFinished(3000);
}

// start() runs on the GUI thread in the desktop app: reclaiming a stale tunnel that ignores
// SIGTERM must not freeze it for seconds.
void TunnelTest::reclaimNeverBlocksForSeconds()
{
    const int preferred = freePort();
    const QString podId = QStringLiteral("podnolongertracked");
    std::unique_ptr<QProcess> stubborn(
        startFakeAutopodTunnel(m_home->path(QStringLiteral("fakebin")), preferred, podId, true));
    QVERIFY(test::portIsListening(preferred));
    TunnelRegistry(config(preferred).runDir).write(recordOf(*stubborn, podId, preferred));

    TunnelController tunnel(config(preferred));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(tunnel.start());
    const qint64 blockedMs = clock.elapsed();
    qInfo("MEASURE reclaiming a stale tunnel that ignores SIGTERM blocked the caller %lld ms", blockedMs);
    QVERIFY2(blockedMs < 1500, qPrintable(QString::number(blockedMs)));
    QVERIFY(stubborn->waitForFinished(3000)); // it got SIGKILL
    tunnel.stop();
}

// Stopping a tunnel whose worker sits in a blocking SSH connect (the pod's address accepts TCP but
// never answers, as an unreachable pod does until the connect timeout) returns at once, frees the
// port at once, and so does destroying a controller in the same state.
void TunnelTest::stopDuringABlockingConnectReturnsAtOnce()
{
    QTcpServer silent; // accepts connections, never sends an SSH banner
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TunnelConfig c = config(freePort());
    c.target.host = QStringLiteral("127.0.0.1");
    c.target.port = silent.serverPort();
    c.target.connectTimeoutMs = 20000;

    auto tunnel = std::make_unique<TunnelController>(c);
    QVERIFY(tunnel->start());
    const int port = tunnel->localPort();
    QTest::qWait(500); // the worker is now waiting for the banner
    QElapsedTimer clock;
    clock.start();
    tunnel->stop();
    const qint64 stopMs = clock.elapsed();
    qInfo("MEASURE stop() during a blocking SSH connect (timeout 20 s) returned in %lld ms", stopMs);
    QVERIFY2(stopMs < 1000, qPrintable(QString::number(stopMs)));
    QCOMPARE(tunnel->state(), TunnelState::Stopped);
    QVERIFY(!test::portIsListening(port));

    // The same port can be used again right away.
    TunnelConfig again = c;
    again.preferredLocalPort = port;
    auto second = std::make_unique<TunnelController>(again);
    QVERIFY(second->start());
    QCOMPARE(second->localPort(), port);
    QTest::qWait(300);
    clock.restart();
    second.reset(); // the destructor: closing a tab or quitting
    const qint64 destroyMs = clock.elapsed();
    qInfo("MEASURE destroying a tunnel during a blocking SSH connect took %lld ms", destroyMs);
    QVERIFY2(destroyMs < 1000, qPrintable(QString::number(destroyMs)));
}

void TunnelTest::keepsLiveTunnelOfTrackedPod()
{
    const int preferred = freePort();
    std::unique_ptr<QProcess> live(startFakeAutopodTunnel(m_home->path(QStringLiteral("fakebin")), preferred,
                                                          QStringLiteral("anothertrackedpod")));
    TunnelRegistry(config(preferred).runDir).write(recordOf(*live, QStringLiteral("anothertrackedpod"), preferred));

    TunnelConfig c = config(preferred);
    c.isPodTracked = [](const QString&) {
        return true;
    };
    TunnelController tunnel(c);
    QVERIFY(tunnel.start());
    QVERIFY(tunnel.localPort() != preferred);
    QVERIFY(tunnel.portNote().contains(QStringLiteral("anothertrackedpod")));
    QCOMPARE(live->state(), QProcess::Running);
    tunnel.stop();
    live->kill();
    live->waitForFinished(3000);
}

void TunnelTest::podGoneEndsInFailed()
{
    TunnelController tunnel(config(freePort()));
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QSignalSpy failed(&tunnel, &TunnelController::failed);
    QVERIFY(tunnel.start());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    tunnel.markPodGone(QStringLiteral("The pod was terminated."));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("The pod was terminated."));
    QCOMPARE(tunnel.state(), TunnelState::Failed);
    QVERIFY(!test::portIsListening(tunnel.localPort()));
}

void TunnelTest::refusedForLongEndsInFailed()
{
    TunnelConfig c = config(freePort());
    c.refusedGiveUpMs = 1500;
    TunnelController tunnel(c);
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QSignalSpy failed(&tunnel, &TunnelController::failed);
    QSignalSpy reconnecting(&tunnel, &TunnelController::reconnecting);
    QVERIFY(tunnel.start());
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
    QVERIFY(m_pod.refuseSsh(6000));
    QVERIFY(m_pod.dropSshConnections());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 8000);
    QVERIFY(reconnecting.size() >= 2); // it did retry, then gave up
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("refused")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!test::portIsListening(tunnel.localPort()));
    QTest::qWait(6000); // let the pod accept again for the next test
}

void TunnelTest::changedHostKeyEndsInFailed()
{
    TunnelConfig c = config(freePort());
    c.target.knownHostsFile = m_home->path(QStringLiteral("other_known_hosts"));
    KnownHosts hosts(c.target.knownHostsFile);
    HostKey bogus{QStringLiteral("ssh-ed25519"), QByteArray(51, 'x')};
    QVERIFY(hosts.trust(c.target.host, c.target.port, bogus));
    TunnelController tunnel(c);
    QSignalSpy failed(&tunnel, &TunnelController::failed);
    QVERIFY(tunnel.start());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    const QString why = failed.first().first().toString();
    QVERIFY2(why.contains(QStringLiteral("CHANGED")), qPrintable(why));
    QVERIFY(why.contains(bogus.fingerprint()));
    QVERIFY(why.contains(m_pod.hostKeyFingerprint()));
}

// ComfyUI on the pod answers the tunnel's check (GET /system_stats) with 200 and a body without end: the check
// reads only the start of it and fails with a reason, within the verification timeout, holding no more than a
// few MiB of it.
void TunnelTest::floodingComfyUiFailsVerificationWithBoundedMemory()
{
    QVERIFY(m_pod.command("flood-stats 1").value(QStringLiteral("floodStats")).toBool());
    const auto normalAgain = qScopeGuard([this] { m_pod.command("flood-stats 0"); });
    TunnelConfig c = config(freePort());
    c.verifyTimeoutMs = 4000;
    TunnelController tunnel(c);
    QSignalSpy connected(&tunnel, &TunnelController::connected);
    QSignalSpy failed(&tunnel, &TunnelController::failed);
    const qint64 residentBefore = test::residentKb();
    qint64 residentPeak = residentBefore;
    QElapsedTimer took;
    took.start();
    QVERIFY(tunnel.start());
    while (failed.isEmpty() && connected.isEmpty() && took.elapsed() < 30000) {
        QTest::qWait(20);
        residentPeak = std::max(residentPeak, test::residentKb());
    }
    qInfo("failed after %lld ms; resident memory %lld KiB before, at most %lld KiB", took.elapsed(), residentBefore,
          residentPeak);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(failed.size(), 1);
    const QString why = failed.first().first().toString();
    QVERIFY2(why.contains(QStringLiteral("more than 64 KiB")), qPrintable(why));
    QVERIFY2(residentPeak - residentBefore < 64 * 1024,
             qPrintable(QStringLiteral("resident memory grew by %1 KiB").arg(residentPeak - residentBefore)));
}

QTEST_GUILESS_MAIN(TunnelTest)
#include "tst_tunnel.moc"
