// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/reference/CliReference.h"

#include <functional>

namespace autopod::cli {

const std::vector<ReferenceEntry>& referencedFiles()
{
    static const std::vector<ReferenceEntry> table = {
        {"~/.autopod/", "everything autopod keeps (or $AUTOPOD_HOME); the folder and its subfolders are 0700"},
        {"~/.autopod/config.json",
         "the configuration (mode 0600); holds the API key only when no keychain is available"},
        {"~/.autopod/pods.json", "every pod autopod created and tracks, with its runtime and cost (0600)"},
        {"~/.autopod/known_hosts", "host keys of the pods, checked on every SSH connection"},
        {"~/.autopod/logs/autopod.log", "the log, rotated by size; credentials are redacted"},
        {"~/.autopod/run/", "pid files and sockets of the background tunnels"},
        {"~/.ssh/autopod_ed25519", "the SSH key `autopod config init --generate-ssh-key` creates"},
    };
    return table;
}

const std::vector<ReferenceEntry>& referencedEnvironment()
{
    static const std::vector<ReferenceEntry> table = {
        {"AUTOPOD_HOME", "use this folder instead of ~/.autopod"},
        {"AUTOPOD_API_URL", "the RunPod API endpoint instead of runpod.api_url (tests, the offline simulator)"},
        {"SSH_AUTH_SOCK", "the ssh-agent whose keys autopod may use to reach the pods"},
        {"TERM", "the terminal type announced to the pod's shell"},
        {"TERMINAL", "the terminal emulator autopod-desktop opens for a shell outside the app"},
    };
    return table;
}

std::string filesAndEnvironmentHelp()
{
    auto table = [](const char* title, const std::vector<ReferenceEntry>& entries) {
        std::string text = std::string("\n") + title + ":\n";
        for (const ReferenceEntry& e : entries) {
            text += std::string("  ") + e.name + "\n      " + e.meaning + "\n";
        }
        return text;
    };
    return table("Files", referencedFiles()) + table("Environment", referencedEnvironment());
}

std::vector<CommandNode> visibleCommands(const CLI::App& root)
{
    std::vector<CommandNode> out;
    std::function<void(const CLI::App&, const std::string&)> walk = [&](const CLI::App& app, const std::string& path) {
        CommandNode node;
        node.app = &app;
        node.path = path;
        node.subcommands = app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
        for (const CLI::Option* opt : app.get_options()) {
            if (opt->get_group().empty()) {
                continue;
            }
            if (opt->nonpositional()) {
                node.options.push_back(opt);
            } else if (opt->get_positional()) {
                node.positionals.push_back(opt);
            }
        }
        out.push_back(node);
        for (const CLI::App* sub : node.subcommands) {
            walk(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name());
        }
    };
    walk(root, std::string());
    return out;
}

std::vector<std::string> optionNames(const CLI::Option& option)
{
    std::vector<std::string> names;
    for (const std::string& s : option.get_snames()) {
        names.push_back("-" + s);
    }
    for (const std::string& l : option.get_lnames()) {
        names.push_back("--" + l);
    }
    return names;
}

bool takesValue(const CLI::Option& option)
{
    return option.get_expected_min() > 0 && option.get_type_size() > 0;
}

std::vector<std::string> optionChoices(const CLI::Option& option)
{
    // A set check describes itself as "{NA,EU,AP}" in the type name: "TEXT:{NA,EU,AP}".
    const std::string type = option.get_type_name();
    const auto open = type.find('{');
    const auto close = type.find('}', open == std::string::npos ? 0 : open);
    std::vector<std::string> choices;
    if (open == std::string::npos || close == std::string::npos) {
        return choices;
    }
    std::string item;
    for (char c : type.substr(open + 1, close - open - 1)) {
        if (c == ',') {
            choices.push_back(item);
            item.clear();
        } else if (c != ' ') {
            item += c;
        }
    }
    if (!item.empty()) {
        choices.push_back(item);
    }
    return choices;
}

} // namespace autopod::cli
