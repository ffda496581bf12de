// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Runtime and cost from the API, storage while stopped, and pods terminated outside autopod.
#include "core/pods/Cost.h"
#include "core/pods/PodStore.h"
#include "core/pods/PodSync.h"
#include "support/TempHome.h"

#include <QDir>
#include <QTest>

using autopod::api::Pod;
using autopod::api::PodStatus;
using autopod::api::PortMapping;
using autopod::pods::Cost;
using autopod::pods::PodRecord;
using autopod::pods::PodStore;
using autopod::pods::PodSync;

namespace {

const QDateTime kT0(QDate(2025, 11, 8), QTime(16, 0), Qt::UTC);

Pod apiPod(const QString& id, PodStatus status, qint64 uptime, double costPerHr)
{
    Pod p;
    p.id = id;
    p.name = QStringLiteral("autopod-2025-11-08-001");
    p.desiredStatus = status;
    p.costPerHr = costPerHr;
    p.gpuCount = 2;
    p.gpuTypeId = QStringLiteral("NVIDIA A40");
    p.gpuDisplayName = QStringLiteral("A40");
    p.dataCenterId = QStringLiteral("EU-RO-1");
    p.volumeGb = 100;
    p.containerDiskGb = 50;
    if (status == PodStatus::Running) {
        autopod::api::PodRuntime rt;
        rt.uptimeSeconds = uptime;
        PortMapping ssh;
        ssh.ip = QStringLiteral("203.0.113.9");
        ssh.isIpPublic = true;
        ssh.privatePort = 22;
        ssh.publicPort = 40122;
        ssh.type = QStringLiteral("tcp");
        rt.ports << ssh;
        p.runtime = rt;
    }
    return p;
}

PodRecord tracked(const QString& id, const QString& name)
{
    PodRecord r;
    r.podId = id;
    r.name = name;
    r.status = QStringLiteral("starting");
    r.createdAt = kT0;
    r.costPerHour = 0.8;
    return r;
}

} // namespace

class PodSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costMath()
    {
        QCOMPARE(Cost::forRuntime(3600, 0.8), 0.8);
        QCOMPARE(Cost::forRuntime(1800, 0.8), 0.4);
        QCOMPARE(Cost::forRuntime(-5, 0.8), 0.0);
        QVERIFY(qFuzzyCompare(Cost::stoppedStoragePerHour(100), 100 * 0.20 / 730.0));
        QVERIFY(qFuzzyCompare(Cost::stoppedStorage(730 * 3600, 100), 20.0)); // a month: $0.20/GB
        QCOMPARE(Cost::stoppedStoragePerHour(0), 0.0);
    }

    void runningStoppedResumed()
    {
        PodRecord r = tracked(QStringLiteral("p1"), QStringLiteral("autopod-2025-11-08-001"));

        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Running, 3600, 0.8), kT0.addSecs(3600));
        QCOMPARE(r.status, QStringLiteral("running"));
        QCOMPARE(r.totalRuntimeSeconds, qint64(3600));
        QCOMPARE(r.estimatedCostUsd, 0.8);
        QCOMPARE(r.sshHost, QStringLiteral("203.0.113.9"));
        QCOMPARE(r.sshPort, 40122);
        QCOMPARE(r.publicIp, QStringLiteral("203.0.113.9"));
        QCOMPARE(r.gpuType, QStringLiteral("A40"));
        QCOMPARE(r.gpuTypeId, QStringLiteral("NVIDIA A40"));
        QCOMPARE(r.dataCenter, QStringLiteral("EU-RO-1"));
        QCOMPARE(r.lastSync, kT0.addSecs(3600));
        QCOMPARE(r.storageCostUsd, 0.0);

        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Running, 7200, 0.8), kT0.addSecs(7200));
        QCOMPARE(r.totalRuntimeSeconds, qint64(7200));
        QCOMPARE(r.estimatedCostUsd, 1.6);

        // Stopped: RunPod's costPerHr drops to storage; the GPU rate and the compute cost stay.
        const QDateTime stopped = kT0.addSecs(7300);
        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Exited, 0, 0.03), stopped);
        QCOMPARE(r.status, QStringLiteral("stopped"));
        QVERIFY(!r.isRunning());
        QCOMPARE(r.totalRuntimeSeconds, qint64(7200));
        QCOMPARE(r.estimatedCostUsd, 1.6);
        QCOMPARE(r.costPerHour, 0.8);
        QCOMPARE(r.stoppedAt, stopped);
        QVERIFY(qFuzzyCompare(r.storageCostPerHour, 100 * 0.20 / 730.0));

        // Ten hours stopped: storage accrues separately.
        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Exited, 0, 0.03), stopped.addSecs(36000));
        QVERIFY(qFuzzyCompare(r.storageCostUsd, 10 * 100 * 0.20 / 730.0));
        QCOMPARE(r.estimatedCostUsd, 1.6);
        QVERIFY(qFuzzyCompare(r.totalCostUsd(), 1.6 + 10 * 100 * 0.20 / 730.0));

        // Resumed: a new run on top of the earlier one.
        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Running, 1800, 0.8), stopped.addSecs(39600));
        QCOMPARE(r.status, QStringLiteral("running"));
        QCOMPARE(r.totalRuntimeSeconds, qint64(7200 + 1800));
        QVERIFY(qFuzzyCompare(r.estimatedCostUsd, 1.6 + 0.4));
        QVERIFY(qFuzzyCompare(r.storageCostUsd, 11 * 100 * 0.20 / 730.0)); // the hour until the resume
        QVERIFY(!r.stoppedAt.isValid());

        // A restart RunPod did on its own (uptime went back) starts a new run too.
        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Running, 60, 0.8), stopped.addSecs(39700));
        QCOMPARE(r.totalRuntimeSeconds, qint64(7200 + 1800 + 60));
    }

    // A running pod found stopped by its own key ("Exited by user") while its guard ran: autopod
    // says why as far as it can tell; a stop by RunPod, by autopod itself, or without a guard is not
    // put on the guard; running again clears it.
    void aStopNobodyHereMadeIsPutOnTheGuard_asLikely()
    {
        PodRecord r = tracked(QStringLiteral("p1"), QStringLiteral("autopod-2025-11-08-001"));
        r.guard = autopod::pods::GuardSettings{};
        r.guardStatus = QStringLiteral("stops in 30 min: idle 30 min");
        PodSync::apply(r, apiPod(QStringLiteral("p1"), PodStatus::Running, 600, 0.8), kT0.addSecs(600));
        Pod stopped = apiPod(QStringLiteral("p1"), PodStatus::Exited, 0, 0.03);
        stopped.lastStatusChange = QStringLiteral("Exited by user: Sat Nov 08 2025 17:00:00 GMT+0000");

        PodRecord byGuard = r;
        PodSync::apply(byGuard, stopped, kT0.addSecs(3600));
        QCOMPARE(byGuard.guardStoppedReason, QStringLiteral("idle 30 min (likely)"));

        PodRecord budget = r;
        budget.guard->maxUsd = 5;
        budget.guard->maxHours = 8;
        PodSync::apply(budget, stopped, kT0.addSecs(3600));
        QCOMPARE(budget.guardStoppedReason, QStringLiteral("idle 30 min or budget $5.00 or max 8 h (likely)"));

        PodRecord own = r;
        PodSync::applyOwnStop(own, stopped, kT0.addSecs(3600));
        QVERIFY(own.guardStoppedReason.isEmpty());
        QCOMPARE(own.status, QStringLiteral("stopped"));
        PodSync::apply(own, stopped, kT0.addSecs(3700)); // the next list: still not the guard
        QVERIFY(own.guardStoppedReason.isEmpty());

        Pod byRunPod = stopped;
        byRunPod.lastStatusChange = QStringLiteral("Exited by RunPod: Insufficient balance");
        PodRecord broke = r;
        PodSync::apply(broke, byRunPod, kT0.addSecs(3600));
        QVERIFY(broke.guardStoppedReason.isEmpty());

        PodRecord unguarded = r;
        unguarded.guardStatus.clear();
        unguarded.guardError = QStringLiteral("runpodctl is not installed on this pod");
        PodSync::apply(unguarded, stopped, kT0.addSecs(3600));
        QVERIFY(unguarded.guardStoppedReason.isEmpty());

        // The guard's own word (read before the stop) is kept, not replaced by a guess.
        PodRecord seen = r;
        seen.guardStoppedReason = QStringLiteral("idle 30 min");
        PodSync::apply(seen, stopped, kT0.addSecs(3600));
        QCOMPARE(seen.guardStoppedReason, QStringLiteral("idle 30 min"));

        PodSync::apply(byGuard, apiPod(QStringLiteral("p1"), PodStatus::Running, 10, 0.8), kT0.addSecs(7200));
        QVERIFY(byGuard.guardStoppedReason.isEmpty());
    }

    void reconcileMarksGoneAndReportsUntracked()
    {
        autopod::test::TempHome home;
        PodStore store(QDir(home.autopodHome()).filePath(QStringLiteral("pods.json")));
        QString error;
        QVERIFY(store.upsert(tracked(QStringLiteral("p1"), QStringLiteral("autopod-2025-11-08-001")), &error));
        PodRecord running = tracked(QStringLiteral("p2"), QStringLiteral("autopod-2025-11-08-002"));
        running.status = QStringLiteral("running");
        running.tunnelPid = 999;
        QVERIFY(store.upsert(running, &error));
        PodRecord killed = tracked(QStringLiteral("p3"), QStringLiteral("autopod-2025-11-08-003"));
        killed.status = QStringLiteral("terminated");
        QVERIFY(store.upsert(killed, &error));
        const QString reserved = store.allocateName(QDate(2025, 11, 8), &error);

        Pod stranger = apiPod(QStringLiteral("p9"), PodStatus::Running, 10, 0.5);
        stranger.name = QStringLiteral("autopod-2025-11-07-004");
        Pod notOurs = apiPod(QStringLiteral("p8"), PodStatus::Running, 10, 0.5);
        notOurs.name = QStringLiteral("my training box");

        // One list leaving p2 out is no proof that it was terminated: noted, still running.
        const QDateTime first = kT0.addSecs(590);
        const auto once = PodSync::reconcile(
            store, {apiPod(QStringLiteral("p1"), PodStatus::Running, 590, 0.8), stranger, notOurs}, first);
        QVERIFY2(once.ok(), qPrintable(once.error));
        QVERIFY(once.gone.isEmpty());
        QCOMPARE(once.unlisted, QStringList{QStringLiteral("autopod-2025-11-08-002")});
        QVERIFY(store.find(QStringLiteral("p2"))->isRunning());
        QVERIFY(!store.find(QStringLiteral("p2"))->gone);

        // The next well-formed list agrees: now it is gone.
        const QDateTime now = kT0.addSecs(600);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("p2.*no longer listed by RunPod")));
        const auto report = PodSync::reconcile(
            store, {apiPod(QStringLiteral("p1"), PodStatus::Running, 600, 0.8), stranger, notOurs}, now);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.updated, QStringList{QStringLiteral("autopod-2025-11-08-001")});
        QCOMPARE(report.gone, QStringList{QStringLiteral("autopod-2025-11-08-002")});
        QCOMPARE(report.untracked, QStringList{QStringLiteral("p9")});

        PodStore reread(store.filePath());
        QVERIFY(reread.load(&error));
        const PodRecord gone = *reread.find(QStringLiteral("p2"));
        QVERIFY(gone.gone);
        QCOMPARE(gone.status, QStringLiteral("gone"));
        QVERIFY(!gone.isRunning());
        QCOMPARE(gone.removedAt, now);
        QCOMPARE(gone.tunnelPid, qint64(0));
        QVERIFY(gone.lastError.contains(QStringLiteral("terminated outside autopod")));
        QCOMPARE(reread.find(QStringLiteral("p3"))->status, QStringLiteral("terminated")); // autopod's own kill
        QCOMPARE(reread.find(QStringLiteral("p1"))->totalRuntimeSeconds, qint64(600));
        QCOMPARE(reread.records().size(), 3);

        // Reported once, not on every sync; the reservation is left alone.
        const auto again =
            PodSync::reconcile(store, {apiPod(QStringLiteral("p1"), PodStatus::Running, 700, 0.8)}, now.addSecs(100));
        QVERIFY(again.gone.isEmpty());
        QVERIFY(store.allocateName(QDate(2025, 11, 8), &error) != reserved);
    }

    void aPodListedAgainIsNotGone()
    {
        autopod::test::TempHome home;
        PodStore store(QDir(home.autopodHome()).filePath(QStringLiteral("pods.json")));
        QString error;
        PodRecord running = tracked(QStringLiteral("p2"), QStringLiteral("autopod-2025-11-08-002"));
        running.status = QStringLiteral("running");
        QVERIFY(store.upsert(running, &error));
        QVERIFY(PodSync::reconcile(store, {}, kT0.addSecs(10)).unlisted.size() == 1); // a glitch leaves it out
        QVERIFY(PodSync::reconcile(store, {apiPod(QStringLiteral("p2"), PodStatus::Running, 20, 0.8)}, kT0.addSecs(20))
                    .gone.isEmpty());
        QVERIFY(PodSync::reconcile(store, {}, kT0.addSecs(30)).gone.isEmpty()); // left out once again: not yet
        QVERIFY(store.find(QStringLiteral("p2"))->isRunning());
    }
};

QTEST_GUILESS_MAIN(PodSyncTest)
#include "tst_podsync.moc"
