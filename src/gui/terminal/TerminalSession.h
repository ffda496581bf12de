// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace autopod::gui {

// What the shell tab needs of an interactive session on a pod: a PTY that takes keystrokes and
// size changes and produces output until it ends. ShellSessionTerminal adapts the core's
// ssh::ShellSession to it; tests can drive the tab with any other implementation.
class TerminalSession : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TerminalSession() override = default;

    // Opens the session with a terminal of that size. Called once, when the terminal is ready.
    virtual void start(int cols, int rows) = 0;
    virtual void write(const QByteArray& bytes) = 0;
    virtual void resize(int cols, int rows) = 0;
    // Ends the session (the tab was closed). No signal is required afterwards.
    virtual void close() = 0;

Q_SIGNALS:
    void started();
    void dataReceived(const QByteArray& bytes);
    // The remote shell exited; -1 when the server sent no exit status.
    void finished(int exitStatus);
    // The session could not be opened or broke; message is for the user.
    void failed(const QString& message);
};

} // namespace autopod::gui
