#include "core/logging/SharedFileSink.h"

#include <spdlog/common.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace autopod::logging {

SharedFileSink::SharedFileSink(std::string path, size_t maxBytes, int backupCount)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_backupCount(backupCount)
{
    open();
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

void SharedFileSink::open()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    m_fd = ::open(m_path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        spdlog::throw_spdlog_ex("cannot open log file " + m_path, errno);
    }
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

void SharedFileSink::reopenIfRotatedElsewhere()
{
    struct stat byPath
    {
    };
    struct stat byFd
    {
    };
    if (::stat(m_path.c_str(), &byPath) != 0 || ::fstat(m_fd, &byFd) != 0 || byPath.st_ino != byFd.st_ino ||
        byPath.st_dev != byFd.st_dev) {
        open();
    }
}

void SharedFileSink::rotate()
{
    ::remove(backupName(m_backupCount).c_str());
    for (int i = m_backupCount - 1; i >= 1; --i) {
        ::rename(backupName(i).c_str(), backupName(i + 1).c_str());
    }
    ::rename(m_path.c_str(), backupName(1).c_str());
    open();
}

void SharedFileSink::sink_it_(const spdlog::details::log_msg& msg)
{
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    // One writer at a time across processes: check, rotate and append as one step, so the file
    // never grows past the limit and no process writes into a file another one renamed.
    if (m_lockFd >= 0) {
        while (::flock(m_lockFd, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
    reopenIfRotatedElsewhere();
    struct stat st
    {
    };
    if (::fstat(m_fd, &st) == 0 && st.st_size > 0 && static_cast<size_t>(st.st_size) + line.size() > m_maxBytes) {
        rotate();
    }
    const char* data = line.data();
    size_t left = line.size();
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
    if (m_lockFd >= 0) {
        ::flock(m_lockFd, LOCK_UN);
    }
}

} // namespace autopod::logging
