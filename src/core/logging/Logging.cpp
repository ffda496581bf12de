// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/logging/Logging.h"

#include "core/config/Paths.h"
#include "core/logging/SharedFileSink.h"

#include <QDir>
#include <QFile>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <mutex>
#include <vector>

namespace autopod::logging {

// Defined in CrashHandler.cpp.
void setCrashPaths(const QString& dir, const QString& logFile);

namespace {

// Redacts each message once, then hands the same redacted message to every real sink.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    {}

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        const QString text = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const QByteArray clean = redact(text).toUtf8();
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(clean.constData(), static_cast<size_t>(clean.size()));
        for (const spdlog::sink_ptr& target : m_sinks) {
            if (target->should_log(copy.level)) {
                target->log(copy);
            }
        }
    }

    void flush_() override
    {
        for (const spdlog::sink_ptr& target : m_sinks) {
            target->flush();
        }
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

struct State
{
    std::mutex mutex;
    std::shared_ptr<spdlog::logger> logger;
    QtMessageHandler previous = nullptr;
    bool installed = false;
    QString filePath;
};

State& state()
{
    static State s;
    return s;
}

std::shared_ptr<spdlog::logger> currentLogger()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.logger;
}

spdlog::level::level_enum parseLevel(const QString& name, bool* ok)
{
    const QString n = name.trimmed().toUpper();
    *ok = true;
    if (n == QLatin1String("TRACE")) {
        return spdlog::level::trace;
    }
    if (n == QLatin1String("DEBUG")) {
        return spdlog::level::debug;
    }
    if (n == QLatin1String("INFO") || n.isEmpty()) {
        return spdlog::level::info;
    }
    if (n == QLatin1String("WARNING") || n == QLatin1String("WARN")) {
        return spdlog::level::warn;
    }
    if (n == QLatin1String("ERROR")) {
        return spdlog::level::err;
    }
    if (n == QLatin1String("CRITICAL")) {
        return spdlog::level::critical;
    }
    *ok = false;
    return spdlog::level::info;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg:
        level = spdlog::level::debug;
        break;
    case QtInfoMsg:
        level = spdlog::level::info;
        break;
    case QtWarningMsg:
        level = spdlog::level::warn;
        break;
    case QtCriticalMsg:
        level = spdlog::level::err;
        break;
    case QtFatalMsg:
        level = spdlog::level::critical;
        break;
    }
    if (const auto logger = currentLogger()) {
        const char* category = context.category ? context.category : "default";
        const QByteArray text = message.toUtf8();
        logger->log(level, "[{}] {}", category, std::string_view(text.constData(), static_cast<size_t>(text.size())));
        if (type == QtFatalMsg) {
            logger->flush();
        }
    } else {
        // setup() not called (or already shut down): still never print a secret.
        const QByteArray text = redact(message).toLocal8Bit();
        std::fprintf(stderr, "%s\n", text.constData());
    }
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

bool setup(const Options& options, QString* error)
{
    shutdown();
    bool ok = false;
    const spdlog::level::level_enum fileLevel = parseLevel(options.level, &ok);
    if (!ok) {
        if (error) {
            *error = QStringLiteral("logging.level: \"%1\" is not allowed; expected one of TRACE, DEBUG, INFO, "
                                    "WARNING, ERROR, CRITICAL")
                         .arg(options.level);
        }
        return false;
    }
    const spdlog::level::level_enum stderrLevel = parseLevel(options.stderrLevel, &ok);
    if (options.maxSizeMb <= 0 || options.backupCount <= 0) {
        if (error) {
            *error = QStringLiteral("logging.max_size_mb and logging.backup_count must be greater than 0");
        }
        return false;
    }
    if (!config::Paths::ensurePrivateDir(options.dir, error)) {
        return false;
    }
    const QString filePath = QDir(options.dir).filePath(QStringLiteral("autopod.log"));
    std::vector<spdlog::sink_ptr> sinks;
    try {
        auto file =
            std::make_shared<SharedFileSink>(QFile::encodeName(filePath).toStdString(),
                                             static_cast<size_t>(options.maxSizeMb) * 1024 * 1024, options.backupCount);
        file->set_level(fileLevel);
        file->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%P] [%l] %v");
        sinks.push_back(file);
        if (options.alsoStderr) {
            auto err = std::make_shared<spdlog::sinks::stderr_sink_mt>();
            err->set_level(ok ? stderrLevel : spdlog::level::warn);
            err->set_pattern("[%l] %v");
            sinks.push_back(err);
        }
    } catch (const spdlog::spdlog_ex& e) {
        if (error) {
            *error = QStringLiteral("Cannot open the log file %1: %2").arg(filePath, QString::fromLocal8Bit(e.what()));
        }
        return false;
    }
    config::Paths::repairPrivateFile(filePath, nullptr);

    auto logger = std::make_shared<spdlog::logger>("autopod", std::make_shared<RedactingSink>(std::move(sinks)));
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::trace); // CLI and desktop share the file; a crash loses nothing

    State& s = state();
    {
        std::lock_guard lock(s.mutex);
        s.logger = logger;
        s.filePath = filePath;
        if (!s.installed) {
            s.previous = qInstallMessageHandler(qtMessageHandler);
            s.installed = true;
        }
    }
    setCrashPaths(options.dir, filePath);
    return true;
}

void shutdown()
{
    State& s = state();
    std::shared_ptr<spdlog::logger> logger;
    {
        std::lock_guard lock(s.mutex);
        if (s.installed) {
            qInstallMessageHandler(s.previous);
            s.installed = false;
            s.previous = nullptr;
        }
        logger = std::move(s.logger);
        s.logger.reset();
        s.filePath.clear();
    }
    if (logger) {
        logger->flush();
    }
}

QString logFilePath()
{
    State& s = state();
    std::lock_guard lock(s.mutex);
    return s.filePath;
}

void flush()
{
    if (const auto logger = currentLogger()) {
        logger->flush();
    }
}

} // namespace autopod::logging
