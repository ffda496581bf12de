// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/config/FileLock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace autopod::config {

FileLock::FileLock(const QString& dataFile, int staleMs)
    : m_dataFile(dataFile)
    , m_lock(dataFile + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(staleMs);
}

bool FileLock::acquire(QString* error, int waitMs)
{
    QElapsedTimer clock;
    clock.start();
    int pauseMs = 1;
    while (!m_lock.tryLock(0)) {
        const bool hopeless = m_lock.error() == QLockFile::PermissionError || m_lock.error() == QLockFile::UnknownError;
        if (hopeless || clock.elapsed() >= waitMs) {
            qint64 pid = 0;
            QString host;
            QString app;
            const bool held = m_lock.getLockInfo(&pid, &host, &app) && pid > 0;
            if (error) {
                *error = m_lock.error() == QLockFile::LockFailedError && held
                             ? QStringLiteral("%1 is locked by another autopod process (pid %2); try again")
                                   .arg(m_dataFile)
                                   .arg(pid)
                             : QStringLiteral("%1 cannot be written: cannot create its lock file %2.lock (remove it "
                                              "if no autopod is running)")
                                   .arg(m_dataFile, m_dataFile);
            }
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(QRandomGenerator::global()->bounded(pauseMs) + 1));
        pauseMs = std::min(pauseMs * 2, 20);
    }
    return true;
}

} // namespace autopod::config
