// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshTarget.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QThread;

namespace autopod::ssh {

class ShellWorker;

struct ShellOptions
{
    QString term = QStringLiteral("xterm-256color");
    int cols = 80;
    int rows = 24;
    QString command; // empty: the login shell; otherwise run this command on the PTY
};

// An interactive PTY session on the pod for `autopod pod shell` and the desktop shell tab.
// Its libssh session lives on its own thread; this object is a facade for the caller's thread.
// write() and resize() may be called any time after start(); data arrives through dataReceived.
class ShellSession : public QObject
{
    Q_OBJECT
public:
    ShellSession(SshTarget target, ShellOptions options, QObject* parent = nullptr);
    ~ShellSession() override; // closes the channel and waits for the thread

    void start();
    void write(const QByteArray& bytes);
    void resize(int cols, int rows);
    void sendEof();
    void close();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started();
    void dataReceived(const QByteArray& bytes);
    void finished(int exitStatus); // the remote exit status; -1 when the connection ended without one
    void failed(const QString& reason);
    void warningRaised(const QString& message);

private:
    SshTarget m_target;
    ShellOptions m_options;
    QThread* m_thread = nullptr;
    ShellWorker* m_worker = nullptr;
    bool m_running = false;
};

} // namespace autopod::ssh
