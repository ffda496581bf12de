// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace autopod::cli {

// autopod(1) in roff, written from the CLI's own command definitions (every visible command,
// option and argument with its help text), the exit code table and the files and environment
// table: the same sources as `--help`, so the two cannot drift. Built into the package by
// `autopod manpage`.
std::string manPage(const CLI::App& root, const std::string& version);

} // namespace autopod::cli
