// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// `autopod config init --upload-key` against the simulator: the account's public-key list gets
// our key appended, and the keys already there stay exactly as they were.
#include "e2e/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace autopod::test;

namespace {

// Two keys someone registered in the RunPod console before autopod (API.md: pubKey is the
// account's authorized_keys lines, newline-separated).
const QString kLaptopKey =
    QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKm1Q8y7fS1xq3b0aL9zW3rT0pYx2c4v6n8m0k2j4h6g me@laptop");
const QString kWorkKey = QStringLiteral("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7xYz0Q1w2e3r4t5y6u7i8o9p0 work@desk");

const QStringList kInitUpload{QStringLiteral("config"),
                              QStringLiteral("init"),
                              QStringLiteral("--api-key-stdin"),
                              QStringLiteral("--generate-ssh-key"),
                              QStringLiteral("--upload-key"),
                              QStringLiteral("--region"),
                              QStringLiteral("NA"),
                              QStringLiteral("--cloud"),
                              QStringLiteral("secure"),
                              QStringLiteral("--yes")};

} // namespace

class TestCliConfig : public QObject
{
    Q_OBJECT

    TempHome m_home;
    SimulatorProcess m_sim;
    std::unique_ptr<CliProcess> m_cli;

    QString accountKeys()
    {
        return m_sim.get(QStringLiteral("account")).object().value(QStringLiteral("pubKey")).toString();
    }
    QString ourPublicKey()
    {
        QFile f(m_home.path(QStringLiteral(".ssh/autopod_ed25519.pub")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
    }
    // The key-list writes RunPod received (GraphQL's updateUserSettings, or REST's PUT
    // /v2/account/ssh-keys), as the key list each one sent, one key per line.
    QStringList keyWrites()
    {
        QStringList sent;
        const QJsonArray requests =
            m_sim.get(QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& v : requests) {
            const QJsonObject r = v.toObject();
            if (r.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("updateUserSettings"))) {
                sent << r.value(QStringLiteral("variables")).toObject().value(QStringLiteral("pubKey")).toString();
            } else if (r.value(QStringLiteral("method")).toString() == QLatin1String("PUT") &&
                       r.value(QStringLiteral("path")).toString() == QLatin1String("/v2/account/ssh-keys")) {
                QStringList keys;
                for (const QJsonValue& k :
                     r.value(QStringLiteral("body")).toObject().value(QStringLiteral("keys")).toArray()) {
                    keys << k.toString();
                }
                sent << keys.join(QLatin1Char('\n'));
            }
        }
        return sent;
    }
    CliResult init() { return m_cli->run(kInitUpload, QByteArray(SimulatorProcess::fullAccessKey) + '\n'); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sim.start(QStringLiteral("fast.json")), qPrintable(m_sim.errorString()));
        m_cli = std::make_unique<CliProcess>(m_home, m_sim);
    }

    void uploadAppendsOurKeyAndKeepsTheOthers()
    {
        m_sim.post(QStringLiteral("account"),
                   {{QStringLiteral("pubKey"), QString(kLaptopKey + QLatin1Char('\n') + kWorkKey)}});
        m_sim.control("DELETE", QStringLiteral("requests"));

        const CliResult r = init();
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Public key added to your RunPod account.")), qPrintable(r.all()));
        const QString ours = ourPublicKey();
        QVERIFY2(ours.startsWith(QStringLiteral("ssh-ed25519 ")), qPrintable(ours));

        // The account now holds the two keys it had, unchanged and first, then ours: one per line.
        const QStringList lines = accountKeys().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{kLaptopKey, kWorkKey, ours}));
        // One write, carrying the whole list (RunPod replaces pubKey with what it is sent).
        QCOMPARE(keyWrites(), (QStringList{kLaptopKey + QLatin1Char('\n') + kWorkKey + QLatin1Char('\n') + ours}));
    }

    void runningInitAgainAddsNoDuplicate()
    {
        const QString before = accountKeys();
        m_sim.control("DELETE", QStringLiteral("requests"));
        const CliResult r = init();
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("already on your RunPod account")), qPrintable(r.all()));
        QCOMPARE(accountKeys(), before);
        QVERIFY(keyWrites().isEmpty());
    }

    void keysChangedElsewhereMeanwhileAreKept()
    {
        // Someone removed our key in the console and added another: the next upload re-adds ours
        // after what is there now, and drops nothing.
        const QString phoneKey =
            QStringLiteral("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY= phone");
        m_sim.post(QStringLiteral("account"), {{QStringLiteral("pubKey"), QString(kWorkKey + QStringLiteral("\n\n") +
                                                                                  phoneKey + QLatin1Char('\n'))}});
        const CliResult r = init();
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        const QStringList lines = accountKeys().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines, (QStringList{kWorkKey, phoneKey, ourPublicKey()}));
    }

    void theRegionProposedFollowsTheLocalesTerritory()
    {
        // The same rule as the desktop wizard: Ireland and Greece are in Europe whatever the
        // language, the C locale proposes NA.
        const QList<QPair<QString, QString>> cases{{QStringLiteral("en_IE.UTF-8"), QStringLiteral("EU")},
                                                   {QStringLiteral("el_GR.UTF-8"), QStringLiteral("EU")},
                                                   {QStringLiteral("ja_JP.UTF-8"), QStringLiteral("AP")},
                                                   {QStringLiteral("en_US.UTF-8"), QStringLiteral("NA")},
                                                   {QStringLiteral("C.UTF-8"), QStringLiteral("NA")}};
        for (const auto& [locale, region] : cases) {
            CliProcess cli(m_home, m_sim);
            cli.setVariable(QStringLiteral("LC_ALL"), locale);
            const CliResult r = cli.run({QStringLiteral("config"), QStringLiteral("init"),
                                         QStringLiteral("--api-key-stdin"), QStringLiteral("--generate-ssh-key"),
                                         QStringLiteral("--no-upload-key"), QStringLiteral("--yes")},
                                        QByteArray(SimulatorProcess::fullAccessKey) + '\n');
            QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
            QVERIFY(!r.all().contains(QLatin1String(SimulatorProcess::fullAccessKey)));
            QFile f(m_home.path(QStringLiteral(".autopod/config.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject runpod =
                QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("runpod")).toObject();
            QVERIFY2(
                runpod.value(QStringLiteral("default_region")).toString() == region,
                qPrintable(locale + QStringLiteral(": ") + runpod.value(QStringLiteral("default_region")).toString()));
        }
    }

    void noCredentialInAnyOutput()
    {
        for (const QString& output : m_cli->outputs()) {
            QVERIFY2(!output.contains(QLatin1String(SimulatorProcess::fullAccessKey)), qPrintable(output));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConfig)
#include "tst_cli_config.moc"
