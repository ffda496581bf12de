// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// runpod.transport = auto on the day RunPod retires GraphQL: the CLI connects on GraphQL, the
// simulator retires it, and every later command works through REST v2 with nothing for the user
// to do. The switch is told once and remembered in config.json.
#include "e2e/CliFaultsRig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace autopod::test;

namespace {

const QString kSwitchNotice = QStringLiteral("retired its GraphQL API");

} // namespace

class TestCliTransport : public QObject, protected CliFaultsRig
{
    Q_OBJECT

    QJsonObject configJson()
    {
        QFile f(m_home.path(QStringLiteral(".autopod/config.json")));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    // How many requests the simulator recorded on `path` since `seq`.
    int requestsTo(const QString& path, int since)
    {
        const QJsonArray all =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        int n = 0;
        for (const QJsonValue& v : all) {
            const QJsonObject r = v.toObject();
            n += r.value(QStringLiteral("seq")).toInt() > since &&
                 r.value(QStringLiteral("path")).toString().startsWith(path);
        }
        return n;
    }
    int lastSeq()
    {
        const QJsonArray all =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInt();
    }
    QString simStatus(const QString& podId) { return simPod(podId).value(QStringLiteral("desiredStatus")).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("AUTOPOD_TRANSPORT"); // auto, the default
        startRig();
        configureWithFreeTunnelPort();
    }

    void cleanupTestCase() { endLeftovers(); }

    void podsSurviveGraphQlRetirement()
    {
        const CliResult c = m_cli->run(
            {QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"), QStringLiteral("--yes")});
        QVERIFY2(c.exitCode == 0, qPrintable(c.all()));
        QVERIFY(!c.all().contains(kSwitchNotice));
        const QString name =
            QRegularExpression(QStringLiteral("Creating pod: (autopod-[\\w-]+)")).match(c.out).captured(1);
        const QString podId = podsJson().value(name).toObject().value(QStringLiteral("pod_id")).toString();
        QVERIFY(!podId.isEmpty());
        QCOMPARE(simStatus(podId), QStringLiteral("RUNNING"));

        // RunPod retires GraphQL.
        m_sim.post(QStringLiteral("graphql"), QJsonObject{{QStringLiteral("retired"), true}});
        int seq = lastSeq();
        const CliResult list = m_cli->run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY2(list.out.contains(name) && list.out.contains(QStringLiteral("running")), qPrintable(list.all()));
        QVERIFY2(list.all().count(kSwitchNotice) == 1, qPrintable(list.all())); // told once
        QVERIFY(requestsTo(QStringLiteral("/v2/pods"), seq) > 0);
        QCOMPARE(configJson().value(QStringLiteral("runpod")).toObject().value(QStringLiteral("transport")).toString(),
                 QStringLiteral("rest"));

        // The next runs start on REST: GraphQL is not even asked, and nothing is said again.
        seq = lastSeq();
        const CliResult stop = m_cli->run({QStringLiteral("pod"), QStringLiteral("stop"), name});
        QVERIFY2(stop.exitCode == 0, qPrintable(stop.all()));
        QVERIFY(!stop.all().contains(kSwitchNotice));
        QCOMPARE(requestsTo(QStringLiteral("/graphql"), seq), 0);
        QCOMPARE(simStatus(podId), QStringLiteral("EXITED"));

        const CliResult start =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("start"), name, QStringLiteral("--yes")});
        QVERIFY2(start.exitCode == 0, qPrintable(start.all()));
        QCOMPARE(simStatus(podId), QStringLiteral("RUNNING"));

        const CliResult kill =
            m_cli->run({QStringLiteral("pod"), QStringLiteral("kill"), name, QStringLiteral("--yes")});
        QVERIFY2(kill.exitCode == 0, qPrintable(kill.all()));
        const QString after = simStatus(podId);
        QVERIFY2(after.isEmpty() || after == QLatin1String("TERMINATED"), qPrintable(after));
        QCOMPARE(requestsTo(QStringLiteral("/graphql"), seq), 0);
        QVERIFY(!podsJson().contains(name));
    }
};

QTEST_GUILESS_MAIN(TestCliTransport)
#include "tst_cli_transport.moc"
