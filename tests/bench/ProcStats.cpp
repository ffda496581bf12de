// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "ProcStats.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <unistd.h>

namespace autopod::bench {

qint64 procKb(qint64 pid, const char* field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field)) + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double procCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may contain spaces) in parentheses: state is field 3,
    // utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    bool userOk = false;
    bool systemOk = false;
    const qlonglong user = fields.at(11).toLongLong(&userOk); // clock ticks
    const qlonglong system = fields.at(12).toLongLong(&systemOk);
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (!userOk || !systemOk || ticks <= 0)
        return -1;
    return double(user + system) / double(ticks);
}

double procThreadsCpuSeconds(qint64 pid)
{
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    double seconds = 0;
    bool any = false;
    for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const qlonglong ns = f.readAll().split(' ').value(0).toLongLong(&ok);
        if (ok) {
            seconds += double(ns) / 1e9;
            any = true;
        }
    }
    return any ? seconds : -1;
}

} // namespace autopod::bench
