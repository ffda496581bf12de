// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The one way autopod shows money, durations and pod states, in the tray, the pod list, the
// dialogs and the CLI's text output.
#include "core/pods/PodRecord.h"
#include "core/pods/Presentation.h"

#include <QTest>

using autopod::pods::PodRecord;
using autopod::pods::PodState;
using autopod::pods::Presentation;

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void money()
    {
        QCOMPARE(Presentation::money(0.8), QStringLiteral("$0.80"));
        QCOMPARE(Presentation::money(12.345), QStringLiteral("$12.35"));
        QCOMPARE(Presentation::money(1234.5), QStringLiteral("$1234.50"));
        QCOMPARE(Presentation::money(0), QStringLiteral("$0.00"));
        // A sum below a cent is never shown as nothing.
        QCOMPARE(Presentation::money(0.0042), QStringLiteral("$0.004"));
        QCOMPARE(Presentation::money(0.001), QStringLiteral("$0.001"));
        QCOMPARE(Presentation::money(0.0004), QStringLiteral("<$0.001"));
        QCOMPARE(Presentation::moneyPerHour(0.79), QStringLiteral("$0.79/hr"));
    }

    void durations()
    {
        QCOMPARE(Presentation::duration(-30), QStringLiteral("< 1 min"));
        QCOMPARE(Presentation::duration(59), QStringLiteral("< 1 min"));
        QCOMPARE(Presentation::duration(60), QStringLiteral("1 min"));
        QCOMPARE(Presentation::duration(3599), QStringLiteral("59 min"));
        QCOMPARE(Presentation::duration(3600), QStringLiteral("1 h 00 min"));
        QCOMPARE(Presentation::duration(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(Presentation::duration(2 * 86400 + 3 * 3600 + 59), QStringLiteral("2 d 03 h"));
        QCOMPARE(Presentation::duration(400 * 86400), QStringLiteral("400 d 00 h"));
        QCOMPARE(Presentation::runtime(0), QStringLiteral("—"));
        QCOMPARE(Presentation::runtime(3720), QStringLiteral("1 h 02 min"));
    }

    void statesOfARecord()
    {
        PodRecord r;
        r.status = QString::fromLatin1(PodRecord::kRunning);
        QCOMPARE(Presentation::stateText(autopod::pods::stateFor(r)), QStringLiteral("Running"));
        r.status = QString::fromLatin1(PodRecord::kStopped);
        QCOMPARE(autopod::pods::stateFor(r), PodState::Stopped);
        QVERIFY(!autopod::pods::isBilling(PodState::Stopped));
        r.gone = true;
        QCOMPARE(autopod::pods::stateFor(r), PodState::Terminated);
    }

    void gpu()
    {
        QCOMPARE(Presentation::gpu(1, QStringLiteral("RTX A40")), QStringLiteral("RTX A40"));
        QCOMPARE(Presentation::gpu(2, QStringLiteral("RTX A40")), QStringLiteral("2 × RTX A40"));
        QCOMPARE(Presentation::gpu(2, QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestPresentation)
#include "tst_presentation.moc"
