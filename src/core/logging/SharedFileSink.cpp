// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/logging/SharedFileSink.h"

#include <spdlog/common.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <string_view>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace autopod::logging {

SharedFileSink::SharedFileSink(std::string path, size_t maxBytes, int backupCount)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_backupCount(backupCount)
{
    if (!open()) {
        spdlog::throw_spdlog_ex("cannot open log file " + m_path, errno);
    }
    const std::string lockPath = m_path + ".lock";
    m_lockFd = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

SharedFileSink::~SharedFileSink()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (m_lockFd >= 0) {
        ::close(m_lockFd);
    }
}

bool SharedFileSink::open()
{
    int fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 && errno == ENOENT) {
        // The log directory was removed while autopod runs: make it again (as setup would).
        const auto slash = m_path.rfind('/');
        if (slash != std::string::npos && slash > 0 && ::mkdir(m_path.substr(0, slash).c_str(), 0700) == 0) {
            fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
        }
    }
    if (fd < 0) {
        return false;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = fd;
    return true;
}

std::string SharedFileSink::backupName(int index) const
{
    // autopod.log -> autopod.1.log, as spdlog's rotating sink names them.
    const auto dot = m_path.rfind('.');
    const auto slash = m_path.rfind('/');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
        return m_path + "." + std::to_string(index);
    }
    return m_path.substr(0, dot) + "." + std::to_string(index) + m_path.substr(dot);
}

bool SharedFileSink::reopenIfRotatedElsewhere()
{
    struct stat byPath
    {
    };
    struct stat byFd
    {
    };
    if (::stat(m_path.c_str(), &byPath) != 0 || ::fstat(m_fd, &byFd) != 0 || byPath.st_ino != byFd.st_ino ||
        byPath.st_dev != byFd.st_dev) {
        return open();
    }
    return true;
}

void SharedFileSink::rotate()
{
    ::remove(backupName(m_backupCount).c_str());
    for (int i = m_backupCount - 1; i >= 1; --i) {
        ::rename(backupName(i).c_str(), backupName(i + 1).c_str());
    }
    ::rename(m_path.c_str(), backupName(1).c_str());
    open(); // on failure the line goes to the renamed file, which is better than nowhere
}

bool SharedFileSink::lockWithinDeadline()
{
    if (m_lockFd < 0) {
        // Descriptors may have run out when the sink was made: try again.
        m_lockFd = ::open((m_path + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_lockFd < 0) {
            return false;
        }
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(m_lockWaitMs);
    for (;;) {
        if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0) {
            return true;
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            return false;
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

void SharedFileSink::writeAll(const char* data, size_t left)
{
    while (left > 0) {
        const ssize_t n = ::write(m_fd, data, left);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break; // a full disk must not take the app down with it
        }
        data += n;
        left -= static_cast<size_t>(n);
    }
}

void SharedFileSink::sink_it_(const spdlog::details::log_msg& msg)
{
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    // One writer at a time across processes: check, rotate and append as one step, so the file
    // never grows past the limit and no process writes into a file another one renamed.
    struct Unlock
    {
        int fd;
        bool held;
        ~Unlock()
        {
            if (held) {
                ::flock(fd, LOCK_UN);
            }
        }
    };
    const Unlock lock{m_lockFd, lockWithinDeadline()};
    const bool reopened = reopenIfRotatedElsewhere();
    if (!reopened && !m_notedUnwritable) {
        m_notedUnwritable = true;
        const std::string note = "autopod: cannot reopen the log file " + m_path + ": " + std::strerror(errno) +
                                 "; lines go to the file opened before\n";
        [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, note.data(), note.size());
    }
    if (!lock.held && !m_notedUnlocked) {
        m_notedUnlocked = true;
        constexpr std::string_view note = "[autopod] the log lock is held by another process or cannot be taken; "
                                          "this process writes its lines without it\n";
        writeAll(note.data(), note.size());
    }
    struct stat st
    {
    };
    if (lock.held && ::fstat(m_fd, &st) == 0 && st.st_size > 0 &&
        static_cast<size_t>(st.st_size) + line.size() > m_maxBytes) {
        rotate();
    }
    writeAll(line.data(), line.size());
}

} // namespace autopod::logging
