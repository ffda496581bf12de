// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include <functional>

namespace autopod::cli {

class CliContext;

// What the chosen subcommand does once the command line is parsed; answers the exit code.
using Action = std::function<int()>;

// Each adds its subcommand(s) to `app`; the parsed subcommand's callback sets `action`.
void addConfigCommands(CLI::App& app, CliContext& ctx, Action& action);
void addConnectCommand(CLI::App& app, CliContext& ctx, Action& action);
void addPodsCommands(CLI::App& app, CliContext& ctx, Action& action);
void addPodCommands(CLI::App& app, CliContext& ctx, Action& action);
void addLogsCommand(CLI::App& app, CliContext& ctx, Action& action);
void addTunnelCommand(CLI::App& app, CliContext& ctx, Action& action); // hidden: the background tunnel
void addDoctorCommand(CLI::App& app, CliContext& ctx, Action& action);
// `completion`, and the hidden `manpage` and `__pod-names`: they need no configuration, so they
// set `standalone`, which runs before ~/.autopod is read (or created).
void addReferenceCommands(CLI::App& app, Action& standalone);

// Runs `start` from the event loop and answers the code given to CliContext::finish().
int runEventLoop(std::function<void()> start);

} // namespace autopod::cli
