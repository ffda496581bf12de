// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// config.json: format, defaults, validation messages, malformed files, permissions, unknown keys.
#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "support/TempHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using autopod::config::Config;
using autopod::config::Paths;

namespace {

// JSON written with single quotes, so the test data stays readable.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data, mode_t mode = 0600)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return 0;
    }
    return st.st_mode & 0777;
}

const QByteArray kPrdExample = json(
    "{\n  'runpod': {\n    'ssh_key_path': '~/.ssh/id_rsa',\n    'default_region': 'EU',\n    'default_cloud_type': "
    "'community',\n    'default_template': 'my/comfy:1'\n  },\n  'ssh': { 'tunnel_port': 8190, 'connect_timeout': 20, "
    "'max_retries': 3 },\n  'filters': {\n    'network_speed': ['extreme'],\n    'cuda_version': '12.8',\n    "
    "'favorite_gpus': ['RTX A40', 'RTX 4090']\n  },\n  'defaults': { 'gpu_type': 'RTX A40', 'gpu_count': 2, "
    "'network_volume': 'vol123' },\n  'logging': { 'level': 'DEBUG', 'max_size_mb': 20, 'backup_count': 3 }\n}");

} // namespace

class ConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        qunsetenv("AUTOPOD_API_URL");
        qunsetenv("AUTOPOD_TRANSPORT");
    }

    void pathsFollowAutopodHome()
    {
        autopod::test::TempHome home;
        QCOMPARE(Paths::home(), home.autopodHome());
        QCOMPARE(Paths::configFile(), home.path(QStringLiteral(".autopod/config.json")));
        QCOMPARE(Paths::podsFile(), home.path(QStringLiteral(".autopod/pods.json")));
        QCOMPARE(Paths::logDir(), home.path(QStringLiteral(".autopod/logs")));
        qunsetenv("AUTOPOD_HOME");
        QCOMPARE(Paths::home(), home.path(QStringLiteral(".autopod"))); // ~/.autopod with HOME = temp
        QCOMPARE(Paths::expandTilde(QStringLiteral("~/.ssh/id_rsa")), home.path(QStringLiteral(".ssh/id_rsa")));
    }

    void ensureHomeCreatesAndRepairs0700()
    {
        autopod::test::TempHome home;
        QString error;
        QVERIFY2(Paths::ensureHome(&error), qPrintable(error));
        QCOMPARE(modeOf(Paths::home()), mode_t(0700));
        QCOMPARE(modeOf(Paths::logDir()), mode_t(0700));
        QCOMPARE(modeOf(Paths::runDir()), mode_t(0700));

        ::chmod(QFile::encodeName(Paths::home()).constData(), 0755);
        ::chmod(QFile::encodeName(Paths::logDir()).constData(), 0777);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permissions 755, narrowing to 0700")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permissions 777, narrowing to 0700")));
        QVERIFY2(Paths::ensureHome(&error), qPrintable(error));
        QCOMPARE(modeOf(Paths::home()), mode_t(0700));
        QCOMPARE(modeOf(Paths::logDir()), mode_t(0700));
    }

    void ensureHomeFailsClearlyOnAFile()
    {
        autopod::test::TempHome home;
        writeFile(home.autopodHome(), "not a directory");
        QString error;
        QVERIFY(!Paths::ensureHome(&error));
        QVERIFY2(error.contains(home.autopodHome()) && error.contains(QStringLiteral("not a directory")),
                 qPrintable(error));
    }

    void missingFileGivesDefaults()
    {
        autopod::test::TempHome home;
        const auto r = Config::load(Paths::configFile());
        QVERIFY(r.ok);
        QVERIFY(!r.config.existed());
        const Config& c = r.config;
        QCOMPARE(c.apiUrl(), QStringLiteral("https://api.runpod.io/graphql"));
        QCOMPARE(c.defaultRegion(), QStringLiteral("NA"));
        QCOMPARE(c.defaultCloudType(), QStringLiteral("secure"));
        QCOMPARE(c.defaultTemplate(), QStringLiteral("runpod/comfyui:latest"));
        QCOMPARE(c.tunnelPort(), 8188);
        QCOMPARE(c.connectTimeout(), 30);
        QCOMPARE(c.maxRetries(), 5);
        QCOMPARE(c.lifecycleMaxRetries(), 5);
        QCOMPARE(c.insecureHostKeys(), false);
        QCOMPARE(c.networkSpeeds(), (QStringList{QStringLiteral("high"), QStringLiteral("extreme")}));
        QCOMPARE(c.cudaVersion(), QString());
        QCOMPARE(c.favoriteGpus().size(), 4);
        QCOMPARE(c.defaultGpuCount(), 1);
        QCOMPARE(c.defaultNetworkVolume(), QString());
        QCOMPARE(c.logLevel(), QStringLiteral("INFO"));
        QCOMPARE(c.logMaxSizeMb(), 10);
        QCOMPARE(c.logBackupCount(), 5);
        QCOMPARE(c.readyTimeoutSeconds(), 600);
        QCOMPARE(c.maxGpusShown(), 5);
        QCOMPARE(c.warnAboveUsd(), 5.0);
        QCOMPARE(c.warnAboveHours(), 4.0);
        QVERIFY(!QFile::exists(Paths::configFile())); // loading never creates the file
    }

    void readsThePrdFormat()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), kPrdExample);
        const auto r = Config::load(Paths::configFile());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.warnings.isEmpty());
        const Config& c = r.config;
        QCOMPARE(c.sshKeyPath(), home.path(QStringLiteral(".ssh/id_rsa")));
        QCOMPARE(c.defaultRegion(), QStringLiteral("EU"));
        QCOMPARE(c.defaultCloudType(), QStringLiteral("community"));
        QCOMPARE(c.defaultTemplate(), QStringLiteral("my/comfy:1"));
        QCOMPARE(c.tunnelPort(), 8190);
        QCOMPARE(c.connectTimeout(), 20);
        QCOMPARE(c.maxRetries(), 3);
        QCOMPARE(c.lifecycleMaxRetries(), 3);
        QCOMPARE(c.networkSpeeds(), QStringList{QStringLiteral("extreme")});
        QCOMPARE(c.cudaVersion(), QStringLiteral("12.8"));
        QCOMPARE(c.favoriteGpus(), (QStringList{QStringLiteral("RTX A40"), QStringLiteral("RTX 4090")}));
        QCOMPARE(c.defaultGpuType(), QStringLiteral("RTX A40"));
        QCOMPARE(c.defaultGpuCount(), 2);
        QCOMPARE(c.defaultNetworkVolume(), QStringLiteral("vol123"));
        QCOMPARE(c.logLevel(), QStringLiteral("DEBUG"));
        QCOMPARE(c.logMaxSizeMb(), 20);
        QCOMPARE(c.logBackupCount(), 3);
    }

    void apiUrlOverrides()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'runpod': {'api_url': 'http://127.0.0.1:4000/graphql'}}"));
        auto r = Config::load(Paths::configFile());
        QCOMPARE(r.config.apiUrl(), QStringLiteral("http://127.0.0.1:4000/graphql"));
        qputenv("AUTOPOD_API_URL", "http://127.0.0.1:5555/graphql");
        QCOMPARE(r.config.apiUrl(), QStringLiteral("http://127.0.0.1:5555/graphql"));
        QCOMPARE(r.config.redactedJson()[QStringLiteral("runpod")][QStringLiteral("api_url")].toString(),
                 QStringLiteral("http://127.0.0.1:5555/graphql"));
        qunsetenv("AUTOPOD_API_URL");
    }

    void oneUrlPointsBothTransports()
    {
        Config c;
        QCOMPARE(c.restUrl(), QStringLiteral("https://api.runpod.io/v2"));
        qputenv("AUTOPOD_API_URL", "http://127.0.0.1:5555/graphql");
        QCOMPARE(c.restUrl(), QStringLiteral("http://127.0.0.1:5555/v2"));
        qputenv("AUTOPOD_API_URL", "http://127.0.0.1:5555/");
        QCOMPARE(c.restUrl(), QStringLiteral("http://127.0.0.1:5555/v2"));
        qputenv("AUTOPOD_API_URL", "https://proxy.example/runpod/graphql?api_key=x");
        QCOMPARE(c.restUrl(), QStringLiteral("https://proxy.example/runpod/v2")); // no query carried over
        qunsetenv("AUTOPOD_API_URL");
    }

    void transportIsASettingWithAnOverride()
    {
        autopod::test::TempHome home;
        auto r = Config::load(Paths::configFile());
        QCOMPARE(r.config.transport(), QStringLiteral("auto"));
        QCOMPARE(r.config.redactedJson()[QStringLiteral("runpod")][QStringLiteral("transport")].toString(),
                 QStringLiteral("auto"));
        QString error;
        QVERIFY(!r.config.set(QStringLiteral("transport"), QStringLiteral("soap"), &error));
        QVERIFY2(error.contains(QStringLiteral("graphql")) && error.contains(QStringLiteral("rest")),
                 qPrintable(error));
        QVERIFY2(r.config.set(QStringLiteral("transport"), QStringLiteral("rest"), &error), qPrintable(error));
        QVERIFY2(r.config.save(&error), qPrintable(error));
        QCOMPARE(Config::load(Paths::configFile()).config.transport(), QStringLiteral("rest"));
        qputenv("AUTOPOD_TRANSPORT", "graphql");
        QCOMPARE(Config::load(Paths::configFile()).config.transport(), QStringLiteral("graphql"));
        qputenv("AUTOPOD_TRANSPORT", "bogus"); // ignored
        QCOMPARE(Config::load(Paths::configFile()).config.transport(), QStringLiteral("rest"));
        qunsetenv("AUTOPOD_TRANSPORT");
    }

    void malformedFileNamesLineAndIsUntouched()
    {
        autopod::test::TempHome home;
        const QByteArray broken = "{\n  \"runpod\": {\n    \"default_region\": \"NA\",\n  }\n}\n";
        writeFile(Paths::configFile(), broken);
        const auto r = Config::load(Paths::configFile());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(Paths::configFile() + QStringLiteral(":4:")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("not changed")), qPrintable(r.error));

        // Saving on top of it is refused; the bytes stay exactly as they were.
        Config c(Paths::configFile());
        QString error;
        QVERIFY(c.set(QStringLiteral("region"), QStringLiteral("EU"), &error));
        QVERIFY(!c.save(&error));
        QVERIFY2(error.contains(QStringLiteral(":4:")), qPrintable(error));
        QCOMPARE(readAll(Paths::configFile()), broken);
    }

    void topLevelMustBeAnObject()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), "[1, 2]");
        const auto r = Config::load(Paths::configFile());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("object")), qPrintable(r.error));
    }

    void invalidValuesWarnAndFallBack()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'ssh': {'tunnel_port': 70000}, 'runpod': {'default_region': 'Mars'}, "
                                            "'defaults': {'gpu_count': 'two'}}"));
        const auto r = Config::load(Paths::configFile());
        QVERIFY(r.ok);
        QCOMPARE(r.warnings.size(), 3);
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("ssh.tunnel_port: 70000")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("one of NA, EU, AP")));
        QCOMPARE(r.config.tunnelPort(), 8188);
        QCOMPARE(r.config.defaultRegion(), QStringLiteral("NA"));
        QCOMPARE(r.config.defaultGpuCount(), 1);
    }

    // "ui": 3 where a section belongs: its settings fall back to their defaults, the user is told
    // once, and setting one of them makes the section an object again.
    void aSectionThatIsNotAnObjectIsNamed()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'ui': 3, 'ssh': [1, 2], 'top': 'level'}"));
        auto r = Config::load(Paths::configFile());
        QVERIFY(r.ok);
        const QString warnings = r.warnings.join(QLatin1Char('\n'));
        QCOMPARE(r.warnings.size(), 2);
        QVERIFY2(warnings.contains(QStringLiteral("\"ui\" is not a section")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("\"ssh\" is not a section")), qPrintable(warnings));
        QCOMPARE(r.config.maxGpusShown(), 5);
        QString error;
        QVERIFY2(r.config.set(QStringLiteral("ui.max_gpus_shown"), QStringLiteral("7"), &error), qPrintable(error));
        QVERIFY2(r.config.save(&error), qPrintable(error));
        const auto again = Config::load(Paths::configFile());
        QCOMPARE(again.config.maxGpusShown(), 7);
        QCOMPARE(again.warnings.size(), 1); // ssh is still not a section
    }

    void setValidates_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("port 0") << "ssh.tunnel_port"
                                << "0"
                                << "ssh.tunnel_port: \"0\" is not allowed; expected a whole number from 1 to 65535";
        QTest::newRow("port 65536") << "tunnel-port"
                                    << "65536"
                                    << "from 1 to 65535";
        QTest::newRow("port text") << "tunnel_port"
                                   << "http"
                                   << "ssh.tunnel_port";
        QTest::newRow("cloud")
            << "cloud-type"
            << "private"
            << "runpod.default_cloud_type: \"private\" is not allowed; expected one of secure, community";
        QTest::newRow("region") << "region"
                                << "US"
                                << "one of NA, EU, AP";
        QTest::newRow("cuda") << "cuda_version"
                              << "12"
                              << "filters.cuda_version: \"12\" is not allowed; expected a CUDA version like 12.8";
        QTest::newRow("cuda text") << "filters.cuda-version"
                                   << "latest"
                                   << "like 12.8";
        QTest::newRow("gpu count 0") << "gpu-count"
                                     << "0"
                                     << "defaults.gpu_count: \"0\" is not allowed; expected a whole number from 1 to 8";
        QTest::newRow("gpu count 9") << "defaults.gpu_count"
                                     << "9"
                                     << "from 1 to 8";
        QTest::newRow("log size 0") << "logging.max_size_mb"
                                    << "0"
                                    << "logging.max_size_mb";
        QTest::newRow("backups -1") << "backup-count"
                                    << "-1"
                                    << "logging.backup_count";
        QTest::newRow("level") << "log-level"
                               << "LOUD"
                               << "one of TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL";
        QTest::newRow("speed") << "network_speed"
                               << "high,fast"
                               << "\"fast\" is not allowed";
        QTest::newRow("bool") << "ssh.insecure_host_keys"
                              << "maybe"
                              << "true or false";
        QTest::newRow("url") << "api-url"
                             << "ftp://x"
                             << "an http(s) URL";
        QTest::newRow("unknown") << "runpod.colour"
                                 << "red"
                                 << "Unknown setting \"runpod.colour\"";
        QTest::newRow("ambiguous") << "max_retries_x"
                                   << "3"
                                   << "Unknown setting";
        QTest::newRow("template empty") << "template"
                                        << ""
                                        << "runpod.default_template";
    }

    void setValidates()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, messagePart);
        Config c;
        const QJsonObject before = c.rawJson();
        QString error;
        QVERIFY(!c.set(key, value, &error));
        QVERIFY2(error.contains(messagePart), qPrintable(error));
        QCOMPARE(c.rawJson(), before);
    }

    void setAcceptsSpellings()
    {
        Config c;
        QString error;
        QVERIFY2(c.set(QStringLiteral("api-key"), QStringLiteral("rp_sim_full_access"), &error), qPrintable(error));
        QCOMPARE(c.apiKey(), QStringLiteral("rp_sim_full_access"));
        QVERIFY(c.set(QStringLiteral("ssh.tunnel-port"), QStringLiteral("9000"), &error));
        QCOMPARE(c.tunnelPort(), 9000);
        QVERIFY(c.set(QStringLiteral("region"), QStringLiteral("ap"), &error));
        QCOMPARE(c.defaultRegion(), QStringLiteral("AP"));
        QVERIFY(c.set(QStringLiteral("default-cloud-type"), QStringLiteral("COMMUNITY"), &error));
        QCOMPARE(c.defaultCloudType(), QStringLiteral("community"));
        QVERIFY(c.set(QStringLiteral("cuda-version"), QStringLiteral("12.8"), &error));
        QCOMPARE(c.cudaVersion(), QStringLiteral("12.8"));
        QVERIFY(c.set(QStringLiteral("cuda-version"), QStringLiteral("none"), &error));
        QCOMPARE(c.cudaVersion(), QString());
        QVERIFY(c.set(QStringLiteral("favorite_gpus"), QStringLiteral("RTX 4090, RTX A40"), &error));
        QCOMPARE(c.favoriteGpus(), (QStringList{QStringLiteral("RTX 4090"), QStringLiteral("RTX A40")}));
        QVERIFY(c.set(QStringLiteral("network-speed"), QStringLiteral("Extreme"), &error));
        QCOMPARE(c.networkSpeeds(), QStringList{QStringLiteral("extreme")});
        QVERIFY(c.set(QStringLiteral("network-speed"), QStringLiteral("none"), &error));
        QCOMPARE(c.networkSpeeds(), QStringList());
        QVERIFY(c.set(QStringLiteral("log-level"), QStringLiteral("warn"), &error));
        QCOMPARE(c.logLevel(), QStringLiteral("WARNING"));
        QVERIFY(c.set(QStringLiteral("insecure-host-keys"), QStringLiteral("yes"), &error));
        QVERIFY(c.insecureHostKeys());
        QVERIFY(c.set(QStringLiteral("lifecycle.max-retries"), QStringLiteral("2"), &error));
        QCOMPARE(c.lifecycleMaxRetries(), 2);
        QCOMPARE(c.maxRetries(), 5);
        QVERIFY(c.set(QStringLiteral("warn-above-usd"), QStringLiteral("$2.50"), &error));
        QCOMPARE(c.warnAboveUsd(), 2.5);
        QVERIFY(c.set(QStringLiteral("network-volume"), QStringLiteral("null"), &error));
        QVERIFY(c.rawJson()[QStringLiteral("defaults")][QStringLiteral("network_volume")].isNull());
        QVERIFY(Config::isSecret(QStringLiteral("api-key")));
        QVERIFY(Config::isSecret(QStringLiteral("runpod.api_key")));
        QVERIFY(!Config::isSecret(QStringLiteral("region")));
        // Ambiguous short names must be given in full.
        QCOMPARE(Config::canonicalKey(QStringLiteral("max-retries")), QStringLiteral("ssh.max_retries"));
        QCOMPARE(Config::canonicalKey(QStringLiteral("ready-timeout-seconds")),
                 QStringLiteral("lifecycle.ready_timeout_seconds"));
    }

    void saveCreatesEverySectionWith0600()
    {
        autopod::test::TempHome home;
        Config c(Paths::configFile());
        QString error;
        QVERIFY(c.set(QStringLiteral("region"), QStringLiteral("EU"), &error));
        QVERIFY2(c.save(&error), qPrintable(error));
        QCOMPARE(modeOf(Paths::home()), mode_t(0700));
        QCOMPARE(modeOf(Paths::configFile()), mode_t(0600));
        const QJsonObject saved = QJsonDocument::fromJson(readAll(Paths::configFile())).object();
        for (const QString& section :
             {QStringLiteral("runpod"), QStringLiteral("ssh"), QStringLiteral("filters"), QStringLiteral("defaults"),
              QStringLiteral("logging"), QStringLiteral("lifecycle"), QStringLiteral("costs"), QStringLiteral("ui")}) {
            QVERIFY2(saved.value(section).isObject(), qPrintable(section));
        }
        QCOMPARE(saved[QStringLiteral("runpod")][QStringLiteral("default_region")].toString(), QStringLiteral("EU"));
        QCOMPARE(saved[QStringLiteral("ssh")][QStringLiteral("tunnel_port")].toInt(), 8188);
        QVERIFY(saved[QStringLiteral("filters")][QStringLiteral("cuda_version")].isNull());
        QVERIFY(!saved[QStringLiteral("runpod")].toObject().contains(QStringLiteral("api_key")));
        // Reloads to the same values.
        QCOMPARE(Config::load(Paths::configFile()).config.defaultRegion(), QStringLiteral("EU"));
    }

    void unknownKeysSurviveARewrite()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'runpod': {'default_region': 'NA', 'beta_flag': true}, 'plugins': {'x': "
                                            "[1, {'y': null}]}, 'ssh': {'tunnel_port': 8188}}"));
        auto r = Config::load(Paths::configFile());
        QString error;
        QVERIFY(r.config.set(QStringLiteral("tunnel-port"), QStringLiteral("8200"), &error));
        QVERIFY2(r.config.save(&error), qPrintable(error));
        const QJsonObject saved = QJsonDocument::fromJson(readAll(Paths::configFile())).object();
        QCOMPARE(saved[QStringLiteral("runpod")][QStringLiteral("beta_flag")].toBool(), true);
        QCOMPARE(saved[QStringLiteral("plugins")][QStringLiteral("x")].toArray().size(), 2);
        QCOMPARE(saved[QStringLiteral("ssh")][QStringLiteral("tunnel_port")].toInt(), 8200);
        // Only the changed key is written into an existing file: no defaults appear uninvited.
        QVERIFY(!saved[QStringLiteral("ssh")].toObject().contains(QStringLiteral("connect_timeout")));
    }

    void concurrentSavesOfDifferentKeysBothSurvive()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'ssh': {'tunnel_port': 8188}}"));
        auto a = Config::load(Paths::configFile()).config;
        auto b = Config::load(Paths::configFile()).config;
        QString error;
        QVERIFY(a.set(QStringLiteral("region"), QStringLiteral("EU"), &error) && a.save(&error));
        QVERIFY(b.set(QStringLiteral("tunnel-port"), QStringLiteral("8300"), &error) && b.save(&error));
        const Config c = Config::load(Paths::configFile()).config;
        QCOMPARE(c.defaultRegion(), QStringLiteral("EU"));
        QCOMPARE(c.tunnelPort(), 8300);
    }

    // The CLI and the desktop app change config.json at the same moments: two writers, each re-reading
    // the file and changing its own key, never see their last change undone by the other.
    void twoWritersNeverUndoEachOther()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'ssh': {'tunnel_port': 8188}}"));
        std::atomic<int> lost{0};
        std::atomic<int> failed{0};
        auto writer = [&](const QString& key, int range) {
            int last = 0;
            for (int i = 0; i < 150; ++i) {
                auto loaded = Config::load(Paths::configFile());
                const int onDisk = loaded.config.effectiveJson()
                                       .value(key.section(QLatin1Char('.'), 0, 0))
                                       .toObject()
                                       .value(key.section(QLatin1Char('.'), 1))
                                       .toInt();
                if (last != 0 && onDisk != last) {
                    ++lost;
                }
                last = i % range + 1;
                QString error;
                if (!loaded.config.set(key, QString::number(last), &error) || !loaded.config.save(&error)) {
                    ++failed;
                }
            }
        };
        std::thread desktop(writer, QStringLiteral("ui.max_gpus_shown"), 50);
        std::thread cli(writer, QStringLiteral("logging.backup_count"), 100);
        desktop.join();
        cli.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(lost.load(), 0);
        QCOMPARE(Config::load(Paths::configFile()).config.tunnelPort(), 8188);
    }

    void widePermissionsAreRepaired()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'runpod': {'api_key': 'rp_sim_full_access'}}"), 0644);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("narrowing to 0600")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("readable by other users")));
        const auto r = Config::load(Paths::configFile());
        QVERIFY(r.ok);
        QCOMPARE(modeOf(Paths::configFile()), mode_t(0600));
        QVERIFY2(r.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("0600")),
                 qPrintable(r.warnings.join(QLatin1Char(' '))));
        QCOMPARE(r.config.apiKey(), QStringLiteral("rp_sim_full_access"));
    }

    void unsetRemovesTheKey()
    {
        autopod::test::TempHome home;
        writeFile(Paths::configFile(), json("{'runpod': {'api_key': 'rp_sim_full_access', 'default_region': 'EU'}}"));
        auto c = Config::load(Paths::configFile()).config;
        QString error;
        QVERIFY(c.unset(QStringLiteral("api-key"), &error));
        QVERIFY2(c.save(&error), qPrintable(error));
        const QByteArray saved = readAll(Paths::configFile());
        QVERIFY(!saved.contains("api_key"));
        QVERIFY(saved.contains("\"EU\""));
    }

    void redactedJsonHidesTheKey()
    {
        Config c;
        QString error;
        QVERIFY(c.set(QStringLiteral("api-key"), QStringLiteral("rp_sim_full_access"), &error));
        const QJsonObject shown = c.redactedJson();
        const QByteArray text = QJsonDocument(shown).toJson();
        QVERIFY(!text.contains("rp_sim_full_access"));
        QVERIFY(
            shown[QStringLiteral("runpod")][QStringLiteral("api_key")].toString().contains(QStringLiteral("hidden")));
        QCOMPARE(shown[QStringLiteral("ssh")][QStringLiteral("tunnel_port")].toInt(), 8188); // defaults filled in
        QCOMPARE(c.effectiveJson()[QStringLiteral("runpod")][QStringLiteral("api_key")].toString(),
                 QStringLiteral("rp_sim_full_access"));
    }
};

QTEST_GUILESS_MAIN(ConfigTest)
#include "tst_config.moc"
