// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/AgentClient.h"

#include <QElapsedTimer>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace autopod::ssh {

namespace {

constexpr unsigned char requestIdentities = 11; // SSH2_AGENTC_REQUEST_IDENTITIES
constexpr unsigned char identitiesAnswer = 12;  // SSH2_AGENT_IDENTITIES_ANSWER

bool ioAll(int fd, char* data, size_t len, bool writing, QElapsedTimer& timer, int timeoutMs)
{
    size_t done = 0;
    while (done < len) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return false;
        pollfd p{fd, short(writing ? POLLOUT : POLLIN), 0};
        if (::poll(&p, 1, left) <= 0)
            return false;
        const ssize_t n =
            writing ? ::send(fd, data + done, len - done, MSG_NOSIGNAL) : ::recv(fd, data + done, len - done, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

quint32 be32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

bool readString(const QByteArray& buf, qsizetype& pos, QByteArray* out)
{
    if (pos + 4 > buf.size())
        return false;
    const quint32 len = be32(buf.constData() + pos);
    pos += 4;
    if (len > quint32(buf.size() - pos))
        return false;
    *out = buf.mid(pos, qsizetype(len));
    pos += qsizetype(len);
    return true;
}

} // namespace

AgentClient::AgentClient(QString socketPath)
    : m_socket(std::move(socketPath))
{}

QList<AgentClient::Identity> AgentClient::listIdentities(QString* error, int timeoutMs) const
{
    QList<Identity> result;
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return QList<Identity>{};
    };
    if (m_socket.isEmpty())
        return fail(QStringLiteral("SSH_AUTH_SOCK is not set (no ssh-agent)"));
    const QByteArray path = QFile::encodeName(m_socket);
    sockaddr_un addr{};
    if (size_t(path.size()) >= sizeof(addr.sun_path))
        return fail(QStringLiteral("agent socket path too long"));
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return fail(QStringLiteral("cannot create a socket"));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0)
        return fail(QStringLiteral("cannot connect to the ssh-agent at %1: %2")
                        .arg(m_socket, QString::fromLocal8Bit(strerror(errno))));
    QElapsedTimer timer;
    timer.start();
    char request[5] = {0, 0, 0, 1, char(requestIdentities)};
    if (!ioAll(fd, request, sizeof(request), true, timer, timeoutMs))
        return fail(QStringLiteral("the ssh-agent did not accept the request"));
    char header[4];
    if (!ioAll(fd, header, 4, false, timer, timeoutMs))
        return fail(QStringLiteral("the ssh-agent did not answer"));
    const quint32 len = be32(header);
    if (len == 0 || len > 256 * 1024)
        return fail(QStringLiteral("the ssh-agent sent an invalid answer"));
    QByteArray body(qsizetype(len), Qt::Uninitialized);
    if (!ioAll(fd, body.data(), len, false, timer, timeoutMs))
        return fail(QStringLiteral("the ssh-agent answer was cut short"));
    if (quint8(body.at(0)) != identitiesAnswer || body.size() < 5)
        return fail(QStringLiteral("the ssh-agent refused to list keys"));
    const quint32 count = be32(body.constData() + 1);
    qsizetype pos = 5;
    for (quint32 i = 0; i < count && i < 1000; ++i) {
        QByteArray blob;
        QByteArray comment;
        if (!readString(body, pos, &blob) || !readString(body, pos, &comment))
            return fail(QStringLiteral("the ssh-agent sent an invalid key list"));
        qsizetype bpos = 0;
        QByteArray type;
        if (!readString(blob, bpos, &type))
            continue;
        result.append(Identity{QString::fromLatin1(type), blob, QString::fromUtf8(comment)});
    }
    if (error)
        error->clear();
    return result;
}

} // namespace autopod::ssh
