// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLockFile>
#include <QString>

namespace autopod::config {

// The lock taken around every read-modify-write of a file the CLI and the desktop app share
// (pods.json, config.json, known_hosts): <file>.lock, held only for the few milliseconds of one
// change, so a change made by one process is never overwritten by another's older copy.
class FileLock
{
public:
    static constexpr int kDefaultStaleMs = 30000; // a holder this old has died: its lock is taken over
    static constexpr int kDefaultWaitMs = 10000;

    explicit FileLock(const QString& dataFile, int staleMs = kDefaultStaleMs);

    // Short, jittered retries (QLockFile::tryLock(timeout) backs off 100, 200, 400 ms…, far too slow
    // when two processes write at once). On failure *error says who holds it or why it cannot be made.
    bool acquire(QString* error, int waitMs = kDefaultWaitMs);
    void unlock() { m_lock.unlock(); }

private:
    QString m_dataFile;
    QLockFile m_lock;
};

} // namespace autopod::config
