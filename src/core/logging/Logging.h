// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// One log for the whole process: spdlog with a rotating file (<logDir>/autopod.log) and optionally
// stderr, fed by a Qt message handler, so all code simply logs with its Qt category:
//
//     Q_LOGGING_CATEGORY(lcApi, "autopod.api")   // in the module's .cpp, inside its namespace
//     qCInfo(lcApi) << "podStop" << podId;
//
// Every line goes through redact() before it is written anywhere (file or stderr).
// Call setup() once from the composition root (CLI main, desktop main).
namespace autopod::logging {

struct Options
{
    QString dir;                            // e.g. config::Paths::logDir(); created 0700
    QString level = QStringLiteral("INFO"); // TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL
    int maxSizeMb = 10;
    int backupCount = 5;
    bool alsoStderr = false;
    QString stderrLevel = QStringLiteral("WARNING");
};

bool setup(const Options& options, QString* error);
// Flushes and closes the log; restores Qt's default message handler.
void shutdown();
// The current log file, empty before setup().
QString logFilePath();
void flush();

// A value that must never appear in any output (the API key once it is known). Ignored when shorter
// than 4 characters, since redacting those would mangle ordinary text.
void registerSecret(const QString& secret);
// The one redaction: registered secrets, Authorization/Bearer values, api_key=... parameters,
// "api_key": "..." JSON fields, RunPod-style keys (rpa_..., rp_...), and private key blocks
// (PEM and OpenSSH). Also for anything shown to the user (error texts).
QString redact(const QString& text);

// SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL: writes a backtrace to <logDir>/crash-<time>.log and to
// the log, then re-raises the signal. Uses the directory given to setup() (call it after setup).
// setup() keeps only the newest kCrashLogsKept crash files.
void installCrashHandler();
constexpr int kCrashLogsKept = 10;

} // namespace autopod::logging
