// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace autopod::cli {

// What the man page and `autopod --help` say beyond the command definitions themselves: the files
// autopod reads and writes and the environment variables it honours. One table for both.
struct ReferenceEntry
{
    const char* name;
    const char* meaning;
};
const std::vector<ReferenceEntry>& referencedFiles();
const std::vector<ReferenceEntry>& referencedEnvironment();

// "Files:" and "Environment:" as printed at the end of `autopod --help`.
std::string filesAndEnvironmentHelp();

// A visible command of the CLI with its full path ("pod stop"), as the man page and the shell
// completions walk them. Hidden commands (empty group: `tunnel`, the generators) are left out.
struct CommandNode
{
    const CLI::App* app = nullptr;
    std::string path; // "" for the root, "pod stop"
    std::vector<const CLI::App*> subcommands;
    std::vector<const CLI::Option*> options;     // named options and flags, visible ones
    std::vector<const CLI::Option*> positionals; // in order
};
std::vector<CommandNode> visibleCommands(const CLI::App& root);

// "--gpu-count" / "-y" names of an option; values ("{NA,EU,AP}" from a set check) when it has them.
std::vector<std::string> optionNames(const CLI::Option& option);
bool takesValue(const CLI::Option& option);
std::vector<std::string> optionChoices(const CLI::Option& option);

} // namespace autopod::cli
