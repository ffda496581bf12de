// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/terminal/SystemTerminal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace autopod::gui {

namespace {

struct Candidate
{
    const char* program;
    const char* execFlag; // what precedes the command; "" = the command follows directly
};

// Debian's alternative first (it honours -e), then what desktops ship.
constexpr Candidate knownTerminals[] = {
    {"x-terminal-emulator", "-e"},
    {"gnome-terminal", "--"},
    {"konsole", "-e"},
    {"xfce4-terminal", "-x"},
    {"mate-terminal", "-x"},
    {"lxterminal", "-e"},
    {"kitty", ""},
    {"alacritty", "-e"},
    {"foot", ""},
    {"wezterm", "start"},
    {"xterm", "-e"},
};

QString execFlagFor(const QString& program)
{
    const QString base = QFileInfo(program).fileName();
    for (const Candidate& c : knownTerminals) {
        if (base == QLatin1String(c.program)) {
            return QString::fromLatin1(c.execFlag);
        }
    }
    return QStringLiteral("-e"); // the convention most terminals follow
}

} // namespace

SystemTerminal::SystemTerminal(Starter starter, QString autopodProgram)
    : m_starter(std::move(starter))
    , m_autopodProgram(std::move(autopodProgram))
{
    if (!m_starter) {
        m_starter = [](const QString& program, const QStringList& arguments) {
            return QProcess::startDetached(program, arguments);
        };
    }
}

QString SystemTerminal::autopodProgram() const
{
    if (!m_autopodProgram.isEmpty()) {
        return m_autopodProgram;
    }
    const QString sibling = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("autopod"));
    if (QFileInfo(sibling).isExecutable()) {
        return sibling;
    }
    const QString fromPath = QStandardPaths::findExecutable(QStringLiteral("autopod"));
    return fromPath.isEmpty() ? QStringLiteral("autopod") : fromPath;
}

SystemTerminal::Command SystemTerminal::commandFor(const QString& podName) const
{
    Command command;
    const QString fromEnv = qEnvironmentVariable("TERMINAL").trimmed();
    if (!fromEnv.isEmpty()) {
        command.program = QStandardPaths::findExecutable(fromEnv);
        if (command.program.isEmpty() && QFileInfo(fromEnv).isExecutable()) {
            command.program = fromEnv;
        }
    }
    for (const Candidate& c : knownTerminals) {
        if (!command.program.isEmpty()) {
            break;
        }
        command.program = QStandardPaths::findExecutable(QString::fromLatin1(c.program));
    }
    if (command.program.isEmpty()) {
        return command;
    }
    const QString flag = execFlagFor(command.program);
    if (!flag.isEmpty()) {
        command.arguments << flag;
    }
    // A pod name is RunPod's text: after "--", so no name can be read as an option.
    command.arguments << autopodProgram() << QStringLiteral("pod") << QStringLiteral("shell") << QStringLiteral("--")
                      << podName;
    return command;
}

bool SystemTerminal::open(const QString& podName, QString* error) const
{
    const Command command = commandFor(podName);
    if (command.program.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("autopod::gui::SystemTerminal",
                                                 "No terminal emulator was found. Set $TERMINAL, or run "
                                                 "\"autopod pod shell %1\" in a terminal.")
                         .arg(podName);
        }
        return false;
    }
    if (!m_starter(command.program, command.arguments)) {
        if (error) {
            *error =
                QCoreApplication::translate("autopod::gui::SystemTerminal", "Could not start %1.").arg(command.program);
        }
        return false;
    }
    return true;
}

} // namespace autopod::gui
