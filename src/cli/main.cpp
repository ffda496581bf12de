// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/CliContext.h"
#include "cli/ExitCode.h"
#include "cli/Terminal.h"
#include "cli/commands/Commands.h"
#include "cli/reference/CliReference.h"
#include "core/app/AppInfo.h"
#include "core/app/CoreDumps.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

#include <cstdio>

// The composition root of the `autopod` command line.
int main(int argc, char** argv)
{
    autopod::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("autopod"));
    QCoreApplication::setApplicationVersion(autopod::AppInfo::version());

    using namespace autopod::cli;
    Terminal terminal;
    CliContext context(terminal);

    CLI::App cli{"autopod: rent a RunPod GPU for ComfyUI, reach it through an SSH tunnel, never forget it running"};
    cli.set_version_flag("--version", autopod::AppInfo::versionLine(QStringLiteral("autopod")).toStdString());
    cli.require_subcommand(0, 1);
    cli.footer(exitCodeHelp() + filesAndEnvironmentHelp());
    bool verbose = false;
    cli.add_flag("-v,--verbose", verbose, "Also write the log to stderr");

    Action action;
    addConfigCommands(cli, context, action);
    addConnectCommand(cli, context, action);
    addPodsCommands(cli, context, action);
    addPodCommands(cli, context, action);
    addLogsCommand(cli, context, action);
    addTunnelCommand(cli, context, action);
    Action standalone;
    addDoctorCommand(cli, context, standalone);
    addReferenceCommands(cli, standalone);

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = cli.exit(e);
        return code == 0 ? Ok : UsageError;
    }
    if (standalone) {
        return standalone();
    }
    if (!action) {
        std::fputs(cli.help().c_str(), stdout);
        return Ok;
    }
    if (!context.loadConfig()) {
        return ConfigError;
    }
    context.setupLogging(verbose);
    return action();
}
