// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Soak: the tunnel a user leaves open for hours sees its SSH connection dropped again and again
// (Wi-Fi changes, a laptop lid, the pod's network). Twenty drops in a row: each is healed and the
// same local URL answers again, and the process does not grow: memory and open descriptors after
// the last drop are where they were after the first. Once in this process (the desktop's tunnel)
// and once as `autopod tunnel`, the background process `autopod connect` leaves running.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/ProcessResources.h"
#include "support/TempHome.h"

#include "core/ssh/tunnel/TunnelController.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace autopod;
using namespace autopod::ssh;
using autopod::test::describeDescriptors;
using autopod::test::openDescriptors;
using autopod::test::residentKb;

namespace {

// The descriptor count once connections that are closing have closed: a local connection's end in the tunnel
// closes a round trip after its client's (the SSH channel closes first), so a count taken right after traffic
// still holds them. Waits up to 5 s for the count to come down to `target`, and returns it.
qint64 settledDescriptors(qint64 target, qint64 pid = 0)
{
    qint64 fds = openDescriptors(pid);
    for (int i = 0; i < 50 && fds > target; ++i) {
        QTest::qWait(100);
        fds = openDescriptors(pid);
    }
    return fds;
}

} // namespace

class tst_TunnelSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesTwentyDropsInARow()
    {
        test::TempHome home;
        QVERIFY(home.isValid());
        QDir().mkpath(home.path(QStringLiteral(".ssh")));
        const QString keyPath = home.path(QStringLiteral(".ssh/id_ed25519"));
        const QString publicKey = test::makeKey(keyPath);
        QVERIFY(!publicKey.isEmpty());
        test::PodFixture pod;
        QVERIFY2(pod.start(publicKey), qPrintable(pod.errorString()));

        TunnelController tunnel(
            test::testTunnelConfig(pod.ip(), pod.port(), keyPath, publicKey, home.autopodHome(), test::freeTestPort()));
        QSignalSpy connected(&tunnel, &TunnelController::connected);
        QVERIFY(tunnel.start());
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);

        constexpr int kDrops = 20;
        qint64 fdsAfterFirst = 0;
        qint64 rssAfterFirst = 0;
        for (int drop = 1; drop <= kDrops; ++drop) {
            QVERIFY(pod.dropSshConnections());
            QTRY_COMPARE_WITH_TIMEOUT(connected.size(), drop + 1, 20000);
            // Healed end to end: ComfyUI answers through the same local port, many requests at once.
            QCOMPARE(test::countOk(test::getMany(tunnel.localPort(), "/system_stats", 16, 15000)), 16);
            if (drop == 1) {
                fdsAfterFirst = settledDescriptors(0);
                rssAfterFirst = residentKb();
            }
        }
        const qint64 fds = settledDescriptors(fdsAfterFirst + 2);
        const qint64 rss = residentKb();
        qInfo("after drop 1: %lld fds, %lld kB; after drop %d: %lld fds, %lld kB", fdsAfterFirst, rssAfterFirst, kDrops,
              fds, rss);
        QVERIFY2(fds <= fdsAfterFirst + 2, qPrintable(QStringLiteral("descriptors %1 -> %2: %3")
                                                          .arg(fdsAfterFirst)
                                                          .arg(fds)
                                                          .arg(describeDescriptors().join(QLatin1Char(' ')))));
        // Allocator noise is a few MB at most; a leak per reconnect (a session, a buffer) is more.
        QVERIFY2(rss <= rssAfterFirst + 8 * 1024,
                 qPrintable(QStringLiteral("resident memory %1 kB -> %2 kB").arg(rssAfterFirst).arg(rss)));
        tunnel.stop();
        pod.stop();
    }

    void backgroundTunnelProcessSurvivesTwentyDrops()
    {
        test::TempHome home;
        QVERIFY(home.isValid());
        QDir().mkpath(home.path(QStringLiteral(".ssh")));
        const QString keyPath = home.path(QStringLiteral(".ssh/id_ed25519"));
        const QString publicKey = test::makeKey(keyPath);
        QVERIFY(!publicKey.isEmpty());
        test::PodFixture pod;
        QVERIFY2(pod.start(publicKey), qPrintable(pod.errorString()));

        // The pod's host key is learnt once, as `autopod connect` does before it starts the tunnel process (which
        // then requires it).
        {
            TunnelController first(test::testTunnelConfig(pod.ip(), pod.port(), keyPath, publicKey, home.autopodHome(),
                                                          test::freeTestPort()));
            QSignalSpy connected(&first, &TunnelController::connected);
            QVERIFY(first.start());
            QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 15000);
            first.stop();
        }

        const int localPort = test::freeTestPort();
        QProcess tunnel;
        tunnel.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray output;
        connect(&tunnel, &QProcess::readyRead, this, [&] { output += tunnel.readAll(); });
        tunnel.start(QStringLiteral(AUTOPOD_CLI_PATH),
                     {QStringLiteral("tunnel"), QStringLiteral("--pod-id"), QStringLiteral("sshtestpod01"),
                      QStringLiteral("--host"), pod.ip(), QStringLiteral("--ssh-port"), QString::number(pod.port()),
                      QStringLiteral("--local-port"), QString::number(localPort), QStringLiteral("--identity"), keyPath,
                      QStringLiteral("--"), QStringLiteral("soak-pod")});
        QVERIFY(tunnel.waitForStarted());
        const qint64 pid = tunnel.processId();
        // The process logs each verified (re)connection to its log file under AUTOPOD_HOME.
        const auto log = [&] {
            QByteArray all;
            const QDir logs(home.autopodHome() + QStringLiteral("/logs"));
            for (const QString& name : logs.entryList({QStringLiteral("*.log")}, QDir::Files)) {
                QFile f(logs.filePath(name));
                if (f.open(QIODevice::ReadOnly)) {
                    all += f.readAll();
                }
            }
            return QByteArray(all + output);
        };
        const auto verified = [&] {
            return log().count("tunnel verified");
        };
        QTRY_VERIFY2_WITH_TIMEOUT(verified() >= 1, log().right(3000).constData(), 20000);

        constexpr int kDrops = 20;
        qint64 fdsAfterFirst = 0;
        qint64 rssAfterFirst = 0;
        QString fdsFirst;
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int drop = 1; drop <= kDrops; ++drop) {
            // A ComfyUI tab keeps its WebSocket open across the drop; every fifth drop the pod also refuses
            // SSH for a while, so some reconnects fail before one succeeds.
            auto ws = std::make_unique<QTcpSocket>();
            QVERIFY(!test::websocketFirstMessage(localPort, 10000, ws.get()).isEmpty());
            held.push_back(std::move(ws));
            if (drop % 5 == 0) {
                QVERIFY(pod.refuseSsh(1200));
            }
            QVERIFY(pod.dropSshConnections());
            QTRY_VERIFY2_WITH_TIMEOUT(verified() >= drop + 1, log().right(3000).constData(), 30000);
            QCOMPARE(test::countOk(test::getMany(localPort, "/system_stats", 8, 15000)), 8);
            // The tunnel closed the tab's WebSocket when the connection under it dropped (the tab reconnects).
            QTRY_VERIFY_WITH_TIMEOUT(held.back()->state() == QAbstractSocket::UnconnectedState, 10000);
            if (drop == 1) {
                fdsAfterFirst = settledDescriptors(0, pid);
                rssAfterFirst = residentKb(pid);
                fdsFirst = describeDescriptors(pid).join(QLatin1Char(' '));
            }
        }
        const qint64 fds = settledDescriptors(fdsAfterFirst + 2, pid);
        const qint64 rss = residentKb(pid);
        qInfo("background tunnel: after drop 1: %lld fds, %lld kB; after drop %d: %lld fds, %lld kB", fdsAfterFirst,
              rssAfterFirst, kDrops, fds, rss);
        QVERIFY2(fds <= fdsAfterFirst + 2,
                 qPrintable(QStringLiteral("descriptors %1 -> %2\nafter drop 1: %3\nnow: %4")
                                .arg(fdsAfterFirst)
                                .arg(fds)
                                .arg(fdsFirst, describeDescriptors(pid).join(QLatin1Char(' ')))));
        QVERIFY2(rss <= rssAfterFirst + 8 * 1024,
                 qPrintable(QStringLiteral("resident memory %1 kB -> %2 kB").arg(rssAfterFirst).arg(rss)));
        tunnel.terminate();
        QVERIFY(tunnel.waitForFinished(10000));
        pod.stop();
    }
};

QTEST_GUILESS_MAIN(tst_TunnelSoak)
#include "tst_tunnel_soak.moc"
