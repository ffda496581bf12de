// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod doctor` against the simulator: each check's verdict and fix as a user reads them
// (--json and text), and the exit code that says whether `connect` would work.
#include "e2e/CliProcess.h"

#include "core/pods/PodRecord.h"
#include "core/pods/PodStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <thread>

using namespace autopod::test;

namespace {

struct Doctor
{
    CliResult result;
    QJsonObject json;

    QJsonObject check(const QString& id) const
    {
        for (const QJsonValue& v : json.value(QStringLiteral("checks")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id) {
                return v.toObject();
            }
        }
        return {};
    }
    QString verdict(const QString& id) const { return check(id).value(QStringLiteral("verdict")).toString(); }
    QString message(const QString& id) const { return check(id).value(QStringLiteral("message")).toString(); }
    QString fix(const QString& id) const { return check(id).value(QStringLiteral("fix")).toString(); }
};

} // namespace

class TestCliDoctor : public QObject
{
    Q_OBJECT

    SimulatorProcess m_sim;
    std::unique_ptr<TempHome> m_home;
    std::unique_ptr<CliProcess> m_cli;
    int m_port = 0;

    Doctor doctor(const QProcessEnvironment& env = {})
    {
        Doctor d;
        if (env.isEmpty()) {
            d.result = m_cli->run({QStringLiteral("doctor"), QStringLiteral("--json")});
        } else {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(CliProcess::binary(), {QStringLiteral("doctor"), QStringLiteral("--json")});
            p.closeWriteChannel();
            d.result = m_cli->wait(p, 60000);
        }
        QJsonParseError error;
        d.json = QJsonDocument::fromJson(d.result.out.toUtf8(), &error).object();
        if (error.error != QJsonParseError::NoError) {
            qWarning("not JSON: %s\n%s", qPrintable(d.result.out), qPrintable(d.result.err));
        }
        return d;
    }

    // config init with our key uploaded, and the tunnel port moved to a free one.
    void configure()
    {
        const CliResult init = m_cli->run(
            {QStringLiteral("config"), QStringLiteral("init"), QStringLiteral("--api-key-stdin"),
             QStringLiteral("--generate-ssh-key"), QStringLiteral("--upload-key"), QStringLiteral("--region"),
             QStringLiteral("NA"), QStringLiteral("--cloud"), QStringLiteral("secure"), QStringLiteral("--yes")},
            QByteArray(SimulatorProcess::fullAccessKey) + '\n');
        QVERIFY2(init.exitCode == 0, qPrintable(init.all()));
        const CliResult set = m_cli->run({QStringLiteral("config"), QStringLiteral("set"),
                                          QStringLiteral("ssh.tunnel_port"), QString::number(m_port)});
        QVERIFY2(set.exitCode == 0, qPrintable(set.all()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }

    void init()
    {
        m_home = std::make_unique<TempHome>();
        m_cli = std::make_unique<CliProcess>(*m_home, m_sim);
        m_port = freeLocalPort();
    }

    void freshHomeSaysToRunConfigInit()
    {
        const Doctor d = doctor();
        QCOMPARE(d.result.exitCode, 3);
        QCOMPARE(d.json.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(d.verdict(QStringLiteral("api_key")), QStringLiteral("failure"));
        QCOMPARE(d.fix(QStringLiteral("api_key")), QStringLiteral("autopod config init"));
        QCOMPARE(d.verdict(QStringLiteral("config")), QStringLiteral("warning"));
        QCOMPARE(d.verdict(QStringLiteral("api_key_accepted")), QStringLiteral("skipped"));
        // RunPod itself is reachable without a key.
        QCOMPARE(d.verdict(QStringLiteral("runpod")), QStringLiteral("ok"));
    }

    void configuredMachineIsHealthy()
    {
        configure();
        const Doctor d = doctor();
        QVERIFY2(d.result.exitCode == 0, qPrintable(d.result.all()));
        QCOMPARE(d.json.value(QStringLiteral("ok")).toBool(), true);
        for (const char* id : {"config", "home_permissions", "api_key", "runpod", "api_key_accepted", "clock",
                               "ssh_key", "ssh_key_registered", "port", "pods"}) {
            QVERIFY2(d.verdict(QString::fromLatin1(id)) == QLatin1String("ok"),
                     qPrintable(QStringLiteral("%1: %2 %3")
                                    .arg(QString::fromLatin1(id), d.verdict(QString::fromLatin1(id)),
                                         d.message(QString::fromLatin1(id)))));
        }
        // No session bus here: the key lives in config.json, and doctor says so with a fix.
        QCOMPARE(d.verdict(QStringLiteral("keychain")), QStringLiteral("warning"));
        QVERIFY(!d.fix(QStringLiteral("keychain")).isEmpty());
        // Which of RunPod's APIs autopod speaks: the setting (auto unless the suite runs on one).
        const QString transport = transportUnderTest().isEmpty() ? QStringLiteral("auto") : transportUnderTest();
        QVERIFY2(d.message(QStringLiteral("runpod")).contains(QStringLiteral("transport: ") + transport),
                 qPrintable(d.message(QStringLiteral("runpod"))));
        QVERIFY(d.message(QStringLiteral("port")).contains(QString::number(m_port)));

        const CliResult text = m_cli->run({QStringLiteral("doctor")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Nothing blocks `autopod connect`.")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("WARN  Keychain")));
        // The key never shows.
        QVERIFY(!text.all().contains(QLatin1String(SimulatorProcess::fullAccessKey)));
        QVERIFY(!d.result.all().contains(QLatin1String(SimulatorProcess::fullAccessKey)));
    }

    void keyNotOnTheAccountBlocksConnect()
    {
        QVERIFY(m_cli->configure().exitCode == 0); // --no-upload-key
        const Doctor d = doctor();
        QCOMPARE(d.result.exitCode, 3);
        QCOMPARE(d.verdict(QStringLiteral("ssh_key_registered")), QStringLiteral("failure"));
        QVERIFY(d.fix(QStringLiteral("ssh_key_registered")).contains(QStringLiteral("--upload-key")));
    }

    void portHeldByAnotherProgramIsNamed()
    {
        configure();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(m_port)));
        const Doctor d = doctor();
        QCOMPARE(d.result.exitCode, 1);
        QCOMPARE(d.verdict(QStringLiteral("port")), QStringLiteral("failure"));
        const QString pid = QString::number(QCoreApplication::applicationPid());
        QVERIFY2(d.message(QStringLiteral("port")).contains(QStringLiteral("pid ") + pid),
                 qPrintable(d.message(QStringLiteral("port"))));
        QVERIFY2(d.message(QStringLiteral("port")).contains(QStringLiteral("tst_cli_doctor")),
                 qPrintable(d.message(QStringLiteral("port"))));
        QVERIFY(d.fix(QStringLiteral("port")).contains(QStringLiteral("ssh.tunnel_port")));
    }

    void rejectedKeyIsReported()
    {
        configure();
        // The key RunPod accepted yesterday was revoked: config.json (no keychain here) holds a dead one.
        QFile config(m_home->path(QStringLiteral(".autopod/config.json")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QByteArray text = config.readAll();
        config.close();
        QVERIFY(text.contains(SimulatorProcess::fullAccessKey));
        text.replace(SimulatorProcess::fullAccessKey, "rp_sim_revoked_key");
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(text);
        config.close();

        const Doctor d = doctor();
        QCOMPARE(d.result.exitCode, 3);
        QCOMPARE(d.verdict(QStringLiteral("api_key")), QStringLiteral("ok"));
        QCOMPARE(d.verdict(QStringLiteral("api_key_accepted")), QStringLiteral("failure"));
        QVERIFY(d.fix(QStringLiteral("api_key_accepted")).contains(QStringLiteral("config set api-key -")));
        QVERIFY(!d.result.all().contains(QStringLiteral("rp_sim_revoked_key")));
    }

    void unreachableRunPodExitsWithTheNetworkCode()
    {
        configure();
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("AUTOPOD_API_URL"),
                   QStringLiteral("http://127.0.0.1:%1/graphql").arg(freeLocalPort())); // nobody listens
        const Doctor d = doctor(env);
        QCOMPARE(d.result.exitCode, 7);
        QCOMPARE(d.verdict(QStringLiteral("runpod")), QStringLiteral("failure"));
        QCOMPARE(d.verdict(QStringLiteral("api_key_accepted")), QStringLiteral("skipped"));
        QCOMPARE(d.verdict(QStringLiteral("pods")), QStringLiteral("ok")); // none tracked
    }

    // An API whose clock is 10 minutes behind ours: any HTTP answer carries a Date header.
    void clockSkewIsMeasuredFromTheDateHeader()
    {
        configure();
        const int port = freeLocalPort();
        std::atomic<bool> stop = false;
        std::thread server([port, &stop] {
            QTcpServer listener;
            if (!listener.listen(QHostAddress::LocalHost, quint16(port))) {
                return;
            }
            while (!stop) {
                if (!listener.waitForNewConnection(100)) {
                    continue;
                }
                std::unique_ptr<QTcpSocket> socket(listener.nextPendingConnection());
                socket->waitForReadyRead(2000);
                const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-600),
                                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
                socket->write("HTTP/1.1 503 Service Unavailable\r\nDate: " + date.toLatin1() +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->waitForBytesWritten(2000);
                socket->disconnectFromHost();
            }
        });
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("AUTOPOD_API_URL"), QStringLiteral("http://127.0.0.1:%1/graphql").arg(port));
        const Doctor d = doctor(env);
        stop = true;
        server.join();
        QCOMPARE(d.verdict(QStringLiteral("runpod")), QStringLiteral("ok"));
        QCOMPARE(d.verdict(QStringLiteral("clock")), QStringLiteral("warning"));
        QVERIFY2(d.message(QStringLiteral("clock")).contains(QStringLiteral("ahead of")),
                 qPrintable(d.message(QStringLiteral("clock"))));
        QVERIFY(d.fix(QStringLiteral("clock")).contains(QStringLiteral("timedatectl")));
        QVERIFY(d.result.exitCode != 0); // the account could not be read
    }

    void wideHomePermissionsAreFoundBeforeRepair()
    {
        configure();
        QVERIFY(QFile::setPermissions(m_home->autopodHome(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                                 QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                                 QFile::ExeOther));
        const Doctor d = doctor();
        QCOMPARE(d.verdict(QStringLiteral("home_permissions")), QStringLiteral("warning"));
        QVERIFY2(d.message(QStringLiteral("home_permissions")).contains(QStringLiteral("0755")),
                 qPrintable(d.message(QStringLiteral("home_permissions"))));
        QCOMPARE(d.result.exitCode, 0); // a warning does not block connect
    }

    void trackedPodsAreComparedWithRunPod()
    {
        configure();
        autopod::pods::PodStore store(m_home->path(QStringLiteral(".autopod/pods.json")));
        QVERIFY(store.load());
        autopod::pods::PodRecord gone;
        gone.podId = QStringLiteral("podnotonrunpod1");
        gone.name = QStringLiteral("autopod-2026-11-30-001");
        gone.status = QString::fromLatin1(autopod::pods::PodRecord::kRunning);
        gone.costPerHour = 0.44;
        QString error;
        QVERIFY2(store.upsert(gone, &error), qPrintable(error));

        const Doctor d = doctor();
        QCOMPARE(d.verdict(QStringLiteral("pods")), QStringLiteral("warning"));
        QVERIFY2(d.message(QStringLiteral("pods")).contains(QStringLiteral("autopod-2026-11-30-001 gone")),
                 qPrintable(d.message(QStringLiteral("pods"))));
        QVERIFY(d.fix(QStringLiteral("pods")).contains(QStringLiteral("pods list")));
    }
};

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "tst_cli_doctor.moc"
