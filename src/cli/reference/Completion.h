// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace autopod::cli {

enum class Shell
{
    Bash,
    Zsh,
    Fish
};
std::optional<Shell> shellNamed(std::string_view name);

// The Tab-completion script for `shell`, written from the CLI's own command definitions: every
// visible command and option, the choices of an option that has a set of them, setting names for
// `config set`, files for an option that takes a file, and the tracked pods' names for a `pod`
// argument (asked of `autopod __pod-names` while completing, so they are current).
std::string completionScript(const CLI::App& root, Shell shell);

} // namespace autopod::cli
