// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <spdlog/sinks/base_sink.h>

#include <mutex>
#include <string>

namespace autopod::logging {

// A size-rotated log file that several processes append to at once (the CLI while the desktop
// app runs). spdlog's rotating sink assumes it is the only writer: after another process rotates,
// it keeps writing into the renamed file and, a few rotations later, into a deleted one. Here each
// line is written under flock(<file>.lock): reopen if another process rotated the file, rotate if
// the line would pass the limit, then one O_APPEND write.
//
// The lock is released on every path (a missing directory, no descriptors left), and no process
// waits more than lockWaitMs for another's: after that the line is written without the lock, with a
// note in the log, so a hung or stopped autopod cannot stall every other one.
class SharedFileSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    SharedFileSink(std::string path, size_t maxBytes, int backupCount); // throws spdlog::spdlog_ex
    ~SharedFileSink() override;

    static constexpr int kDefaultLockWaitMs = 2000;
    void setLockWaitMs(int ms) { m_lockWaitMs = ms; }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override {}

private:
    bool open(); // false (errno set) when the file cannot be opened; the old descriptor is kept then
    bool lockWithinDeadline();
    bool reopenIfRotatedElsewhere();
    void rotate();
    void writeAll(const char* data, size_t size);
    std::string backupName(int index) const;

    std::string m_path;
    size_t m_maxBytes;
    int m_backupCount;
    int m_fd = -1;
    int m_lockFd = -1; // <file>.lock, flock()ed around each write
    int m_lockWaitMs = kDefaultLockWaitMs;
    bool m_notedUnlocked = false;
    bool m_notedUnwritable = false;
};

} // namespace autopod::logging
