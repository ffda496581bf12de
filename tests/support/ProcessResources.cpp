// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/ProcessResources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QString>

namespace autopod::test {

namespace {

QString procDir(qint64 pid)
{
    return pid > 0 ? QStringLiteral("/proc/%1").arg(pid) : QStringLiteral("/proc/self");
}

struct TcpSocket
{
    quint16 localPort = 0;
    quint16 remotePort = 0;
    QByteArray state; // as the kernel writes it: "01" ESTABLISHED, "0A" LISTEN, ...
};

// The process's TCP sockets by inode, from its view of /proc/net/tcp{,6}.
QHash<QString, TcpSocket> tcpSockets(qint64 pid)
{
    QHash<QString, TcpSocket> sockets;
    for (const char* table : {"/net/tcp", "/net/tcp6"}) {
        QFile file(procDir(pid) + QLatin1String(table));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines.at(i).simplified().split(' ');
            if (f.size() <= 9) {
                continue;
            }
            auto port = [](const QByteArray& address) {
                return static_cast<quint16>(address.split(':').last().toUInt(nullptr, 16));
            };
            sockets.insert(QString::fromLatin1(f.at(9)), {port(f.at(1)), port(f.at(2)), f.at(3)});
        }
    }
    return sockets;
}

// The inode of each descriptor that is a socket ("socket:[4511908]" -> "4511908"), by descriptor.
QHash<QString, QString> socketInodes(qint64 pid)
{
    QHash<QString, QString> inodes;
    const QDir fds(procDir(pid) + QStringLiteral("/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.contains(QLatin1String("socket:["))) {
            inodes.insert(fd, target.section(QLatin1Char('['), 1).chopped(1));
        }
    }
    return inodes;
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

QStringList describeDescriptors(qint64 pid)
{
    const QHash<QString, TcpSocket> tcp = tcpSockets(pid);
    const QHash<QString, QString> inodes = socketInodes(pid);
    QStringList out;
    const QDir fds(procDir(pid) + QStringLiteral("/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries, QDir::Name)) {
        QString line = fd + QStringLiteral(": ") + QFileInfo(QFile::symLinkTarget(fds.filePath(fd))).fileName();
        if (const auto socket = tcp.constFind(inodes.value(fd)); socket != tcp.cend()) {
            line += QStringLiteral(" tcp %1->%2 st %3")
                        .arg(socket->localPort)
                        .arg(socket->remotePort)
                        .arg(QString::fromLatin1(socket->state));
        }
        out << line;
    }
    return out;
}

qint64 loopbackConnectionsTo(quint16 port, qint64 pid)
{
    const QHash<QString, TcpSocket> tcp = tcpSockets(pid);
    QSet<QPair<quint16, quint16>> ours; // (local, remote) of each established socket this process holds
    for (const QString& inode : socketInodes(pid)) {
        const TcpSocket socket = tcp.value(inode);
        if (socket.state == "01") {
            ours.insert({socket.localPort, socket.remotePort});
        }
    }
    qint64 connections = 0;
    for (const auto& [local, remote] : ours) {
        // Counted from the client's end: it talks to `port`, and the tunnel's end of it is ours too.
        if (remote == port && ours.contains({remote, local})) {
            ++connections;
        }
    }
    return connections;
}

} // namespace autopod::test
