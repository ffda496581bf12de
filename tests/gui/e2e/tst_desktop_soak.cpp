// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Soak: autopod-desktop left open with a pod connected. Ten minutes of the app's clock, played back
// to back: every 30 s the pod list asks RunPod again (20 refreshes) while ComfyUI keeps talking
// through the tunnel. The process does not grow: resident memory and open descriptors after the
// last round are where they were before the first (after a few rounds that open the web engine's
// connections and files for good).
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"
#include "support/ProcessResources.h"

#include "gui/DesktopApp.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodsController.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/WebEngineGl.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <cstdio>

using namespace autopod;
using test::openDescriptors;
using test::residentKb;

namespace {

// Each descriptor: what it points at; a TCP socket as its local and remote port.
QStringList describeDescriptors()
{
    QHash<QString, QString> tcp; // socket inode -> "local->remote"
    for (const QString& table : {QStringLiteral("/proc/self/net/tcp"), QStringLiteral("/proc/self/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        for (const QByteArray& line : file.readAll().split('\n').mid(1)) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() > 9) {
                auto port = [](const QByteArray& a) {
                    return QString::number(a.split(':').last().toInt(nullptr, 16));
                };
                tcp.insert(QString::fromLatin1(f.at(9)), port(f.at(1)) + QStringLiteral("->") + port(f.at(2)) +
                                                             QStringLiteral(" st ") + QString::fromLatin1(f.at(3)));
            }
        }
    }
    QStringList out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.isEmpty()) {
            target = QString::fromLocal8Bit(QFile::encodeName(fds.filePath(fd)));
        }
        const QString inode = target.section(QLatin1Char('['), 1).chopped(1);
        out << fd + QStringLiteral(": ") + QFileInfo(target).fileName() +
                   (tcp.contains(inode) ? QStringLiteral(" tcp ") + tcp.value(inode) : QString());
    }
    return out;
}

// What ComfyUI's page asks every few seconds; true when all `count` answers were 200.
bool comfyUiAnswers(QNetworkAccessManager& net, const QString& base, int count)
{
    int ok = 0;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(QUrl(base + QStringLiteral("/system_stats")));
        request.setTransferTimeout(15000);
        QNetworkReply* reply = net.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (finished.wait(20000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            ++ok;
        }
        reply->deleteLater();
    }
    return ok == count;
}

} // namespace

class DesktopSoak : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void tenMinutesWithAPodConnectedKeepMemoryFlat()
    {
        const QString error = m_fx.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString why;
        const QString podId = m_fx.createPodThroughDialog(&why);
        QVERIFY2(!podId.isEmpty(), qPrintable(why));
        QVERIFY(test::waitForConnection(connected, failed));
        QVERIFY(failed.isEmpty());
        if (gui::CreationProgress* progress = m_fx.app().creator()->activeProgress()) {
            progress->close();
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.app().comfyUiView(podId) != nullptr, 10000);
        auto localUrl = [&] {
            const gui::PodRow* row = m_fx.app().model()->find(podId);
            return row ? row->localUrl : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!localUrl().isEmpty(), 30000);

        gui::PodsController* pods = m_fx.app().pods();
        QSignalSpy refreshed(pods, &gui::PodsController::refreshed);
        QSignalSpy refreshFailed(pods, &gui::PodsController::refreshFailed);
        QNetworkAccessManager net;
        constexpr int kRounds = 20; // 10 minutes at one refresh every 30 s while a pod bills
        static_assert(kRounds * gui::PodsController::activeIntervalMs == 10 * 60 * 1000);
        // The first rounds fill what the app keeps for good: the web engine's connections to the
        // page and its profile files. Measured from there on.
        constexpr int kWarmUp = 4;
        qint64 fdsAtStart = 0;
        qint64 rssAtStart = 0;
        for (int round = 1 - kWarmUp; round <= kRounds; ++round) {
            const qsizetype before = refreshed.size();
            pods->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 30000);
            QVERIFY2(comfyUiAnswers(net, localUrl(), 8), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(m_fx.app().model()->find(podId)->state, gui::PodRow::State::Connected);
            if (round == 0) {
                QTest::qWait(200);
                fdsAtStart = openDescriptors();
                rssAtStart = residentKb();
            }
        }
        QVERIFY2(refreshFailed.isEmpty(), qPrintable(refreshFailed.value(0).value(0).toString()));
        QTest::qWait(200);
        const qint64 fds = openDescriptors();
        const qint64 rss = residentKb();
        // The app logs into its own file: the figures go to stderr.
        std::fprintf(stderr, "before round 1: %lld fds, %lld kB; after round %d: %lld fds, %lld kB\n", fdsAtStart,
                     rssAtStart, kRounds, fds, rss);
        QVERIFY2(fds <= fdsAtStart + 2, qPrintable(QStringLiteral("open descriptors %1 -> %2:\n%3")
                                                       .arg(fdsAtStart)
                                                       .arg(fds)
                                                       .arg(describeDescriptors().join(QLatin1Char('\n')))));
        QVERIFY2(rss <= rssAtStart + 8 * 1024,
                 qPrintable(QStringLiteral("resident memory %1 kB -> %2 kB").arg(rssAtStart).arg(rss)));
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopSoak)
#include "tst_desktop_soak.moc"
