// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace autopod::gui {

// "Open in system terminal": runs `autopod pod shell <pod>` in the user's terminal emulator
// ($TERMINAL, x-terminal-emulator, then common ones). Only the pod's name goes on the command
// line; the CLI reads the key and the configuration itself.
class SystemTerminal
{
public:
    using Starter = std::function<bool(const QString& program, const QStringList& arguments)>;

    // starter: how the process is launched; empty = QProcess::startDetached.
    // autopodProgram: the CLI to run; empty = `autopod` next to this executable, else on PATH.
    explicit SystemTerminal(Starter starter = {}, QString autopodProgram = {});

    // The terminal program and its arguments for this pod; empty program when none is found.
    struct Command
    {
        QString program;
        QStringList arguments;
    };
    Command commandFor(const QString& podName) const;

    // False with a message for the user when no terminal was found or it could not start.
    bool open(const QString& podName, QString* error = nullptr) const;

private:
    QString autopodProgram() const;

    Starter m_starter;
    QString m_autopodProgram;
};

} // namespace autopod::gui
