// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The lifecycle's journal in pods.json: each event of a connect flow as the file records it.
#include "core/lifecycle/PodStoreJournal.h"
#include "core/pods/PodStore.h"
#include "support/TempHome.h"

#include <QDir>
#include <QTest>

using autopod::api::Pod;
using autopod::api::PodStatus;
using autopod::lifecycle::FailureAction;
using autopod::lifecycle::FailureReport;
using autopod::lifecycle::PodStoreJournal;
using autopod::pods::PodRecord;
using autopod::pods::PodStore;

namespace {

const QDateTime kT0(QDate(2025, 11, 8), QTime(16, 45), Qt::UTC);

Pod running(qint64 uptime)
{
    Pod p;
    p.id = QStringLiteral("abc123xyz");
    p.desiredStatus = PodStatus::Running;
    p.costPerHr = 0.8;
    p.gpuCount = 2;
    p.gpuTypeId = QStringLiteral("NVIDIA A40");
    p.gpuDisplayName = QStringLiteral("A40");
    if (uptime > 0) {
        p.runtime = autopod::api::PodRuntime{uptime, {}};
    }
    return p;
}

} // namespace

class PodStoreJournalTest : public QObject
{
    Q_OBJECT

    QString podsFile(const autopod::test::TempHome& home) const
    {
        return QDir(home.autopodHome()).filePath(QStringLiteral("pods.json"));
    }

private Q_SLOTS:
    void aConnectFlowAsPodsJsonRecordsIt()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QDateTime clock = kT0;
        PodStoreJournal journal(store, [&clock] { return clock; });

        const QString name = journal.allocateName();
        const QString day = kT0.toLocalTime().date().toString(Qt::ISODate);
        QVERIFY2(name.startsWith(QStringLiteral("autopod-%1-001-").arg(day)), qPrintable(name));
        QVERIFY(journal.allocateName().startsWith(QStringLiteral("autopod-%1-002-").arg(day)));

        autopod::api::CreatePodRequest request;
        request.name = name;
        request.gpuTypeId = QStringLiteral("NVIDIA A40");
        request.gpuCount = 2;
        request.volumeGb = 20;
        journal.podRequested(name, request);
        PodRecord r = *store.find(name);
        QCOMPARE(r.status, QStringLiteral("starting"));
        QVERIFY(r.podId.isEmpty());
        QCOMPARE(r.gpuTypeId, QStringLiteral("NVIDIA A40"));
        QCOMPARE(r.templateName, QStringLiteral("runpod/comfyui:latest"));
        QCOMPARE(r.createdAt, kT0);
        QVERIFY(!r.reservedAt.isValid());

        journal.podUpdated(name, running(0));
        r = *store.find(QStringLiteral("abc123xyz"));
        QCOMPARE(r.name, name);
        QCOMPARE(r.status, QStringLiteral("running"));
        QCOMPARE(r.gpuType, QStringLiteral("A40"));

        clock = kT0.addSecs(120);
        journal.podUpdated(name, running(120));
        journal.podConnected(name, QStringLiteral("203.0.113.9"), 40122, 8188, 4242, QStringLiteral("SHA256:xyz"));
        r = *store.find(name);
        QCOMPARE(r.totalRuntimeSeconds, qint64(120));
        QCOMPARE(r.sshHost, QStringLiteral("203.0.113.9"));
        QCOMPARE(r.sshPort, 40122);
        QCOMPARE(r.tunnelPort, 8188);
        QCOMPARE(r.tunnelPid, qint64(4242));
        QCOMPARE(r.hostKeyFingerprint, QStringLiteral("SHA256:xyz"));
        QVERIFY(journal.lastError().isEmpty());

        FailureReport report;
        report.kind = autopod::lifecycle::FailureKind::Internal;
        report.message = QStringLiteral("The tunnel stopped answering.");
        report.action = FailureAction::Stopped;
        report.actionText = QStringLiteral("The pod was stopped; its volume is kept.");
        report.podId = QStringLiteral("abc123xyz");
        report.podName = name;
        clock = kT0.addSecs(300);
        journal.podFailed(name, report);
        r = *store.find(name);
        QCOMPARE(r.status, QStringLiteral("stopped"));
        QCOMPARE(r.tunnelPid, qint64(0));
        QVERIFY2(r.lastError.contains(QStringLiteral("stopped answering")) &&
                     r.lastError.contains(QStringLiteral("volume is kept")),
                 qPrintable(r.lastError));

        journal.podGone(name, QStringLiteral("abc123xyz"));
        r = *store.find(name);
        QCOMPARE(r.status, QStringLiteral("terminated"));
        QVERIFY(!r.isRunning());
        QCOMPARE(r.removedAt, kT0.addSecs(300));
        QCOMPARE(r.totalRuntimeSeconds, qint64(120));
    }

    void aFailedCreateReleasesItsName()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        PodStoreJournal journal(store, [] { return kT0; });
        const QString name = journal.allocateName();
        journal.podRequested(name, autopod::api::CreatePodRequest{});
        FailureReport report;
        report.message = QStringLiteral("No instances available.");
        report.action = FailureAction::NothingCreated;
        journal.podFailed(name, report);
        QVERIFY(!store.find(name));
        QVERIFY(store.records().isEmpty());
        QVERIFY(journal.lastError().isEmpty());
    }

    void aPodWithoutARecordIsStillTracked()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        PodStoreJournal journal(store, [] { return kT0; });
        journal.podUpdated(QStringLiteral("autopod-2025-11-08-007"), running(30));
        const auto r = store.find(QStringLiteral("abc123xyz"));
        QVERIFY(r);
        QCOMPARE(r->name, QStringLiteral("autopod-2025-11-08-007"));
        QCOMPARE(r->status, QStringLiteral("running"));
    }

    void anUnwritableStoreStillGivesAName()
    {
        autopod::test::TempHome home;
        QDir().mkpath(home.autopodHome());
        QFile blocker(podsFile(home) + QStringLiteral(".lock"));
        QVERIFY(QDir().mkpath(blocker.fileName())); // a directory where the lock file must go
        PodStore store(podsFile(home));
        store.setLockTimeouts(30000, 200);
        PodStoreJournal journal(store, [] { return kT0; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot create its lock file")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("pods.json could not be updated")));
        const QString name = journal.allocateName();
        QVERIFY2(name.startsWith(QStringLiteral("autopod-") + kT0.toLocalTime().date().toString(Qt::ISODate)),
                 qPrintable(name));
        QVERIFY(!journal.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(PodStoreJournalTest)
#include "tst_podstorejournal.moc"
