// runpod.transport = auto, end to end: `autopod connect` on GraphQL, then the simulator retires
// GraphQL (HTTP 410, RunPod's deprecation notice), and pods list / pod stop / pod start / pod kill
// keep working through REST v2: the call that saw the 410 is answered through REST, the user is
// told once, config.json remembers it, the next run starts on REST, and no pod is left billing.
#include "e2e/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace autopod::test;

namespace {

const QString kNotice = QStringLiteral("RunPod has retired its GraphQL API");

QString capture(const QString& text, const QString& pattern)
{
    const auto m = QRegularExpression(pattern).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

class TestCliTransportAuto : public QObject
{
    Q_OBJECT

    TempHome m_home;
    SimulatorProcess m_sim;
    std::unique_ptr<CliProcess> m_cli;
    QString m_name;
    QString m_podId;
    int m_noticesSeen = 0;

    QJsonObject configJson()
    {
        QFile f(m_home.path(QStringLiteral(".autopod/config.json")));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QJsonObject podsJson()
    {
        QFile f(m_home.path(QStringLiteral(".autopod/pods.json")));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QString transportInConfig()
    {
        return configJson().value(QStringLiteral("runpod")).toObject().value(QStringLiteral("transport")).toString();
    }
    // The requests the simulator received after `since` (its sequence numbers), by path prefix.
    int lastSeq()
    {
        const QJsonArray all =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        return all.isEmpty() ? 0 : all.last().toObject().value(QStringLiteral("seq")).toInt();
    }
    int requestsSince(int since, const QString& prefix)
    {
        int n = 0;
        const QJsonArray all = m_sim.get(QStringLiteral("requests?since=%1").arg(since))
                                   .object()
                                   .value(QStringLiteral("requests"))
                                   .toArray();
        for (const QJsonValue& r : all) {
            n += r.toObject().value(QStringLiteral("path")).toString().startsWith(prefix);
        }
        return n;
    }
    CliResult run(const QStringList& args)
    {
        CliResult r = m_cli->run(args);
        m_noticesSeen += int(r.all().count(kNotice));
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("AUTOPOD_TRANSPORT"); // the default, auto, is what is tested
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString()));
        m_cli = std::make_unique<CliProcess>(m_home, m_sim);
    }

    void cleanupTestCase()
    {
        const QJsonObject pods = podsJson();
        for (auto it = pods.begin(); it != pods.end(); ++it) {
            const qint64 pid = it.value().toObject().value(QStringLiteral("tunnel_pid")).toInteger();
            if (pid > 0) {
                ::kill(pid_t(pid), SIGTERM);
            }
        }
    }

    void connectsOnGraphQlWhileItLives()
    {
        const CliResult init = m_cli->configure();
        QVERIFY2(init.exitCode == 0, qPrintable(init.all()));
        const int before = lastSeq();
        const CliResult r = run({QStringLiteral("connect"), QStringLiteral("--gpu"), QStringLiteral("RTX A40"),
                                 QStringLiteral("--gpu-count"), QStringLiteral("1"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        m_name = capture(r.out, QStringLiteral("Creating pod: (autopod-\\d{4}-\\d{2}-\\d{2}-\\d{3})"));
        m_podId = capture(r.out, QStringLiteral("Pod id (\\w+)"));
        QVERIFY(!m_podId.isEmpty());
        QVERIFY(requestsSince(before, QStringLiteral("/graphql")) > 0);
        QCOMPARE(requestsSince(before, QStringLiteral("/v2/")), 0);
        QCOMPARE(m_noticesSeen, 0);
        QVERIFY(transportInConfig() != QLatin1String("rest"));
    }

    void podsListAfterRetirementIsAnsweredThroughRest()
    {
        const QJsonObject retired =
            m_sim
                .post(QStringLiteral("graphql"),
                      {{QStringLiteral("retired"), true}, {QStringLiteral("mode"), QStringLiteral("gone")}})
                .object();
        QCOMPARE(retired.value(QStringLiteral("retired")).toBool(), true);
        const int before = lastSeq();
        const CliResult r = run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(m_name), qPrintable(r.all()));
        QVERIFY(r.out.contains(QStringLiteral("running")));
        QCOMPARE(m_noticesSeen, 1);                                     // told, once
        QCOMPARE(requestsSince(before, QStringLiteral("/graphql")), 1); // the one that saw the 410
        QVERIFY(requestsSince(before, QStringLiteral("/v2/pods")) > 0);
        QCOMPARE(transportInConfig(), QStringLiteral("rest")); // remembered
        QVERIFY(m_cli->run({QStringLiteral("logs"), QStringLiteral("--full")}).out.contains(QStringLiteral("REST")));
    }

    void stopStartAndKillWorkThroughRestAndSayNothingMore()
    {
        const int before = lastSeq();
        CliResult r = run({QStringLiteral("pod"), QStringLiteral("stop"), m_name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(
            m_sim.get(QStringLiteral("pods/") + m_podId).object().value(QStringLiteral("desiredStatus")).toString(),
            QStringLiteral("EXITED"));

        r = run({QStringLiteral("pod"), QStringLiteral("start"), m_name, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QCOMPARE(
            m_sim.get(QStringLiteral("pods/") + m_podId).object().value(QStringLiteral("desiredStatus")).toString(),
            QStringLiteral("RUNNING"));

        r = run({QStringLiteral("pod"), QStringLiteral("kill"), m_name, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY(!podsJson().contains(m_name));

        // The next runs started on REST: not one GraphQL request, and not a word more about it.
        QCOMPARE(requestsSince(before, QStringLiteral("/graphql")), 0);
        QVERIFY(requestsSince(before, QStringLiteral("/v2/")) >= 3);
        QCOMPARE(m_noticesSeen, 1);

        // Nothing left billing, nothing forgotten.
        const QJsonArray pods = m_sim.get(QStringLiteral("state")).object().value(QStringLiteral("pods")).toArray();
        for (const QJsonValue& p : pods) {
            const QString status = p.toObject().value(QStringLiteral("desiredStatus")).toString();
            QVERIFY2(status != QLatin1String("RUNNING"),
                     qPrintable(p.toObject().value(QStringLiteral("id")).toString()));
        }
        const CliResult list = run({QStringLiteral("pods"), QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QVERIFY(!list.out.contains(QStringLiteral("running")));
    }

    void everyRestRequestMatchesTheOpenApiDocument()
    {
        int checked = 0;
        const QString violations = restContractViolations(m_sim, &checked);
        QVERIFY2(violations.isEmpty(), qPrintable(violations));
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliTransportAuto)
#include "tst_cli_transport_auto.moc"
