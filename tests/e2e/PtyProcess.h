// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

#include <sys/types.h>

namespace autopod::test {

// A program run on a pseudo-terminal (forkpty), so it sees a real terminal: for `pod shell`.
class PtyProcess
{
public:
    PtyProcess() = default;
    ~PtyProcess();
    PtyProcess(const PtyProcess&) = delete;
    PtyProcess& operator=(const PtyProcess&) = delete;

    bool start(const QString& program, const QStringList& args, const QProcessEnvironment& env);
    void write(const QByteArray& bytes);
    // Reads until `needle` has appeared in the output (true) or the timeout passes.
    bool waitFor(const QByteArray& needle, int timeoutMs);
    // Waits for the program to end; its exit code, or -1.
    int waitForExit(int timeoutMs);
    QByteArray output() const { return m_output; }

private:
    void readAvailable(int waitMs);
    pid_t m_pid = -1;
    int m_master = -1;
    QByteArray m_output;
    int m_exitCode = -1;
    bool m_exited = false;
};

} // namespace autopod::test
