// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// RateLimitPacer: reading REST v2's RateLimit headers, whatever arrives, and the spacing of polls
// that keeps every window from being used up.
#include "core/api/RateLimitPacer.h"

#include <QTest>

using namespace autopod::api;

class TestRateLimitPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDocumentedHeaders()
    {
        const QList<RateLimitWindow> w =
            parseRateLimit(R"("minute";r=12;t=40, "hour";r=2800;t=1812, "day";r=49500;t=45012)",
                           R"("minute";q=60;w=60, "hour";q=3000;w=3600, "day";q=50000;w=86400)");
        QCOMPARE(w.size(), 3);
        QCOMPARE(w[0].name, QStringLiteral("day"));
        QCOMPARE(w[0].remaining, 49500);
        QCOMPARE(w[0].resetSeconds, 45012);
        QCOMPARE(w[0].quota, 50000);
        QCOMPARE(w[2].name, QStringLiteral("minute"));
        QCOMPARE(w[2].remaining, 12);
        QCOMPARE(w[2].resetSeconds, 40);
        QCOMPARE(w[2].quota, 60);
        // Without a policy the quota is unknown; an unquoted name is a name all the same.
        const QList<RateLimitWindow> bare = parseRateLimit("minute;r=5;t=9", {});
        QCOMPARE(bare.size(), 1);
        QCOMPARE(bare[0].quota, -1);
    }

    void garbageIsNoWindow_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("commas") << QByteArray(",,,;;;");
        QTest::newRow("no t") << QByteArray(R"("minute";r=12)");
        QTest::newRow("negative") << QByteArray(R"("minute";r=-3;t=40)");
        QTest::newRow("not a number") << QByteArray(R"("minute";r=1e3;t=40)");
        QTest::newRow("huge") << QByteArray(R"("minute";r=99999999999999999999;t=40)");
        QTest::newRow("no name") << QByteArray(R"(;r=1;t=2)");
        static const char binary[] = "\x00\xff\"\";r=\x01;t=";
        QTest::newRow("binary") << QByteArray(binary, sizeof binary - 1);
    }

    void garbageIsNoWindow()
    {
        QFETCH(QByteArray, header);
        QVERIFY(parseRateLimit(header, header).isEmpty());
        RateLimitPacer pacer;
        pacer.note(header, header);
        QCOMPARE(pacer.spacingMs(), 0);
    }

    void spacingSpreadsWhatIsLeftOverTheWindow()
    {
        // A fresh minute: 59 left, 10 kept back -> 49 polls over 60 s.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 59, 60, 60}, 0), 60000 / 49);
        // Half a second later the window is half a second shorter.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 59, 60, 60}, 500), 59500 / 49);
        // Only the reserve left: wait until the window resets.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 10, 25, 60}, 0), 25000);
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 0, 25, 60}, 0), 25000);
        // The window has reset since it was stated.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 0, 25, 60}, 26000), 0);
        // Never more than a minute, even for a day window that is used up.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("day"), 0, 40000, 50000}, 0),
                 RateLimitPacer::kMaxSpacingMs);
        // Without a stated quota, 2 requests are kept back.
        QCOMPARE(RateLimitPacer::spacingFor({QStringLiteral("minute"), 12, 30, -1}, 0), 3000);
    }

    void theTightestWindowDecides()
    {
        RateLimitPacer pacer;
        // The minute has plenty left (60 s / 49), the hour less (3600 s / 2400 = 1.5 s).
        pacer.note(R"("minute";r=59;t=60, "hour";r=2900;t=3600)", R"("minute";q=60;w=60, "hour";q=3000;w=3600)");
        QVERIFY2(pacer.spacingMs() > 1400 && pacer.spacingMs() <= 1500, qPrintable(QString::number(pacer.spacingMs())));
        // A later answer replaces what was known.
        pacer.note(R"("minute";r=60;t=60)", R"("minute";q=60;w=60)");
        QVERIFY2(pacer.spacingMs() > 1100 && pacer.spacingMs() <= 1200, qPrintable(QString::number(pacer.spacingMs())));
        // An answer without the header changes nothing.
        pacer.note({}, {});
        QVERIFY(pacer.spacingMs() > 1100);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitPacer)
#include "tst_ratelimitpacer.moc"
