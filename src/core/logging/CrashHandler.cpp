// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/logging/Logging.h"

#include <QDir>
#include <QFile>

#include <array>
#include <csignal>
#include <cstring>
#include <ctime>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

// Everything here runs inside a signal handler: only async-signal-safe calls (open, write,
// backtrace_symbols_fd, raise), no allocation, paths prepared beforehand.
namespace autopod::logging {

namespace {

std::array<char, 4096> g_crashDir{};
std::array<char, 4096> g_logFile{};
std::array<char, 64 * 1024> g_altStack{};

void writeStr(int fd, const char* s)
{
    if (fd < 0) {
        return;
    }
    size_t len = std::strlen(s);
    while (len > 0) {
        const ssize_t n = ::write(fd, s, len);
        if (n <= 0) {
            return;
        }
        s += n;
        len -= static_cast<size_t>(n);
    }
}

// Unsigned number to decimal text, no allocation.
void formatNumber(unsigned long long value, char* out, size_t size)
{
    char tmp[32];
    size_t i = 0;
    do {
        tmp[i++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value > 0 && i < sizeof(tmp));
    size_t j = 0;
    while (i > 0 && j + 1 < size) {
        out[j++] = tmp[--i];
    }
    out[j] = '\0';
}

const char* signalName(int sig)
{
    switch (sig) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGABRT:
        return "SIGABRT (abort)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    default:
        return "a fatal signal";
    }
}

extern "C" void onFatalSignal(int sig)
{
    void* frames[128];
    const int count = ::backtrace(frames, 128);

    char epoch[32];
    formatNumber(static_cast<unsigned long long>(::time(nullptr)), epoch, sizeof(epoch));
    char pid[32];
    formatNumber(static_cast<unsigned long long>(::getpid()), pid, sizeof(pid));
    char sigText[16];
    formatNumber(static_cast<unsigned long long>(sig), sigText, sizeof(sigText));

    char crashPath[4096 + 128] = {};
    if (g_crashDir[0] != '\0') {
        std::strncat(crashPath, g_crashDir.data(), 4096);
        std::strcat(crashPath, "/crash-");
        std::strcat(crashPath, epoch);
        std::strcat(crashPath, "-");
        std::strcat(crashPath, pid);
        std::strcat(crashPath, ".log");
    }

    const int fds[] = {
        crashPath[0] ? ::open(crashPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600) : -1,
        g_logFile[0] ? ::open(g_logFile.data(), O_WRONLY | O_APPEND | O_CLOEXEC) : -1,
        STDERR_FILENO,
    };
    for (int fd : fds) {
        if (fd < 0) {
            continue;
        }
        writeStr(fd, "\n[critical] autopod (pid ");
        writeStr(fd, pid);
        writeStr(fd, ") crashed at unix time ");
        writeStr(fd, epoch);
        writeStr(fd, " with signal ");
        writeStr(fd, sigText);
        writeStr(fd, " ");
        writeStr(fd, signalName(sig));
        if (crashPath[0] && fd != fds[0]) {
            writeStr(fd, "; backtrace saved in ");
            writeStr(fd, crashPath);
        }
        writeStr(fd, "\nBacktrace:\n");
        ::backtrace_symbols_fd(frames, count, fd);
        if (fd != STDERR_FILENO) {
            ::close(fd);
        }
    }
    // SA_RESETHAND restored the default action: die with the original signal (core dump, exit status).
    ::raise(sig);
}

void copyPath(std::array<char, 4096>& target, const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    target.fill('\0');
    std::strncpy(target.data(), native.constData(), target.size() - 1);
}

} // namespace

void setCrashPaths(const QString& dir, const QString& logFile)
{
    // Each crash file is one bounded backtrace; keep only the newest few, so a crash loop cannot fill
    // the disk.
    QDir crashes(dir, QStringLiteral("crash-*.log"), QDir::Time, QDir::Files);
    const QStringList old = crashes.entryList();
    for (qsizetype i = kCrashLogsKept; i < old.size(); ++i) {
        QFile::remove(crashes.filePath(old.at(i)));
    }
    copyPath(g_crashDir, dir);
    copyPath(g_logFile, logFile);
}

void installCrashHandler()
{
    // backtrace() loads libgcc on first use, which allocates: do it now, not in the handler.
    void* warmup[4];
    ::backtrace(warmup, 4);

    stack_t alt{};
    alt.ss_sp = g_altStack.data();
    alt.ss_size = g_altStack.size();
    ::sigaltstack(&alt, nullptr); // so a stack overflow can still be reported

    struct sigaction action
    {
    };
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) {
        ::sigaction(sig, &action, nullptr);
    }
}

} // namespace autopod::logging
