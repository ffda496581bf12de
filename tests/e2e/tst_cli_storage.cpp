// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// What a stopped pod costs: the storage rate autopod shows for a stopped pod with a volume disk
// (`pods list`, its JSON and its total line; `pod info`) is what the simulator bills for it, as
// RunPod would: the simulator's clock is moved on 100 hours and the pod's spend grows by exactly
// that rate times 100.
#include "core/pods/Presentation.h"
#include "e2e/CliFaultsRig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace autopod::test;

class TestCliStorage : public QObject, protected CliFaultsRig
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startRig();
        configureWithFreeTunnelPort(); // new pods get the default volume disk
    }

    void cleanupTestCase() { endLeftovers(); }

    void theStorageCostShownForAStoppedPodIsWhatRunPodBills()
    {
        const CliResult connect = m_cli->run(
            {QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"), QStringLiteral("--yes")},
            {}, 120000);
        QVERIFY2(connect.exitCode == 0, qPrintable(connect.all()));
        const auto m = QRegularExpression(QStringLiteral("Creating pod: (autopod-[\\w-]+)")).match(connect.out);
        QVERIFY2(m.hasMatch(), qPrintable(connect.out));
        const QString name = m.captured(1);
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QVERIFY(!podId.isEmpty());

        const CliResult stop = m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.all()));
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("EXITED"));
        const int volumeGb = podsJson().value(name).toObject().value(QStringLiteral("volume_gb")).toInt();
        QVERIFY2(volumeGb > 0, "new pods get a volume disk by default");

        // What RunPod (the simulator) bills for the stopped pod: its spend over 100 hours of its
        // clock. (A POST to the clock settles what is due before it changes the clock.)
        m_sim.post(QStringLiteral("clock"), QJsonObject{});
        const double before = simPod(podId).value(QStringLiteral("spent")).toDouble();
        m_sim.post(QStringLiteral("clock"), QJsonObject{{QStringLiteral("advanceMs"), 100.0 * 3600 * 1000}});
        m_sim.post(QStringLiteral("clock"), QJsonObject{});
        const double after = simPod(podId).value(QStringLiteral("spent")).toDouble();
        const double billedPerHour = (after - before) / 100.0;
        qInfo("the simulator billed $%.6f/hr for %d GB stopped", billedPerHour, volumeGb);
        QVERIFY(billedPerHour > 0);
        QCOMPARE(simPod(podId).value(QStringLiteral("desiredStatus")).toString(), QStringLiteral("EXITED"));

        // What autopod shows.
        const CliResult json = m_cli->run({QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.all()));
        QJsonObject mine;
        for (const QJsonValue p : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
            if (p.toObject().value(QStringLiteral("name")).toString() == name) {
                mine = p.toObject();
            }
        }
        QVERIFY2(!mine.isEmpty(), qPrintable(json.out));
        const double shownPerHour = mine.value(QStringLiteral("storage_cost_per_hour")).toDouble();
        QVERIFY2(std::abs(shownPerHour - billedPerHour) < 1e-6,
                 qPrintable(QStringLiteral("shown %1, billed %2").arg(shownPerHour).arg(billedPerHour)));

        // The text says the same, at the precision it prints money.
        const QString perHour = autopod::pods::Presentation::moneyPerHour(billedPerHour);
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.out.contains(QStringLiteral("Stopped pods' volume disks: ") + perHour), qPrintable(list.out));
        QVERIFY2(list.out.contains(perHour + QStringLiteral(" storage")), qPrintable(list.out));
        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), name});
        QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
        QVERIFY2(info.out.contains(perHour), qPrintable(info.out));
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
