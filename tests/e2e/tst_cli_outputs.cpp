// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUI's outputs reach the user's disk through the CLI's background tunnel: a batch of 20
// prompts with the tunnel's SSH connection dropped in the middle ends with exactly the files
// ComfyUI's history lists (none missing, none twice, the same bytes), and a prompt run just before
// autopod is closed is on the disk when the pod's guard has stopped the pod.
#include "e2e/CliFaultsRig.h"
#include "support/ComfyClient.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace autopod::test;

namespace {

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString rel = QDir(dir).relativeFilePath(it.next());
        if (rel != QLatin1String(".autopod-outputs.json")) {
            out << rel;
        }
    }
    out.sort();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliOutputs : public QObject, protected CliFaultsRig
{
    Q_OBJECT

    QUrl comfy() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_tunnelPort)); }

    // The pod's ComfyUI output folder as the simulator keeps it (under the pod's /workspace).
    QString podOutputDir(const QString& podId)
    {
        const QString workspace =
            m_sim.get(QStringLiteral("pods/") + podId).object().value(QStringLiteral("workspace")).toString();
        return workspace + QStringLiteral("/runpod-slim/ComfyUI/output");
    }

    QString localOutputDir(const QString& name) const
    {
        return m_home.path(QStringLiteral("autopod/outputs/") + name); // outputs.dir's default, ~ = HOME
    }

    struct Connected
    {
        CliResult result;
        QString name;
        QString podId;
    };

    Connected connect()
    {
        Connected c;
        c.result = m_cli->run(
            {QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"), QStringLiteral("--yes")},
            {}, 120000);
        const auto m = QRegularExpression(QStringLiteral("Creating pod: (autopod-[\\w-]+)")).match(c.result.out);
        c.name = m.hasMatch() ? m.captured(1) : QString();
        c.podId = podRecord(c.name).value(QStringLiteral("pod_id")).toString();
        return c;
    }

    // Every output the pod's ComfyUI lists matches a local file of that path, byte for byte, and
    // there is no other file.
    void verifyLocalMatchesHistory(const QString& name, const QString& podId, int expectedCount)
    {
        QStringList listed = historyOutputFiles(comfyHistory(comfy()));
        listed.sort();
        QCOMPARE(listed.size(), expectedCount);
        QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), expectedCount);
        QTRY_COMPARE_WITH_TIMEOUT(filesUnder(localOutputDir(name)), listed, 30000);
        for (const QString& f : listed) {
            const QByteArray pod = readAll(QDir(podOutputDir(podId)).filePath(f));
            QVERIFY2(!pod.isEmpty(), qPrintable(f));
            QVERIFY2(readAll(QDir(localOutputDir(name)).filePath(f)) == pod, qPrintable(f));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        startRig();
        configureWithFreeTunnelPort();
    }

    void cleanupTestCase() { endLeftovers(); }

    void aBatchOf20WithATunnelDropEndsWithExactlyTheHistorysFiles()
    {
        const Connected c = connect();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        QVERIFY(!c.podId.isEmpty());
        // Each prompt takes (7 nodes + 3 steps + 2) x 40 ms, about half a second: 10 s for the batch.
        m_sim.post(QStringLiteral("pods/%1/comfy").arg(c.podId), QJsonObject{{QStringLiteral("stepMs"), 40}});
        for (int i = 0; i < 20; ++i) {
            const QString prefix = i % 2 ? QStringLiteral("batch/odd") : QStringLiteral("even");
            QVERIFY2(!submitPrompt(comfy(), comfyWorkflow(prefix, i + 1)).isEmpty(), qPrintable(QString::number(i)));
        }
        // Some outputs are on the disk, most are not yet: then the SSH connection drops.
        QTRY_VERIFY_WITH_TIMEOUT(filesUnder(localOutputDir(c.name)).size() >= 3, 30000);
        const qsizetype before = filesUnder(localOutputDir(c.name)).size();
        QVERIFY2(before < 20, qPrintable(QString::number(before)));
        const QJsonDocument dropped = m_sim.post(QStringLiteral("pods/%1/drop-ssh").arg(c.podId));
        QVERIFY2(!dropped.isNull(), "drop-ssh failed");
        QThread::msleep(300);
        m_sim.post(QStringLiteral("pods/%1/drop-ssh").arg(c.podId)); // and again, while it heals

        // The tunnel heals by itself; the batch finishes on the pod meanwhile.
        QVERIFY(waitComfyIdle(comfy(), 60000));
        verifyLocalMatchesHistory(c.name, c.podId, 20);

        // pods list and pod info count them.
        const CliResult list = m_cli->run(
            {QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--offline")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        const QJsonArray pods = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QJsonObject mine;
        for (const QJsonValue p : pods) {
            if (p.toObject().value(QStringLiteral("name")).toString() == c.name) {
                mine = p.toObject();
            }
        }
        QCOMPARE(mine.value(QStringLiteral("outputs_saved")).toInt(), 20);
        QCOMPARE(mine.value(QStringLiteral("outputs_dir")).toString(), localOutputDir(c.name));
        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), c.name});
        QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Outputs:\\s+20 saved in ") +
                                                      QRegularExpression::escape(localOutputDir(c.name)))),
                 qPrintable(info.out));

        const CliResult killed =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), c.name, QStringLiteral("--yes")});
        QVERIFY2(killed.exitCode == 0, qPrintable(killed.all()));
    }

    void aPromptRunJustBeforeAutopodClosesIsOnDiskWhenTheGuardHasStoppedThePod()
    {
        const CliResult idle = m_cli->run({QStringLiteral("config"), QStringLiteral("set"),
                                           QStringLiteral("lifecycle.idle_stop_minutes"), QStringLiteral("1")});
        QVERIFY2(idle.exitCode == 0, qPrintable(idle.all()));
        const Connected c = connect();
        QVERIFY2(c.result.exitCode == 0, qPrintable(c.result.all()));
        QVERIFY2(c.result.out.contains(QStringLiteral("Guard on pod ") + c.name), qPrintable(c.result.all()));
        // The pod's clock runs 30 times faster: its idle minute takes 2 s.
        m_sim.post(QStringLiteral("pods/%1/clock").arg(c.podId), QJsonObject{{QStringLiteral("speed"), 30}});

        QVERIFY(!submitPrompt(comfy(), comfyWorkflow(QStringLiteral("last/words"), 7, 3)).isEmpty());
        QVERIFY(waitComfyIdle(comfy(), 30000));
        // autopod closes at once: its background tunnel is all there is, and it is ended.
        const qint64 pid = podRecord(c.name).value(QStringLiteral("tunnel_pid")).toInteger();
        QVERIFY(pid > 0);
        QVERIFY(::kill(pid_t(pid), SIGTERM) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, 10000);

        // The pod stops itself, with no autopod process alive.
        QElapsedTimer t;
        t.start();
        QString status;
        while (t.elapsed() < 90000) {
            status =
                m_sim.get(QStringLiteral("pods/") + c.podId).object().value(QStringLiteral("desiredStatus")).toString();
            if (status == QLatin1String("EXITED")) {
                break;
            }
            QThread::msleep(250);
        }
        QCOMPARE(status, QStringLiteral("EXITED"));

        // The prompt's three images are on the local disk, as the pod's volume still has them.
        const QStringList expected{QStringLiteral("last/words_00001_.png"), QStringLiteral("last/words_00002_.png"),
                                   QStringLiteral("last/words_00003_.png")};
        QCOMPARE(filesUnder(localOutputDir(c.name)), expected);
        for (const QString& f : expected) {
            const QByteArray pod = readAll(QDir(podOutputDir(c.podId)).filePath(f));
            QVERIFY2(!pod.isEmpty(), qPrintable(f));
            QVERIFY2(readAll(QDir(localOutputDir(c.name)).filePath(f)) == pod, qPrintable(f));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
