// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/ShellSession.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>

#include <atomic>

namespace autopod::ssh {

// Runs one interactive PTY channel on its own thread (see ShellSession). Input arrives through the
// thread-safe request functions; everything else leaves through queued signals.
class ShellWorker : public QObject
{
    Q_OBJECT
public:
    ShellWorker(SshTarget target, ShellOptions options);
    ~ShellWorker() override;

    void run();
    void enqueueWrite(const QByteArray& bytes);
    void requestResize(int cols, int rows);
    void requestEof();
    void requestClose();

Q_SIGNALS:
    void started();
    void dataReceived(const QByteArray& bytes);
    void finished(int exitStatus);
    void failed(const QString& reason);
    void warningRaised(const QString& message);

private:
    void wake();

    SshTarget m_target;
    ShellOptions m_options;
    int m_wakeFd;
    QMutex m_mutex; // guards the fields below
    QByteArray m_input;
    int m_cols = 0;
    int m_rows = 0;
    bool m_resize = false;
    bool m_eof = false;
    std::atomic<bool> m_close{false};
};

} // namespace autopod::ssh
