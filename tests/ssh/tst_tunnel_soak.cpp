// Soak: the tunnel a user leaves open for hours sees its SSH connection dropped again and again
// (Wi-Fi changes, a laptop lid, the pod's network). Twenty drops in a row: each is healed and the
// same local URL answers again, and the process does not grow: memory and open descriptors after
// the last drop are where they were after the first.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/ssh/TunnelController.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace autopod;
using namespace autopod::ssh;

namespace {

qint64 openDescriptors()
{
    return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
}

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
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
                fdsAfterFirst = openDescriptors();
                rssAfterFirst = residentKb();
            }
        }
        const qint64 fds = openDescriptors();
        const qint64 rss = residentKb();
        qInfo("after drop 1: %lld fds, %lld kB; after drop %d: %lld fds, %lld kB", fdsAfterFirst, rssAfterFirst, kDrops,
              fds, rss);
        QVERIFY2(fds <= fdsAfterFirst + 2,
                 qPrintable(QStringLiteral("descriptors %1 -> %2").arg(fdsAfterFirst).arg(fds)));
        // Allocator noise is a few MB at most; a leak per reconnect (a session, a buffer) is more.
        QVERIFY2(rss <= rssAfterFirst + 8 * 1024,
                 qPrintable(QStringLiteral("resident memory %1 kB -> %2 kB").arg(rssAfterFirst).arg(rss)));
        tunnel.stop();
        pod.stop();
    }
};

QTEST_GUILESS_MAIN(tst_TunnelSoak)
#include "tst_tunnel_soak.moc"
