// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The background tunnel's status lines, as its parent reads them: a child that writes garbage or
// a line without end cannot make the parent buffer without bound or take a bogus port as READY,
// and a reason with newlines in it still arrives as one event.
#include "core/ssh/tunnel/TunnelStatus.h"

#include <QTest>

using namespace autopod::ssh;
using Kind = TunnelStatusEvent::Kind;

class tst_TunnelStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatTheWriterWrites()
    {
        TunnelStatusReader reader;
        const auto events =
            reader.feed(tunnelStatusLine(Kind::Note, QStringLiteral("port 8188 is taken")) + tunnelReadyLine(8189) +
                        tunnelStatusLine(Kind::Fatal, QStringLiteral("key refused\nby the pod")));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].kind, Kind::Note);
        QCOMPARE(events[0].text, QStringLiteral("port 8188 is taken"));
        QCOMPARE(events[1].kind, Kind::Ready);
        QCOMPARE(events[1].localPort, 8189);
        QCOMPARE(events[2].kind, Kind::Fatal);
        QCOMPARE(events[2].text, QStringLiteral("key refused by the pod"));
    }

    void linesArriveInAnyPieces()
    {
        TunnelStatusReader reader;
        const QByteArray bytes = tunnelReadyLine(8188);
        QList<TunnelStatusEvent> events;
        for (char c : bytes) {
            events += reader.feed(QByteArray(1, c));
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().localPort, 8188);
    }

    void readyNeedsARealPort_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("zero") << QByteArray("READY 0\n");
        QTest::newRow("too large") << QByteArray("READY 70000\n");
        QTest::newRow("negative") << QByteArray("READY -1\n");
        QTest::newRow("not a number") << QByteArray("READY abc\n");
        QTest::newRow("missing") << QByteArray("READY\n");
    }

    void readyNeedsARealPort()
    {
        QFETCH(QByteArray, line);
        TunnelStatusReader reader;
        const auto events = reader.feed(line);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Malformed);
    }

    void aLineWithoutEndIsDroppedNotBuffered()
    {
        TunnelStatusReader reader;
        QList<TunnelStatusEvent> events;
        for (int i = 0; i < 1000; ++i) {
            events += reader.feed(QByteArray(1024, 'x'));
            QVERIFY(reader.buffered() < TunnelStatusReader::kMaxLine);
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, Kind::Malformed);
        // The next real line, after the long one ends, is read as usual.
        events = reader.feed("\n" + tunnelReadyLine(8190));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().localPort, 8190);
    }
};

QTEST_GUILESS_MAIN(tst_TunnelStatus)
#include "tst_tunnelstatus.moc"
