// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/shell/ShellSession.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>

#include <atomic>

namespace autopod::ssh {

// Runs one interactive PTY channel on its own thread (see ShellSession). Input arrives through the
// thread-safe request functions; everything else leaves through queued signals. Output is flow-controlled:
// at most kMaxUndelivered bytes are on their way to the consumer (emitted, not yet acknowledged); beyond
// that the worker stops taking data from the channel, so the SSH window throttles the pod instead of
// memory growing while the consumer (a terminal tab) is not reading.
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
    // The consumer has taken `bytes` of dataReceived() output (any thread).
    void acknowledge(qint64 bytes);

    static constexpr qint64 kMaxUndelivered = 1024 * 1024;

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
    std::atomic<qint64> m_undelivered{0};
};

} // namespace autopod::ssh
