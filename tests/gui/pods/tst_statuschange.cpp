// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The pod's status line in the details panel: RunPod's lastStatusChange ("Rented by User: Sun Nov
// 29 2026 10:01:02 GMT+0000 (Coordinated Universal Time)") read as "Running since 11:01 (2 h 14
// min)" in local time (TZ=Europe/Berlin in ctest, British English for 24-hour times), whatever
// RunPod sends: other zones, a date alone, no date, ISO from REST, garbage.
#include "gui/pods/PodDetailsPanel.h"
#include "gui/pods/StatusChange.h"

#include <QLabel>
#include <QTest>
#include <QTimeZone>

using autopod::gui::PodDetailsPanel;
using autopod::gui::PodRow;
using autopod::gui::StatusChange;

Q_DECLARE_METATYPE(autopod::gui::PodRow::State)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

const QString rentedNov29 =
    QStringLiteral("Rented by User: Sun Nov 29 2026 10:01:02 GMT+0000 (Coordinated Universal Time)");

} // namespace

class StatusChangeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The expectations below are Berlin wall-clock times.
        QCOMPARE(utc(2026, 11, 29, 10, 1).toLocalTime().time(), QTime(11, 1));
    }

    void describes_data()
    {
        QTest::addColumn<PodRow::State>("state");
        QTest::addColumn<QString>("lastStatusChange");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("expected");

        QTest::newRow("rented today") << PodRow::State::Running << rentedNov29 << utc(2026, 11, 29, 12, 15, 40)
                                      << QStringLiteral("Running since 11:01 (2 h 14 min)");
        QTest::newRow("connected: the pod runs since the rent")
            << PodRow::State::Connected << rentedNov29 << utc(2026, 11, 29, 12, 15, 40)
            << QStringLiteral("Connected, running since 11:01 (2 h 14 min)");
        QTest::newRow("starting, New York time")
            << PodRow::State::Starting
            << QStringLiteral("Rented by User: Fri Jul 12 2024 15:14:40 GMT-0400 (Eastern Daylight Time)")
            << utc(2024, 7, 12, 19, 20, 45) << QStringLiteral("Starting since 21:14 (6 min)");
        QTest::newRow("stopped yesterday, summer time")
            << PodRow::State::Stopped << QStringLiteral("Exited by user: Wed Sep 02 2026 01:48:45 GMT+0000")
            << utc(2026, 9, 3, 5, 0) << QStringLiteral("Stopped since 02/09/2026 03:48 (1 d 03 h)");
        QTest::newRow("stopped by RunPod")
            << PodRow::State::Stopped << QStringLiteral("Exited by RunPod: Wed Sep 02 2026 01:48:45 GMT+0000")
            << utc(2026, 9, 2, 2, 0) << QStringLiteral("Stopped since 03:48 (11 min), by RunPod");
        QTest::newRow("date only") << PodRow::State::Running << QStringLiteral("Rented by User: Tue Aug 15 2023")
                                   << utc(2023, 8, 20, 9, 0) << QStringLiteral("Running since 15/08/2023");
        QTest::newRow("REST: ISO timestamp")
            << PodRow::State::Running << QStringLiteral("2026-11-29T10:01:02Z") << utc(2026, 11, 29, 12, 15, 40)
            << QStringLiteral("Running since 11:01 (2 h 14 min)");
        QTest::newRow("REST: ISO with milliseconds")
            << PodRow::State::Running << QStringLiteral("2026-11-29T10:01:02.123Z") << utc(2026, 11, 29, 10, 1, 30)
            << QStringLiteral("Running since 11:01 (< 1 min)");
        QTest::newRow("clock skew: the change is in the future")
            << PodRow::State::Running << rentedNov29 << utc(2026, 11, 29, 10, 0)
            << QStringLiteral("Running since 11:01 (< 1 min)");
        QTest::newRow("a reason without a date")
            << PodRow::State::Stopped << QStringLiteral("Exited by RunPod: Insufficient balance")
            << utc(2026, 11, 29, 12, 0) << QStringLiteral("Stopped (Exited by RunPod: Insufficient balance)");
        QTest::newRow("an impossible date")
            << PodRow::State::Running << QStringLiteral("Rented by User: Sun Nov 31 2026 25:61:00 GMT+0000")
            << utc(2026, 11, 29, 12, 0)
            << QStringLiteral("Running (Rented by User: Sun Nov 31 2026 25:61:00 GMT+0000)");
        QTest::newRow("garbage") << PodRow::State::Terminated << QStringLiteral("  ¯\\_(ツ)_/¯ \n ")
                                 << utc(2026, 11, 29, 12, 0) << QStringLiteral("Terminated (¯\\_(ツ)_/¯)");
        QTest::newRow("nothing") << PodRow::State::Running << QString() << utc(2026, 11, 29, 12, 0)
                                 << QStringLiteral("Running");
    }

    void describes()
    {
        QFETCH(PodRow::State, state);
        QFETCH(QString, lastStatusChange);
        QFETCH(QDateTime, now);
        QFETCH(QString, expected);
        QCOMPARE(StatusChange::describe(state, lastStatusChange, now), expected);
    }

    void parsesTheParts()
    {
        const StatusChange rented = StatusChange::parse(rentedNov29);
        QCOMPARE(rented.kind, StatusChange::Kind::Started);
        QCOMPARE(rented.actor, QStringLiteral("User"));
        QCOMPARE(rented.when, utc(2026, 11, 29, 10, 1, 2));
        QVERIFY(rented.hasTime);

        const StatusChange balance = StatusChange::parse(QStringLiteral("Exited by RunPod: Insufficient balance"));
        QCOMPARE(balance.kind, StatusChange::Kind::Stopped);
        QCOMPARE(balance.actor, QStringLiteral("RunPod"));
        QCOMPARE(balance.detail, QStringLiteral("Insufficient balance"));
        QVERIFY(!balance.when.isValid());

        const StatusChange terminated =
            StatusChange::parse(QStringLiteral("Terminated by user: Mon Nov 30 2026 01:02:03 GMT+0530 (India)"));
        QCOMPARE(terminated.kind, StatusChange::Kind::Terminated);
        QCOMPARE(terminated.when, utc(2026, 11, 29, 19, 32, 3));
    }

    // Every cut of a real value, and a few hostile ones: an answer, never a crash.
    void survivesAnyText()
    {
        const QString full = rentedNov29;
        for (qsizetype n = 0; n <= full.size(); ++n) {
            const QString text = StatusChange::describe(PodRow::State::Running, full.left(n), utc(2026, 11, 29, 12, 0));
            QVERIFY2(text.startsWith(QStringLiteral("Running")), qPrintable(text));
        }
        const QStringList hostiles{QStringLiteral(":"),
                                   QStringLiteral("by :"),
                                   QStringLiteral("Rented by : : :"),
                                   QStringLiteral("Rented by User: Jan 0 0000"),
                                   QStringLiteral("Rented by User: Dec 31 9999 23:59:59 GMT+9999"),
                                   QString(100000, QLatin1Char('x')),
                                   QString(QStringLiteral("Rented by User: ") + QString(5000, QLatin1Char(' ')) +
                                           QStringLiteral("Nov 29 2026"))};
        for (const QString& hostile : hostiles) {
            QVERIFY(!StatusChange::describe(PodRow::State::Stopped, hostile, utc(2026, 11, 29, 12, 0)).isEmpty());
        }
    }

    // What the user sees: the panel's status line, with RunPod's words in the tooltip.
    void detailsPanelShowsTheReadableLine()
    {
        PodRow row;
        row.id = QStringLiteral("pod001");
        row.name = QStringLiteral("autopod-2026-11-30-001");
        row.state = PodRow::State::Running;
        row.lastStatusChange =
            QStringLiteral("Rented by User: ") +
            QDateTime::currentDateTimeUtc()
                .addSecs(-(2 * 3600 + 14 * 60 + 5))
                .toString(QStringLiteral("ddd MMM dd yyyy HH:mm:ss 'GMT+0000 (Coordinated Universal Time)'"));
        PodDetailsPanel panel;
        panel.setPod(row);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Running since ")), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().endsWith(QStringLiteral("(2 h 14 min)")), qPrintable(panel.statusText()));
        QVERIFY(!panel.statusText().contains(QStringLiteral("GMT")));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("statusValue"))->toolTip(), row.lastStatusChange);

        panel.setPod(std::nullopt);
        QVERIFY(panel.statusText().isEmpty());
    }
};

QTEST_MAIN(StatusChangeTest)
#include "tst_statuschange.moc"
