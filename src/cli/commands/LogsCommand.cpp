// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/commands/Commands.h"
#include "core/config/Paths.h"
#include "core/logging/Logging.h"

#include <QDir>
#include <QFile>

#include <memory>

namespace autopod::cli {

namespace {

// autopod.log.5 (oldest) ... autopod.log.1, autopod.log (newest).
QStringList logFiles()
{
    const QDir dir(config::Paths::logDir());
    QStringList files;
    for (int i = 100; i >= 1; --i) {
        const QString rotated = dir.filePath(QStringLiteral("autopod.%1.log").arg(i));
        const QString rotatedAlt = dir.filePath(QStringLiteral("autopod.log.%1").arg(i));
        if (QFile::exists(rotated)) {
            files << rotated;
        } else if (QFile::exists(rotatedAlt)) {
            files << rotatedAlt;
        }
    }
    const QString current = dir.filePath(QStringLiteral("autopod.log"));
    if (QFile::exists(current)) {
        files << current;
    }
    return files;
}

int showLogs(CliContext& ctx, bool full, int lines)
{
    Terminal& term = ctx.terminal();
    logging::flush();
    const QStringList files = logFiles();
    if (files.isEmpty()) {
        term.print(QStringLiteral("No logs yet (%1).").arg(config::Paths::logDir()));
        return Ok;
    }
    QStringList out;
    for (const QString& path : full ? files : QStringList{files.last()}) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            term.warning(QStringLiteral("Cannot read %1: %2").arg(path, f.errorString()));
            continue;
        }
        const QStringList content = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        out << content;
        if (!out.isEmpty() && out.last().isEmpty()) {
            out.removeLast();
        }
    }
    if (!full && out.size() > lines) {
        out = out.mid(out.size() - lines);
    }
    // Already redacted when written; redacted again on the way out (Terminal::print).
    for (const QString& line : std::as_const(out)) {
        term.print(line);
    }
    if (!full) {
        term.print(QStringLiteral("-- last %1 lines of %2; `autopod logs --full` shows everything --")
                       .arg(out.size())
                       .arg(files.last()));
    }
    return Ok;
}

} // namespace

void addLogsCommand(CLI::App& app, CliContext& ctx, Action& action)
{
    auto full = std::make_shared<bool>(false);
    auto lines = std::make_shared<int>(50);
    CLI::App* logs = app.add_subcommand("logs", "Recent log lines (~/.autopod/logs/autopod.log); credentials are "
                                                "never logged");
    logs->add_flag("--full", *full, "Every log file, oldest first");
    logs->add_option("-n,--lines", *lines, "How many recent lines")->check(CLI::PositiveNumber);
    logs->footer(exitCodeHelp());
    logs->callback([&ctx, &action, full, lines] {
        action = [&ctx, full, lines] {
            return showLogs(ctx, *full, *lines);
        };
    });
}

} // namespace autopod::cli
