// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Text from RunPod or a pod reaches the user's terminal without control characters: a pod named with
// escape sequences, a carriage return and a bell (anyone with the account can name a pod so), RunPod
// error messages and HTTP answers carrying the same. Such a name is also never read as an option by
// the processes autopod starts for the pod. And the files autopod leaves behind stay bounded: old
// crash logs are pruned to the newest ten.
#include "e2e/CliFaultsRig.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>

using namespace autopod::test;

namespace {

// ESC (a CSI colour, an OSC window title ended by BEL), CR (overwrites the line), BEL, DEL, C1 CSI.
// "autopod-…": a name autopod would have given it, so `pods list` offers to adopt it.
const QString kHostileName = QStringLiteral("autopod-evil\x1b[31mred\x1b]0;pwned\x07\rname\x7f\u009b2J");
// What is left once the control characters are gone: the visible text, in order.
const QString kHostileShown = QStringLiteral("autopod-evil[31mred]0;pwnedname2J");

// The control characters a terminal acts on, where printed output must have none.
QString controlCharactersIn(const QString& text)
{
    QStringList found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u < 0xa0)) {
            found << QStringLiteral("U+%1").arg(int(u), 4, 16, QLatin1Char('0'));
        }
    }
    found.removeDuplicates();
    return found.join(QLatin1Char(' '));
}

} // namespace

class CliPrintable : public QObject, public CliFaultsRig
{
    Q_OBJECT

    QString m_podId;

    // A pod created on the account outside autopod (RunPod's console, another tool), as RunPod's
    // GraphQL API creates it; its id, or empty.
    QString createPodOnTheAccount(const QString& name, const QString& publicKey)
    {
        const QJsonObject input{
            {QStringLiteral("name"), name},
            {QStringLiteral("gpuTypeId"), QStringLiteral("NVIDIA A40")},
            {QStringLiteral("gpuCount"), 1},
            {QStringLiteral("cloudType"), QStringLiteral("SECURE")},
            {QStringLiteral("imageName"), QStringLiteral("runpod/comfyui:latest")},
            {QStringLiteral("ports"), QStringLiteral("22/tcp")},
            {QStringLiteral("containerDiskInGb"), 20},
            {QStringLiteral("env"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("PUBLIC_KEY")},
                                                           {QStringLiteral("value"), publicKey}}}}};
        const QJsonDocument answer = m_sim.asConsole(
            QStringLiteral("mutation Create($input: PodFindAndDeployOnDemandInput) { podFindAndDeployOnDemand(input: "
                           "$input) { id name } }"),
            {{QStringLiteral("input"), input}});
        const QJsonObject pod = answer.object()
                                    .value(QStringLiteral("data"))
                                    .toObject()
                                    .value(QStringLiteral("podFindAndDeployOnDemand"))
                                    .toObject();
        const QString id = pod.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            qWarning("create answered: %s", answer.toJson(QJsonDocument::Compact).constData());
            return {};
        }
        // Up and running, as a pod someone made in RunPod's console is by the time autopod sees it.
        if (!QTest::qWaitFor([&] { return !simPod(id).value(QStringLiteral("runtime")).isNull(); }, 30000)) {
            qWarning("pod %s did not come up", qPrintable(id));
            return {};
        }
        return id;
    }

    QString publicKey()
    {
        QDirIterator it(m_home.home(), {QStringLiteral("*.pub")}, QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        if (!it.hasNext()) {
            return {};
        }
        QFile f(it.next());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }

    void verifyPrintable(const CliResult& r)
    {
        const QString controls = controlCharactersIn(r.all());
        QVERIFY2(controls.isEmpty(),
                 qPrintable(QStringLiteral("control characters %1 in:\n%2").arg(controls, r.all())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        startRig();
        configureCli();
        const QString key = publicKey();
        QVERIFY(!key.isEmpty());
        m_podId = createPodOnTheAccount(kHostileName, key);
        QVERIFY(!m_podId.isEmpty());
    }

    void hostilePodNameIsShownWithoutControlCharacters()
    {
        // Untracked: `pods list` names it, with how to adopt it.
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.all().contains(kHostileShown), qPrintable(list.all()));
        verifyPrintable(list);

        const CliResult adopt = m_cli->run({QStringLiteral("pod"), QStringLiteral("adopt"), m_podId});
        QVERIFY2(adopt.exitCode == 0, qPrintable(adopt.all()));
        verifyPrintable(adopt);
        const CliResult tracked = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(tracked.exitCode == 0, qPrintable(tracked.all()));
        QVERIFY2(tracked.out.contains(kHostileShown), qPrintable(tracked.all()));
        verifyPrintable(tracked);
        const CliResult info = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), m_podId});
        QVERIFY2(info.exitCode == 0, qPrintable(info.all()));
        QVERIFY2(info.out.contains(kHostileShown), qPrintable(info.all()));
        verifyPrintable(info);
        // --json is for programs: the name is kept exactly, JSON-escaped.
        const CliResult json = m_cli->run({QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.all()));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY2(!rows.isEmpty(), qPrintable(json.all()));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("name")).toString(), kHostileName);
    }

    // The background tunnel gets the pod's name as an argument: a name that looks like an option
    // ("--help") must stay a name, and the tunnel must come up.
    void podNameThatLooksLikeAnOptionIsNotReadAsOne()
    {
        const QString key = publicKey();
        const QString podId = createPodOnTheAccount(QStringLiteral("--help"), key);
        QVERIFY(!podId.isEmpty());
        const CliResult adopt = m_cli->run({QStringLiteral("pod"), QStringLiteral("adopt"), podId});
        QVERIFY2(adopt.exitCode == 0, qPrintable(adopt.all()));
        const CliResult start =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), podId, QStringLiteral("--yes")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.all()));
        QVERIFY2(start.out.contains(QStringLiteral("Connected!")), qPrintable(start.all()));
        const qint64 tunnelPid =
            podsJson().value(QStringLiteral("--help")).toObject().value(QStringLiteral("tunnel_pid")).toInteger();
        QVERIFY2(tunnelPid > 0, qPrintable(QString::fromUtf8(QJsonDocument(podsJson()).toJson())));
        ::kill(pid_t(tunnelPid), SIGTERM);
        QVERIFY(QTest::qWaitFor([tunnelPid] { return ::kill(pid_t(tunnelPid), 0) != 0; }, 10000));
    }

    void runPodErrorMessageIsShownWithoutControlCharacters()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("graphqlError")},
                  {QStringLiteral("message"), QStringLiteral("Something \x1b[2Jbroke\r\x07 badly\x1b]0;title\x07")},
                  {QStringLiteral("count"), QJsonValue::Null}});
        const CliResult r = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), m_podId});
        m_sim.control("DELETE", QStringLiteral("faults"));
        QVERIFY2(r.all().contains(QStringLiteral("Something [2Jbroke badly]0;title")), qPrintable(r.all()));
        verifyPrintable(r);
    }

    void httpAnswerIsShownWithoutControlCharacters()
    {
        addFault({{QStringLiteral("type"), QStringLiteral("http500")},
                  {QStringLiteral("body"), QStringLiteral("upstream \x1b[1mexploded\r\x07 here")},
                  {QStringLiteral("count"), QJsonValue::Null}});
        addFault({{QStringLiteral("type"), QStringLiteral("httpError")},
                  {QStringLiteral("status"), 503},
                  {QStringLiteral("detail"), QStringLiteral("down \x1b[1mfor\r\x07 repairs")},
                  {QStringLiteral("count"), QJsonValue::Null}});
        const CliResult r = m_cli->run({QStringLiteral("pod"), QStringLiteral("info"), m_podId});
        m_sim.control("DELETE", QStringLiteral("faults"));
        QVERIFY2(r.all().contains(QStringLiteral("500")) || r.all().contains(QStringLiteral("503")),
                 qPrintable(r.all()));
        verifyPrintable(r);
    }

    // A crash loop cannot fill the disk: at start, only the newest ten crash logs are kept.
    void oldCrashLogsArePrunedToTheNewestTen()
    {
        const QString logs = m_home.path(QStringLiteral(".autopod/logs"));
        QVERIFY(QDir().mkpath(logs));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList newest;
        for (int i = 0; i < 15; ++i) {
            // Named so that name order and age disagree: pruning goes by age.
            const QString name = QStringLiteral("crash-%1-%2.log").arg(1000 + (i * 7) % 15).arg(4000 + i);
            QFile f(QDir(logs).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("crash\n");
            QVERIFY(f.flush()); // before the time is set: a later write would make it "now"
            QVERIFY(f.setFileTime(now.addSecs(-3600 * (15 - i)), QFileDevice::FileModificationTime));
            f.close();
            if (i >= 5) {
                newest << name;
            }
        }
        QFile other(QDir(logs).filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        const CliResult r = m_cli->run({QStringLiteral("pods"), QStringLiteral("list"), QStringLiteral("--offline")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QStringList kept = QDir(logs).entryList({QStringLiteral("crash-*.log")}, QDir::Files);
        kept.sort();
        newest.sort();
        QCOMPARE(kept, newest);
        QVERIFY(QFile::exists(QDir(logs).filePath(QStringLiteral("notes.txt"))));
    }

    void cleanupTestCase()
    {
        m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), m_podId, QStringLiteral("--yes")});
        m_sim.stop();
    }
};

QTEST_GUILESS_MAIN(CliPrintable)
#include "tst_cli_printable.moc"
