// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "e2e/PtyProcess.h"

#include <QElapsedTimer>
#include <QFile>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace autopod::test {

PtyProcess::~PtyProcess()
{
    if (m_pid > 0 && !m_exited) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
    }
    if (m_master >= 0) {
        ::close(m_master);
    }
}

bool PtyProcess::start(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : args) {
        storage.push_back(a.toUtf8());
    }
    std::vector<QByteArray> envStorage;
    for (const QString& kv : env.toStringList()) {
        envStorage.push_back(kv.toUtf8());
    }
    std::vector<char*> argv;
    for (QByteArray& s : storage) {
        argv.push_back(s.data());
    }
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (QByteArray& s : envStorage) {
        envp.push_back(s.data());
    }
    envp.push_back(nullptr);

    winsize ws{};
    ws.ws_col = 100;
    ws.ws_row = 30;
    m_pid = ::forkpty(&m_master, nullptr, nullptr, &ws);
    if (m_pid == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    return m_pid > 0;
}

void PtyProcess::write(const QByteArray& bytes)
{
    [[maybe_unused]] const ssize_t n = ::write(m_master, bytes.constData(), size_t(bytes.size()));
}

void PtyProcess::readAvailable(int waitMs)
{
    pollfd p{m_master, POLLIN, 0};
    if (::poll(&p, 1, waitMs) > 0) {
        char buf[4096];
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n > 0) {
            m_output.append(buf, n);
        }
    }
}

bool PtyProcess::waitFor(const QByteArray& needle, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (m_output.contains(needle)) {
            return true;
        }
        readAvailable(50);
    }
    return m_output.contains(needle);
}

int PtyProcess::waitForExit(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!m_exited && t.elapsed() < timeoutMs) {
        readAvailable(20);
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_exited = true;
            m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
    }
    readAvailable(0);
    return m_exitCode;
}

} // namespace autopod::test
