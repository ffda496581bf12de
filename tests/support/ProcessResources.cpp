// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/ProcessResources.h"

#include <QDir>
#include <QFile>
#include <QString>

namespace autopod::test {

namespace {

QString procDir(qint64 pid)
{
    return pid > 0 ? QStringLiteral("/proc/%1").arg(pid) : QStringLiteral("/proc/self");
}

} // namespace

qint64 residentKb(qint64 pid)
{
    QFile status(procDir(pid) + QStringLiteral("/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

qint64 openDescriptors(qint64 pid)
{
    const QDir fds(procDir(pid) + QStringLiteral("/fd"));
    return fds.exists() ? fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size() : -1;
}

} // namespace autopod::test
