// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// pods.json: records, names, unknown keys, corrupt files, the file watcher, and many processes
// writing at once (this binary re-invokes itself as the writer processes).
#include "core/pods/PodStore.h"
#include "support/TempHome.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <cmath>
#include <sys/stat.h>

using autopod::pods::PodRecord;
using autopod::pods::PodStore;

namespace {

QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QJsonObject fileJson(const QString& path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

PodRecord makeRecord(const QString& id, const QString& name)
{
    PodRecord r;
    r.podId = id;
    r.name = name;
    r.status = QStringLiteral("running");
    r.createdAt = QDateTime(QDate(2025, 11, 8), QTime(16, 45), Qt::UTC);
    r.gpuType = QStringLiteral("RTX A40");
    r.gpuCount = 2;
    r.costPerHour = 0.8;
    r.sshHost = QStringLiteral("203.0.113.7");
    r.sshPort = 22;
    r.tunnelPort = 8188;
    r.templateName = QStringLiteral("runpod/comfyui:latest");
    return r;
}

// Child process modes.
int runWriter(const QStringList& args)
{
    // --writer <file> <index> <records> <counterUpdates> <names>
    PodStore store(args.at(2));
    store.setLockTimeouts(30000, 120000);
    const int index = args.at(3).toInt();
    const int records = args.at(4).toInt();
    const int counterUpdates = args.at(5).toInt();
    const int names = args.at(6).toInt();
    QString error;
    int nextCounter = 0;
    int nextName = 0;
    for (int i = 0; i < records; ++i) {
        const QString id = QStringLiteral("w%1-%2").arg(index).arg(i);
        if (!store.upsert(makeRecord(id, QStringLiteral("rec-") + id), &error)) {
            std::fprintf(stderr, "upsert failed: %s\n", qPrintable(error));
            return 2;
        }
        // Spread counter updates and name allocations over the run, so they interleave.
        while (nextCounter < counterUpdates && nextCounter * records <= i * counterUpdates) {
            const bool ok = store.update(
                QStringLiteral("counter"), [](PodRecord& r) { r.gpuCount += 1; }, &error);
            if (!ok) {
                std::fprintf(stderr, "update failed: %s\n", qPrintable(error));
                return 3;
            }
            ++nextCounter;
        }
        while (nextName < names && nextName * records <= i * names) {
            const QString name = store.allocateName(QDate(2025, 11, 8), &error);
            if (name.isEmpty()) {
                std::fprintf(stderr, "allocateName failed: %s\n", qPrintable(error));
                return 4;
            }
            std::printf("NAME %s\n", qPrintable(name));
            ++nextName;
        }
    }
    std::fflush(stdout);
    return 0;
}

int runLockHolder(const QStringList& args)
{
    // --hold-lock <file>: takes the store's lock and waits to be killed.
    QLockFile lock(args.at(2) + QStringLiteral(".lock"));
    if (!lock.lock()) {
        return 2;
    }
    std::printf("LOCKED\n");
    std::fflush(stdout);
    QThread::sleep(60);
    return 0;
}

int runOneUpsert(const QStringList& args)
{
    // --upsert <file> <id>
    PodStore store(args.at(2));
    QString error;
    return store.upsert(makeRecord(args.at(3), QStringLiteral("rec-") + args.at(3)), &error) ? 0 : 2;
}

} // namespace

class PodStoreTest : public QObject
{
    Q_OBJECT

    QString podsFile(const autopod::test::TempHome& home) const
    {
        return QDir(home.autopodHome()).filePath(QStringLiteral("pods.json"));
    }

    QProcess* startSelf(const QStringList& args)
    {
        auto* p = new QProcess(this);
        p->setProgram(QCoreApplication::applicationFilePath());
        p->setArguments(args);
        p->start();
        return p;
    }

private Q_SLOTS:
    void roundTripInThePrdFormat()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QString error;
        QVERIFY(store.load(&error));
        QVERIFY(store.records().isEmpty());

        PodRecord r = makeRecord(QStringLiteral("abc123xyz"), QStringLiteral("autopod-2025-11-08-001"));
        r.totalRuntimeSeconds = 3600;
        r.estimatedCostUsd = 0.8;
        r.dataCenter = QStringLiteral("EU-RO-1");
        r.hostKeyFingerprint = QStringLiteral("SHA256:abc");
        r.tunnelPid = 4242;
        QVERIFY2(store.upsert(r, &error), qPrintable(error));

        const QJsonObject file = fileJson(podsFile(home));
        const QJsonObject o = file.value(QStringLiteral("autopod-2025-11-08-001")).toObject();
        QCOMPARE(o[QStringLiteral("pod_id")].toString(), QStringLiteral("abc123xyz"));
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("running"));
        QCOMPARE(o[QStringLiteral("created_at")].toString(), QStringLiteral("2025-11-08T16:45:00Z"));
        QCOMPARE(o[QStringLiteral("gpu_type")].toString(), QStringLiteral("RTX A40"));
        QCOMPARE(o[QStringLiteral("gpu_count")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("cost_per_hour")].toDouble(), 0.8);
        QCOMPARE(o[QStringLiteral("ssh_port")].toInt(), 22);
        QCOMPARE(o[QStringLiteral("tunnel_port")].toInt(), 8188);
        QCOMPARE(o[QStringLiteral("template")].toString(), QStringLiteral("runpod/comfyui:latest"));
        QVERIFY(o[QStringLiteral("network_volume")].isNull());
        QCOMPARE(o[QStringLiteral("total_runtime_seconds")].toInt(), 3600);
        QCOMPARE(o[QStringLiteral("estimated_cost_usd")].toDouble(), 0.8);
        QCOMPARE(o[QStringLiteral("data_center")].toString(), QStringLiteral("EU-RO-1"));
        QCOMPARE(o[QStringLiteral("tunnel_pid")].toInt(), 4242);

        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(podsFile(home)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));

        PodStore other(podsFile(home));
        QVERIFY(other.load(&error));
        QCOMPARE(other.records().size(), 1);
        QCOMPARE(other.records().first(), store.records().first());
        QCOMPARE(other.find(QStringLiteral("abc123xyz"))->name, QStringLiteral("autopod-2025-11-08-001"));
        QCOMPARE(other.find(QStringLiteral("autopod-2025-11-08-001"))->podId, QStringLiteral("abc123xyz"));
        QCOMPARE(other.find(QStringLiteral("abc"))->podId, QStringLiteral("abc123xyz"));
        QVERIFY(!other.find(QStringLiteral("zzz")));
    }

    void readsAPrdFileAndKeepsUnknownKeys()
    {
        autopod::test::TempHome home;
        writeFile(podsFile(home), json("{'autopod-2025-11-08-001': {'pod_id': 'abc123xyz', 'name': "
                                       "'autopod-2025-11-08-001', 'status': 'running', 'created_at': "
                                       "'2025-11-08T16:45:00Z', 'gpu_type': 'RTX A40', 'gpu_count': 2, "
                                       "'cost_per_hour': 0.80, 'ssh_host': 'abc123xyz.pod.runpod.io', 'ssh_port': 22, "
                                       "'tunnel_port': 8188, 'template': 'runpod/comfyui:latest', 'network_volume': "
                                       "null, 'total_runtime_seconds': 3600, 'estimated_cost_usd': 0.80, "
                                       "'v2_notes': {'tags': ['a']}}, '_schema': 2}"));
        PodStore store(podsFile(home));
        QString error;
        QVERIFY(store.load(&error));
        QCOMPARE(store.records().size(), 1);
        const PodRecord r = store.records().first();
        QCOMPARE(r.totalRuntimeSeconds, qint64(3600));
        QCOMPARE(r.sshHost, QStringLiteral("abc123xyz.pod.runpod.io"));

        QVERIFY(store.update(
            QStringLiteral("abc123xyz"), [](PodRecord& p) { p.status = QStringLiteral("stopped"); }, &error));
        // A record built from scratch (no `extra`) must not drop keys only the file knows.
        PodRecord fresh = makeRecord(QStringLiteral("abc123xyz"), QStringLiteral("autopod-2025-11-08-001"));
        QVERIFY(store.upsert(fresh, &error));

        const QJsonObject file = fileJson(podsFile(home));
        QCOMPARE(file[QStringLiteral("_schema")].toInt(), 2);
        QCOMPARE(file[QStringLiteral("autopod-2025-11-08-001")][QStringLiteral("v2_notes")][QStringLiteral("tags")]
                     .toArray()
                     .first()
                     .toString(),
                 QStringLiteral("a"));
        QCOMPARE(store.records().size(), 1);
    }

    void updateAndRemove()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QString error;
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("one")), &error));
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p2"), QStringLiteral("two")), &error));
        QVERIFY(store.update(
            QStringLiteral("p1"), [](PodRecord& r) { r.sshPort = 40022; }, &error));
        QCOMPARE(store.find(QStringLiteral("one"))->sshPort, 40022);
        QVERIFY(!store.update(
            QStringLiteral("p9"), [](PodRecord&) {}, &error));
        QVERIFY2(error.contains(QStringLiteral("p9")), qPrintable(error));
        QVERIFY(store.remove(QStringLiteral("two"), &error));
        QCOMPARE(store.records().size(), 1);
        QVERIFY(!store.remove(QStringLiteral("two"), &error));
        // The same pod id under another name replaces the record, it does not duplicate it.
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("uno")), &error));
        QCOMPARE(store.records().size(), 1);
        QCOMPARE(store.records().first().name, QStringLiteral("uno"));
        // A name taken by a different pod is refused.
        QVERIFY(!store.upsert(makeRecord(QStringLiteral("p3"), QStringLiteral("uno")), &error));
        QVERIFY2(error.contains(QStringLiteral("already used")), qPrintable(error));
    }

    void namesCountPerDay()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QString error;
        const QDate day(2025, 11, 8);
        // autopod-<day>-<counter>-<random marker>
        auto numbered = [](const QString& name, const QString& expected) {
            return QRegularExpression(QLatin1Char('^') + expected + QStringLiteral("-[a-z0-9]{4}$"))
                .match(name)
                .hasMatch();
        };
        const QString first = store.allocateName(day, &error);
        const QString second = store.allocateName(day, &error);
        QVERIFY2(numbered(first, QStringLiteral("autopod-2025-11-08-001")), qPrintable(first));
        QVERIFY2(numbered(second, QStringLiteral("autopod-2025-11-08-002")), qPrintable(second));
        QVERIFY(numbered(store.allocateName(QDate(2025, 11, 9), &error), QStringLiteral("autopod-2025-11-09-001")));
        QVERIFY(store.records().isEmpty()); // reservations are not pods

        // The reservation becomes the pod's record.
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p1"), second), &error));
        QCOMPARE(store.records().size(), 1);
        QVERIFY(!fileJson(podsFile(home))[second].toObject().contains(QStringLiteral("reserved_at")));
        // A released reservation is gone; numbering continues after the highest one in the file,
        // whether its name carries a marker or not (names from before markers).
        QVERIFY(store.remove(first, &error));
        QVERIFY(numbered(store.allocateName(day, &error), QStringLiteral("autopod-2025-11-08-003")));
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p7"), QStringLiteral("autopod-2025-11-08-041")), &error));
        QVERIFY(numbered(store.allocateName(day, &error), QStringLiteral("autopod-2025-11-08-042")));
    }

    // Two machines on one account (or a pods.json set aside as corrupt) count from the same
    // number: the marker still keeps their names apart.
    void namesDifferAcrossStores()
    {
        autopod::test::TempHome one;
        autopod::test::TempHome other;
        const QDate day(2025, 11, 8);
        QSet<QString> names;
        for (int i = 0; i < 20; ++i) {
            names.insert(PodStore(podsFile(one)).allocateName(day.addDays(i)));
            names.insert(PodStore(podsFile(other)).allocateName(day.addDays(i)));
        }
        QCOMPARE(names.size(), 40);
    }

    // A hand-edited pods.json with absurd numbers: every value lands in range, costs stay finite
    // and never negative, and the next name is still a valid, larger counter.
    void hostileNumbersAreRangeChecked()
    {
        autopod::test::TempHome home;
        writeFile(podsFile(home),
                  json("{'autopod-2025-11-08-2147483647': {'pod_id': 'p1', 'status': 'running', "
                       "'cost_per_hour': -1e300, 'total_runtime_seconds': 1e300, 'estimated_cost_usd': 1e308, "
                       "'tunnel_pid': -1e300, 'tunnel_port': 1e12, 'ssh_port': -22, 'gpu_count': 1e300, "
                       "'volume_gb': -1e300, 'prior_runtime_seconds': -1e300, 'prior_cost_usd': 1e308, "
                       "'session_uptime_seconds': 9.3e18, 'storage_cost_per_hour': 1e308, "
                       "'storage_cost_usd': 1e308, 'reserved_by_pid': 1e300},"
                       " 'autopod-2025-11-08-007': {'pod_id': 'p2', 'status': 'running', 'cost_per_hour': 1e308,"
                       " 'total_runtime_seconds': 1e308}}"));
        PodStore store(podsFile(home));
        QVERIFY(store.load());
        double sum = 0;
        for (const PodRecord& r : store.records()) {
            QVERIFY(r.totalRuntimeSeconds >= 0);
            QVERIFY(r.priorRuntimeSeconds >= 0);
            QVERIFY(r.sessionUptimeSeconds >= 0);
            QVERIFY(r.costPerHour >= 0);
            QVERIFY(r.tunnelPid >= 0);
            QVERIFY(r.tunnelPort >= 0 && r.tunnelPort <= 65535);
            QVERIFY(r.sshPort >= 0 && r.sshPort <= 65535);
            QVERIFY(r.gpuCount >= 0);
            QVERIFY(r.volumeGb >= 0);
            QVERIFY2(std::isfinite(r.totalCostUsd()) && r.totalCostUsd() >= 0, qPrintable(r.name));
            sum += r.totalCostUsd();
        }
        QVERIFY(std::isfinite(sum));
        QString error;
        const QString name = store.allocateName(QDate(2025, 11, 8), &error);
        QVERIFY2(QRegularExpression(QStringLiteral("^autopod-2025-11-08-\\d{3,}-[a-z0-9]+$")).match(name).hasMatch(),
                 qPrintable(name + error));
        QVERIFY(!store.find(name) || store.find(name)->podId.isEmpty());
    }

    void corruptFileIsSetAsideAndReported()
    {
        autopod::test::TempHome home;
        const QByteArray garbage = "{\"autopod-2025-11-08-001\": {\"pod_id\": \"abc\", ";
        writeFile(podsFile(home), garbage);
        PodStore store(podsFile(home));
        QSignalSpy spy(&store, &PodStore::corruptFileSetAside);
        QString error;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("was corrupt")));
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(QStringLiteral("corrupt")) && error.contains(QStringLiteral(".corrupt-")),
                 qPrintable(error));
        QCOMPARE(spy.count(), 1);
        const QString movedTo = spy.first().first().toString();
        QCOMPARE(readAll(movedTo), garbage); // kept byte for byte
        QVERIFY(!QFile::exists(podsFile(home)));
        QVERIFY(store.records().isEmpty());

        // Writing afterwards starts a new file; the set-aside one is untouched.
        QVERIFY2(store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("one")), &error), qPrintable(error));
        QCOMPARE(store.records().size(), 1);
        QCOMPARE(readAll(movedTo), garbage);
    }

    void corruptFileFoundByAWriter()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QString error;
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("one")), &error));
        writeFile(podsFile(home), "not json at all");
        QSignalSpy spy(&store, &PodStore::corruptFileSetAside);
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("was corrupt")));
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p2"), QStringLiteral("two")), &error));
        QCOMPARE(spy.count(), 1);
        QVERIFY2(error.contains(QStringLiteral("was corrupt")), qPrintable(error)); // reported to the caller too
        QCOMPARE(readAll(spy.first().first().toString()), QByteArray("not json at all"));
    }

    void changedFiresForOtherProcessesWrites()
    {
        autopod::test::TempHome home;
        PodStore store(podsFile(home));
        QString error;
        QVERIFY(store.upsert(makeRecord(QStringLiteral("p0"), QStringLiteral("zero")), &error));
        QVERIFY(store.load(&error));
        QSignalSpy spy(&store, &PodStore::changed);
        for (int i = 1; i <= 3; ++i) { // several times: the watch must be re-armed after each atomic replace
            QProcess* p = startSelf({QStringLiteral("--upsert"), podsFile(home), QStringLiteral("x%1").arg(i)});
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitCode(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(store.records().size(), i + 1, 5000);
        }
        QVERIFY(spy.count() >= 3);
    }

    void staleLockOfAKilledProcessIsTakenOver()
    {
        autopod::test::TempHome home;
        QDir().mkpath(home.autopodHome());
        QProcess* holder = startSelf({QStringLiteral("--hold-lock"), podsFile(home)});
        QVERIFY(holder->waitForReadyRead(20000));
        QCOMPARE(holder->readLine().trimmed(), QByteArray("LOCKED"));

        PodStore store(podsFile(home));
        store.setLockTimeouts(30000, 300);
        QString error;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("locked by another autopod process")));
        QVERIFY(!store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("one")), &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));

        holder->kill(); // dies holding the lock
        QVERIFY(holder->waitForFinished(10000));
        store.setLockTimeouts(30000, 5000);
        QVERIFY2(store.upsert(makeRecord(QStringLiteral("p1"), QStringLiteral("one")), &error), qPrintable(error));
    }

    void concurrentWritersLoseNothing()
    {
        autopod::test::TempHome home;
        constexpr int kProcesses = 8;
        constexpr int kRecords = 100;
        constexpr int kCounterUpdates = 20;
        constexpr int kNames = 5;
        PodStore store(podsFile(home));
        QString error;
        PodRecord counter = makeRecord(QStringLiteral("counter"), QStringLiteral("counter"));
        counter.gpuCount = 0;
        QVERIFY(store.upsert(counter, &error));

        QElapsedTimer clock;
        clock.start();
        QList<QProcess*> writers;
        for (int i = 0; i < kProcesses; ++i) {
            writers << startSelf({QStringLiteral("--writer"), podsFile(home), QString::number(i),
                                  QString::number(kRecords), QString::number(kCounterUpdates),
                                  QString::number(kNames)});
        }
        // Read the file the whole time: it must always be complete, valid JSON, and never lose a
        // record it already had.
        int reads = 0;
        int lastCount = 0;
        auto running = [&] {
            return std::any_of(writers.begin(), writers.end(),
                               [](QProcess* p) { return p->state() != QProcess::NotRunning; });
        };
        while (running()) {
            for (QProcess* p : std::as_const(writers)) {
                p->waitForFinished(0);
            }
            const QByteArray data = readAll(podsFile(home));
            QJsonParseError err{};
            const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
            QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
            QVERIFY(doc.isObject());
            const int count = static_cast<int>(doc.object().size());
            QVERIFY2(count >= lastCount, "a reader saw the file lose records");
            lastCount = count;
            ++reads;
            QVERIFY2(clock.elapsed() < 240000, "writers took longer than 4 minutes");
            QThread::msleep(20);
        }
        QSet<QString> names;
        for (QProcess* p : std::as_const(writers)) {
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
            for (const QByteArray& line : p->readAllStandardOutput().split('\n')) {
                if (line.startsWith("NAME ")) {
                    // The counter alone is unique too (the random marker would hide a clash).
                    const QString name = QString::fromUtf8(line.mid(5)).section(QLatin1Char('-'), 0, 4);
                    QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("name given twice: ") + name));
                    names.insert(name);
                }
            }
        }
        qInfo("%d processes x %d records + %d updates + %d names: %lld ms, %d reads of a valid file", kProcesses,
              kRecords, kCounterUpdates, kNames, static_cast<long long>(clock.elapsed()), reads);

        QCOMPARE(names.size(), kProcesses * kNames);
        QVERIFY(store.load(&error));
        const QList<PodRecord> all = store.records();
        QCOMPARE(all.size(), kProcesses * kRecords + 1);
        for (int w = 0; w < kProcesses; ++w) {
            for (int i = 0; i < kRecords; ++i) {
                QVERIFY(store.find(QStringLiteral("w%1-%2").arg(w).arg(i)).has_value());
            }
        }
        QCOMPARE(store.find(QStringLiteral("counter"))->gpuCount, kProcesses * kCounterUpdates);
        QCOMPARE(fileJson(podsFile(home)).size(), kProcesses * kRecords + 1 + kProcesses * kNames);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 7 && args.at(1) == QLatin1String("--writer")) {
        return runWriter(args);
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("--hold-lock")) {
        return runLockHolder(args);
    }
    if (args.size() >= 4 && args.at(1) == QLatin1String("--upsert")) {
        return runOneUpsert(args);
    }
    PodStoreTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_podstore.moc"
