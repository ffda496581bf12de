// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/ExitCode.h"
#include "cli/commands/Commands.h"
#include "cli/reference/Completion.h"
#include "cli/reference/ManPage.h"
#include "core/app/AppInfo.h"
#include "core/config/Paths.h"
#include "core/pods/PodStore.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <memory>

namespace autopod::cli {

namespace {

// The tracked pods' names, one a line, for the shell completions. Reads pods.json and nothing
// else: no folder is created, no lock taken, an unreadable file gives no names and no message.
int printPodNames()
{
    QFile file(config::Paths::podsFile());
    if (!file.open(QIODevice::ReadOnly) || !QJsonDocument::fromJson(file.readAll()).isObject()) {
        return Ok;
    }
    file.close();
    pods::PodStore store(file.fileName());
    if (!store.load()) {
        return Ok;
    }
    for (const pods::PodRecord& r : store.records()) {
        const QString name = r.name.isEmpty() ? r.podId : r.name;
        std::fputs((name + QLatin1Char('\n')).toUtf8().constData(), stdout);
    }
    return Ok;
}

} // namespace

void addReferenceCommands(CLI::App& app, Action& standalone)
{
    auto shell = std::make_shared<std::string>();
    CLI::App* completion = app.add_subcommand(
        "completion",
        "Print the Tab-completion script for bash, zsh or fish (e.g. `source <(autopod completion bash)`)");
    completion->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    completion->footer(exitCodeHelp());
    completion->callback([&app, &standalone, shell] {
        standalone = [&app, shell] {
            std::fputs(completionScript(app, shellNamed(*shell).value_or(Shell::Bash)).c_str(), stdout);
            return static_cast<int>(Ok);
        };
    });

    // Hidden (empty group): used by the completion scripts and the build.
    CLI::App* names = app.add_subcommand("__pod-names", "");
    names->group("");
    names->callback([&standalone] {
        standalone = [] {
            return printPodNames();
        };
    });

    CLI::App* man = app.add_subcommand("manpage", "");
    man->group("");
    man->callback([&app, &standalone] {
        standalone = [&app] {
            std::fputs(manPage(app, AppInfo::version().toStdString()).c_str(), stdout);
            return static_cast<int>(Ok);
        };
    });
}

} // namespace autopod::cli
