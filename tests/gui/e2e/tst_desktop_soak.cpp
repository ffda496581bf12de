// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Soak: autopod-desktop left open with a pod connected. Ten minutes of the app's clock, played back
// to back: every 30 s the pod list asks RunPod again (20 refreshes) while ComfyUI keeps talking
// through the tunnel. The process does not grow: resident memory and open descriptors after the
// last round are where they were before the first (after a few rounds that open the web engine's
// files for good). Connections that HTTP clients keep open to the tunnel for reuse (the web engine
// and this test each keep up to 6, and close idle ones on their own clock) are counted apart: they
// may come and go, but stay within that bound.
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
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <cstdio>

using namespace autopod;
using test::describeDescriptors;
using test::loopbackConnectionsTo;
using test::openDescriptors;
using test::residentKb;

namespace {

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
        const auto tunnelPort = static_cast<quint16>(QUrl(localUrl()).port());
        QNetworkAccessManager net;
        constexpr int kRounds = 20; // 10 minutes at one refresh every 30 s while a pod bills
        static_assert(kRounds * gui::PodsController::activeIntervalMs == 10 * 60 * 1000);
        // The first rounds fill what the app keeps for good: the web engine's profile files and
        // caches, malloc's arenas (resident memory grows ~4 MB a round for the first five rounds,
        // then stays within kilobytes). Measured from there on.
        constexpr int kWarmUp = 8;
        // Descriptors other than the kept-alive connections (two each: the client's and the tunnel's
        // end), once the connections of the last round have finished closing: the same count three
        // times in a row, 100 ms apart (at most 5 s).
        auto otherDescriptors = [&] {
            qint64 last = -1;
            for (int same = 0, i = 0; same < 3 && i < 50; ++i) {
                QTest::qWait(100);
                const qint64 now = openDescriptors() - 2 * loopbackConnectionsTo(tunnelPort);
                same = now == last ? same + 1 : 0;
                last = now;
            }
            return last;
        };
        qint64 fdsAtStart = 0;
        qint64 rssAtStart = 0;
        for (int round = 1 - kWarmUp; round <= kRounds; ++round) {
            const qsizetype before = refreshed.size();
            pods->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 30000);
            QVERIFY2(comfyUiAnswers(net, localUrl(), 8), qPrintable(QStringLiteral("round %1").arg(round)));
            QCOMPARE(m_fx.app().model()->find(podId)->state, gui::PodRow::State::Connected);
            if (round == 0) {
                fdsAtStart = otherDescriptors();
                rssAtStart = residentKb();
            }
        }
        QVERIFY2(refreshFailed.isEmpty(), qPrintable(refreshFailed.value(0).value(0).toString()));
        const qint64 fds = otherDescriptors();
        const qint64 keptAlive = loopbackConnectionsTo(tunnelPort);
        const qint64 rss = residentKb();
        // The app logs into its own file: the figures go to stderr.
        std::fprintf(stderr,
                     "before round 1: %lld fds, %lld kB; after round %d: %lld fds, %lld kB "
                     "(not counting %lld kept-alive connections to the tunnel)\n",
                     fdsAtStart, rssAtStart, kRounds, fds, rss, keptAlive);
        QVERIFY2(keptAlive <= 12, qPrintable(QStringLiteral("%1 connections to the tunnel kept open:\n%2")
                                                 .arg(keptAlive)
                                                 .arg(describeDescriptors().join(QLatin1Char('\n')))));
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
