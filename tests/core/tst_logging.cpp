// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The log: where it goes, what a line looks like, rotation, redaction before anything is
// written (file and stderr), and the crash handler's backtrace (child processes of this binary).
#include "core/logging/Logging.h"
#include "core/logging/SharedFileSink.h"
#include "support/TempHome.h"

#include <spdlog/logger.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace logging = autopod::logging;

namespace {
Q_LOGGING_CATEGORY(lcTest, "autopod.test")

const QString kKey = QStringLiteral("rp_sim_full_access");

// Assembled at run time so this source file itself holds no key block marker.
QString pemBlock(const QString& kind)
{
    const QString dashes = QStringLiteral("-----");
    return dashes + QStringLiteral("BEGIN ") + kind + QStringLiteral("PRIVATE KEY") + dashes +
           QStringLiteral("\nMIIEowIBAAKCAQEAsecretsecretsecret\nAAAAB3NzaC1yc2EAAAADAQABAAABAQ\n") + dashes +
           QStringLiteral("END ") + kind + QStringLiteral("PRIVATE KEY") + dashes;
}

QString marker()
{
    return QStringLiteral("PRIVATE KEY") + QStringLiteral("-----");
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

// A real invalid memory access, as a defect in autopod would make one. UndefinedBehaviorSanitizer
// (the sanitize build) would catch this write itself and end the process before the fault the
// crash handler is there for: the sanitizer is off for this one function.
__attribute__((no_sanitize("undefined"))) void writeThroughNull()
{
    volatile int* volatile nowhere = nullptr;
    *nowhere = 1;
}

int runChild(const QStringList& args)
{
    // --child <mode> <logdir>
    const QString mode = args.at(2);
    if (mode == QLatin1String("writer")) {
        // --child writer <logdir> <tag> <lines>: one of several processes sharing the log.
        logging::Options shared;
        shared.dir = args.at(3);
        shared.maxSizeMb = 1;
        shared.backupCount = 50;
        QString error;
        if (!logging::setup(shared, &error)) {
            return 2;
        }
        const QString filler(900, QLatin1Char('.'));
        const int lines = args.at(5).toInt();
        for (int i = 0; i < lines; ++i) {
            qCInfo(lcTest).noquote() << QStringLiteral("%1:%2 ").arg(args.at(4)).arg(i) << filler;
        }
        logging::shutdown();
        return 0;
    }
    logging::Options options;
    options.dir = args.at(3);
    options.level = QStringLiteral("DEBUG");
    options.alsoStderr = true;
    options.stderrLevel = QStringLiteral("INFO");
    QString error;
    if (!logging::setup(options, &error)) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(error));
        return 2;
    }
    logging::registerSecret(QStringLiteral("s3cr3t-value-42"));
    if (mode == QLatin1String("stderr")) {
        qCDebug(lcTest) << "debug line only in the file";
        qCInfo(lcTest).noquote() << "request with Authorization: Bearer" << kKey << "and s3cr3t-value-42";
        qCWarning(lcTest).noquote() << "key material:" << pemBlock(QStringLiteral("OPENSSH "));
        logging::shutdown();
        return 0;
    }
    logging::installCrashHandler();
    qCInfo(lcTest) << "about to crash";
    if (mode == QLatin1String("segv")) {
        writeThroughNull();
    } else if (mode == QLatin1String("abort")) {
        std::abort();
    }
    return 3;
}

} // namespace

class LoggingTest : public QObject
{
    Q_OBJECT

    struct ChildRun
    {
        QProcess::ExitStatus status = QProcess::NormalExit;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    ChildRun runSelf(const QString& mode, const QString& dir)
    {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, dir});
        ChildRun r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            return r;
        }
        r.status = p.exitStatus();
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void cleanup() { logging::shutdown(); }

    void redaction_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("bearer header") << "Authorization: Bearer rp_sim_full_access"
                                       << "rp_sim_full_access"
                                       << "Authorization: Bearer [REDACTED]";
        QTest::newRow("header json") << "{\"Authorization\": \"Bearer abcdef123456\"}"
                                     << "abcdef123456"
                                     << "[REDACTED]";
        QTest::newRow("header other scheme") << "authorization=xyzSECRETxyz"
                                             << "xyzSECRETxyz"
                                             << "[REDACTED]";
        QTest::newRow("bare bearer") << "sent bearer Zm9vYmFyYmF6 to host"
                                     << "Zm9vYmFyYmF6"
                                     << "to host";
        QTest::newRow("url api_key") << "GET https://api.runpod.io/graphql?api_key=ABCDEF0123456789&x=1"
                                     << "ABCDEF0123456789"
                                     << "api_key=[REDACTED]&x=1";
        QTest::newRow("json api_key") << "{\"runpod\": {\"api_key\": \"my-very-secret\"}}"
                                      << "my-very-secret"
                                      << "\"api_key\": \"[REDACTED]\"";
        QTest::newRow("rpa key") << "key rpa_ABCDEFGHIJ0123456789XYZ in error"
                                 << "rpa_ABCDEFGHIJ"
                                 << "in error";
        QTest::newRow("rp test key") << "invalid key rp_sim_read_only."
                                     << "rp_sim_read_only"
                                     << "invalid key";
        QTest::newRow("pem") << QStringLiteral("before ") + pemBlock(QStringLiteral("RSA ")) + QStringLiteral(" after")
                             << marker() << "before [REDACTED private key] after";
        QTest::newRow("openssh") << pemBlock(QStringLiteral("OPENSSH ")) << "secretsecret"
                                 << "[REDACTED";
        QTest::newRow("json escaped pem")
            << pemBlock(QString()).replace(QLatin1Char('\n'), QStringLiteral("\\n")) << marker() << "[REDACTED";
        QTest::newRow("cut off pem") << pemBlock(QStringLiteral("EC ")).left(60) << "MIIEowIBAAKCA"
                                     << "[REDACTED";
        QTest::newRow("registered") << "the key is s3cr3t-value-42!"
                                    << "s3cr3t-value-42"
                                    << "the key is [REDACTED]!";
    }

    void redaction()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        QFETCH(QString, mustContain);
        logging::registerSecret(QStringLiteral("s3cr3t-value-42"));
        const QString out = logging::redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY2(out.contains(mustContain), qPrintable(out));
    }

    void redactionLeavesOrdinaryTextAlone()
    {
        logging::registerSecret(QStringLiteral("ab")); // too short to register: would mangle text
        const QStringList texts = {
            QStringLiteral("podFindAndDeployOnDemand gpuTypeId=\"NVIDIA A40\" cloudType=SECURE"),
            QStringLiteral("env PUBLIC_KEY=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx8 autopod"),
            QStringLiteral("HTTP 200 in 123 ms, 2 pods, about 0.80 $/h"),
            QStringLiteral("file ~/.ssh/id_ed25519 has permissions 0600"),
        };
        for (const QString& t : texts) {
            QCOMPARE(logging::redact(t), t);
        }
    }

    void fileLogWithCategoriesLevelsAndRedaction()
    {
        autopod::test::TempHome home;
        const QString dir = home.path(QStringLiteral(".autopod/logs"));
        logging::Options options;
        options.dir = dir;
        options.level = QStringLiteral("INFO");
        QString error;
        QVERIFY2(logging::setup(options, &error), qPrintable(error));
        QCOMPARE(logging::logFilePath(), dir + QStringLiteral("/autopod.log"));
        logging::registerSecret(kKey);

        qCDebug(lcTest) << "a debug line below the level";
        qCInfo(lcTest).noquote() << "podStop variables {\"podId\":\"abc\"} key" << kKey;
        qCWarning(lcTest).noquote() << QStringLiteral("url https://api.runpod.io/graphql?api_key=") + kKey;
        qCCritical(lcTest).noquote() << "identity" << pemBlock(QStringLiteral("OPENSSH "));
        qInfo("uncategorised");
        logging::flush();

        const QString text = QString::fromUtf8(readAll(logging::logFilePath()));
        QVERIFY2(!text.contains(kKey), qPrintable(text));
        QVERIFY2(!text.contains(marker()), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("a debug line")));
        const QRegularExpression line(
            QStringLiteral(
                "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:?\\d\\d \\[\\d+\\] \\[info\\] "
                "\\[autopod\\.test\\] podStop variables \\{\"podId\":\"abc\"\\} key \\[REDACTED\\]$"),
            QRegularExpression::MultilineOption);
        QVERIFY2(line.match(text).hasMatch(), qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("[warning] [autopod.test] url https://api.runpod.io/graphql?api_key=[REDACTED]")));
        QVERIFY(text.contains(QStringLiteral("[error] [autopod.test] identity [REDACTED private key]")));
        QVERIFY(text.contains(QStringLiteral("[info] [default] uncategorised")));
        QCOMPARE(modeOf(dir), mode_t(0700));
        QCOMPARE(modeOf(logging::logFilePath()), mode_t(0600));
    }

    void badOptionsAreRefused()
    {
        autopod::test::TempHome home;
        logging::Options options;
        options.dir = home.path(QStringLiteral("logs"));
        options.level = QStringLiteral("CHATTY");
        QString error;
        QVERIFY(!logging::setup(options, &error));
        QVERIFY2(error.contains(QStringLiteral("TRACE, DEBUG, INFO")), qPrintable(error));
        options.level = QStringLiteral("INFO");
        options.maxSizeMb = 0;
        QVERIFY(!logging::setup(options, &error));
        QVERIFY2(error.contains(QStringLiteral("max_size_mb")), qPrintable(error));
    }

    void rotatesBySizeAndCount()
    {
        autopod::test::TempHome home;
        logging::Options options;
        options.dir = home.path(QStringLiteral("logs"));
        options.maxSizeMb = 1;
        options.backupCount = 2;
        QString error;
        QVERIFY2(logging::setup(options, &error), qPrintable(error));
        const QString filler(1000, QLatin1Char('x'));
        for (int i = 0; i < 3600; ++i) { // ~3.6 MB
            qCInfo(lcTest).noquote() << i << filler;
        }
        logging::shutdown();
        const QDir dir(options.dir);
        const QStringList files = dir.entryList({QStringLiteral("autopod*.log")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("autopod.1.log"), QStringLiteral("autopod.2.log"),
                                     QStringLiteral("autopod.log")}));
        for (const QString& f : files) {
            QVERIFY2(QFileInfo(dir.filePath(f)).size() <= 1024 * 1024, qPrintable(f));
        }
    }

    void processesShareTheRotatingLog()
    {
        // The CLI and the desktop app write the same log: rotation by one must not make the other
        // write into a renamed or deleted file.
        autopod::test::TempHome home;
        const QString dir = home.path(QStringLiteral("shared-logs"));
        constexpr int kLines = 1500; // ~1.4 MB per process, several rotations at 1 MB
        QList<QProcess*> writers;
        for (const QString& tag : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            auto* p = new QProcess(this);
            p->start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--child"), QStringLiteral("writer"), dir, tag, QString::number(kLines)});
            writers << p;
        }
        for (QProcess* p : std::as_const(writers)) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QDir logs(dir);
        const QStringList files = logs.entryList({QStringLiteral("autopod*.log")}, QDir::Files);
        QVERIFY2(files.size() >= 4, qPrintable(files.join(QLatin1Char(' '))));
        QHash<QString, QSet<int>> seen;
        const QRegularExpression tagged(QStringLiteral("\\[autopod\\.test\\] ([ABC]):(\\d+) "));
        for (const QString& f : files) {
            const QByteArray data = readAll(logs.filePath(f));
            QVERIFY2(data.size() <= 1024 * 1024, qPrintable(f));
            for (const QByteArray& line : data.split('\n')) {
                const auto m = tagged.match(QString::fromUtf8(line));
                if (m.hasMatch()) {
                    seen[m.captured(1)].insert(m.captured(2).toInt());
                }
            }
        }
        for (const QString& tag : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            QCOMPARE(seen.value(tag).size(), kLines); // every line of every process, none lost
        }
    }

    // Another autopod holds the shared log's lock and never lets go (stopped in a debugger, hung):
    // this process's line is written after a bounded wait instead of blocking it forever.
    void aLogLockHeldElsewhereNeverBlocksALine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autopod.log"));
        auto sink = std::make_shared<logging::SharedFileSink>(QFile::encodeName(path).toStdString(), 1 << 20, 3);
        spdlog::logger logger("test", sink);
        const int holder =
            ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR | O_CREAT, 0600);
        QVERIFY(holder >= 0);
        QCOMPARE(::flock(holder, LOCK_EX), 0);
        std::atomic<bool> done{false};
        std::thread writer([&] {
            logger.info("written while another process holds the lock");
            done = true;
        });
        const bool finished = QTest::qWaitFor([&] { return done.load(); }, 10000);
        ::flock(holder, LOCK_UN); // lets a blocked writer go, so the test ends either way
        writer.join();
        ::close(holder);
        QVERIFY2(finished, "a log line waited more than 10 s for another process's lock");
        const QByteArray log = readAll(path);
        QVERIFY(log.contains("written while another process holds the lock"));
        QVERIFY(log.contains("without it"));
    }

    // The log directory is removed while autopod runs: the line that finds it gone releases the lock
    // (another process waits for it), and logging goes on in a recreated directory.
    void aVanishedLogDirectoryReleasesTheLock()
    {
        QTemporaryDir parent;
        const QString logDir = parent.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(logDir));
        const QString path = logDir + QStringLiteral("/autopod.log");
        auto sink = std::make_shared<logging::SharedFileSink>(QFile::encodeName(path).toStdString(), 1 << 20, 3);
        spdlog::logger logger("test", sink);
        logger.info("before");
        const int other = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR);
        QVERIFY(other >= 0);
        QVERIFY(QDir(logDir).removeRecursively());
        logger.info("after the directory vanished");
        const bool free = ::flock(other, LOCK_EX | LOCK_NB) == 0;
        ::close(other);
        QVERIFY2(free, "the log lock stayed held after a failed write");
        QVERIFY(readAll(path).contains("after the directory vanished"));
    }

    // No descriptor left when the log must be reopened (another process rotated it): the lock is
    // released all the same.
    void runningOutOfDescriptorsReleasesTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autopod.log"));
        auto sink = std::make_shared<logging::SharedFileSink>(QFile::encodeName(path).toStdString(), 1 << 20, 3);
        spdlog::logger logger("test", sink);
        const int other = ::open(QFile::encodeName(path + QStringLiteral(".lock")).constData(), O_RDWR);
        QVERIFY(other >= 0);
        QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("autopod.1.log")))); // rotated elsewhere
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit low = saved;
        low.rlim_cur = std::min<rlim_t>(saved.rlim_cur, 1024);
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        QList<int> fillers;
        for (int fd; (fd = ::dup(other)) >= 0;)
            fillers.append(fd);
        logger.info("with no descriptor left");
        for (int fd : std::as_const(fillers))
            ::close(fd);
        ::setrlimit(RLIMIT_NOFILE, &saved);
        const bool free = ::flock(other, LOCK_EX | LOCK_NB) == 0;
        ::close(other);
        QVERIFY2(free, "the log lock stayed held after a failed reopen");
    }

    void stderrIsRedactedToo()
    {
        autopod::test::TempHome home;
        const QString dir = home.path(QStringLiteral(".autopod/logs")); // kept for the credential scan
        const ChildRun r = runSelf(QStringLiteral("stderr"), dir);
        QCOMPARE(r.exitCode, 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("[info] [autopod.test] request with Authorization: Bearer [REDACTED]")),
                 qPrintable(err));
        QVERIFY(!err.contains(QStringLiteral("debug line only in the file")));
        const QString file = QString::fromUtf8(readAll(dir + QStringLiteral("/autopod.log")));
        QVERIFY(file.contains(QStringLiteral("debug line only in the file")));
        for (const QString& text : {err, file}) {
            QVERIFY2(!text.contains(kKey), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("s3cr3t-value-42")), qPrintable(text));
            QVERIFY2(!text.contains(marker()), qPrintable(text));
        }
    }

    void crashWritesABacktrace_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("signalText");
        QTest::newRow("segv") << "segv"
                              << "SIGSEGV";
        QTest::newRow("abort") << "abort"
                               << "SIGABRT";
    }

    void crashWritesABacktrace()
    {
        QFETCH(QString, mode);
        QFETCH(QString, signalText);
        autopod::test::TempHome home;
        const QString dir = home.path(QStringLiteral(".autopod/logs")); // kept for the credential scan
        const ChildRun r = runSelf(mode, dir);
        QCOMPARE(r.status, QProcess::CrashExit); // the signal was re-raised, not swallowed
        const QStringList crashes = QDir(dir).entryList({QStringLiteral("crash-*.log")}, QDir::Files);
        QCOMPARE(crashes.size(), 1);
        const QString crash = QString::fromUtf8(readAll(dir + QLatin1Char('/') + crashes.first()));
        QVERIFY2(crash.contains(signalText) && crash.contains(QStringLiteral("Backtrace:")), qPrintable(crash));
        QVERIFY2(crash.contains(QStringLiteral("tst_logging")), qPrintable(crash)); // frames of this binary
        QCOMPARE(modeOf(dir + QLatin1Char('/') + crashes.first()), mode_t(0600));
        const QString log = QString::fromUtf8(readAll(dir + QStringLiteral("/autopod.log")));
        QVERIFY(log.contains(QStringLiteral("about to crash")));
        QVERIFY2(log.contains(QStringLiteral("crashed")) && log.contains(crashes.first()), qPrintable(log));
        QVERIFY(QString::fromUtf8(r.err).contains(signalText));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--child")) {
        return runChild(args);
    }
    LoggingTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_logging.moc"
