// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "SshTestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace autopod::test {

TestAgent::~TestAgent()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        m_agent.waitForFinished(3000);
    }
}

bool TestAgent::start(const QString& socketPath)
{
    m_socket = socketPath;
    m_agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), socketPath});
    if (!m_agent.waitForStarted(3000))
        return false;
    for (int i = 0; i < 100 && !QFileInfo::exists(socketPath); ++i)
        QThread::msleep(20);
    return QFileInfo::exists(socketPath);
}

bool TestAgent::add(const QString& keyPath, const QByteArray& passphrase)
{
    QTemporaryDir dir;
    QProcess add;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SSH_AUTH_SOCK"), m_socket);
    if (!passphrase.isEmpty()) {
        const QString askpass = dir.filePath(QStringLiteral("askpass.sh"));
        QFile f(askpass);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("#!/bin/sh\nprintf '%s\\n' '" + passphrase + "'\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        env.insert(QStringLiteral("SSH_ASKPASS"), askpass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":0"));
    }
    add.setProcessEnvironment(env);
    add.setStandardInputFile(QProcess::nullDevice());
    add.start(QStringLiteral("ssh-add"), {keyPath});
    return add.waitForFinished(10000) && add.exitCode() == 0;
}

QString makeKey(const QString& path, const QByteArray& passphrase, const QString& type)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), type, QStringLiteral("-N"), QString::fromUtf8(passphrase),
             QStringLiteral("-C"), QStringLiteral("test@autopod"), QStringLiteral("-f"), path});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    QFile f(path + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

int HttpExchange::status() const
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

QByteArray HttpExchange::body() const
{
    const qsizetype at = response.indexOf("\r\n\r\n");
    return at < 0 ? QByteArray() : response.mid(at + 4);
}

std::unique_ptr<HttpExchange> startGet(int port, const QByteArray& path)
{
    auto ex = std::make_unique<HttpExchange>();
    ex->socket = std::make_unique<QTcpSocket>();
    HttpExchange* raw = ex.get();
    QObject::connect(ex->socket.get(), &QTcpSocket::connected, ex->socket.get(), [raw, path] {
        raw->socket->write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(ex->socket.get(), &QTcpSocket::readyRead, ex->socket.get(),
                     [raw] { raw->response += raw->socket->readAll(); });
    QObject::connect(ex->socket.get(), &QTcpSocket::disconnected, ex->socket.get(), [raw] {
        raw->response += raw->socket->readAll();
        raw->done = true;
    });
    QObject::connect(ex->socket.get(), &QTcpSocket::errorOccurred, ex->socket.get(),
                     [raw](QAbstractSocket::SocketError e) {
                         if (e != QAbstractSocket::RemoteHostClosedError)
                             raw->done = true;
                     });
    ex->socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    return ex;
}

QList<std::shared_ptr<HttpExchange>> getMany(int port, const QByteArray& path, int count, int timeoutMs)
{
    QList<std::shared_ptr<HttpExchange>> all;
    for (int i = 0; i < count; ++i)
        all.append(std::shared_ptr<HttpExchange>(startGet(port, path)));
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (std::all_of(all.begin(), all.end(), [](const auto& e) { return e->done; }))
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(1);
    }
    return all;
}

int countOk(const QList<std::shared_ptr<HttpExchange>>& exchanges)
{
    return int(
        std::count_if(exchanges.begin(), exchanges.end(), [](const auto& e) { return e->done && e->status() == 200; }));
}

QByteArray websocketFirstMessage(int port, int timeoutMs, QTcpSocket* keepOpen)
{
    QTcpSocket local;
    QTcpSocket& s = keepOpen ? *keepOpen : local;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write("GET /ws?clientId=autopod-test HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray data;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (s.bytesAvailable() == 0)
            s.waitForReadyRead(50);
        data += s.readAll();
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        if (!data.startsWith("HTTP/1.1 101"))
            return {};
        const QByteArray frame = data.mid(headerEnd + 4);
        if (frame.size() < 2)
            continue;
        const int opcode = quint8(frame.at(0)) & 0x0f;
        qint64 len = quint8(frame.at(1)) & 0x7f;
        int offset = 2;
        if (len == 126) {
            if (frame.size() < 4)
                continue;
            len = (quint8(frame.at(2)) << 8) | quint8(frame.at(3));
            offset = 4;
        }
        if (frame.size() < offset + len)
            continue;
        return opcode == 1 ? frame.mid(offset, len) : QByteArray();
    }
    return {};
}

bool portIsListening(int port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    const bool ok = s.waitForConnected(1000);
    s.abort();
    return ok;
}

int freeTestPort()
{
    QTcpServer probe;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int port = 20000 + int(QRandomGenerator::global()->bounded(30000));
        if (probe.listen(QHostAddress::LocalHost, quint16(port)) && !portIsListening(port + 1)) {
            probe.close();
            return port;
        }
    }
    return 0;
}

ssh::TunnelConfig testTunnelConfig(const QString& host, int port, const QString& keyPath, const QString& publicKey,
                                   const QString& autopodHome, int preferredLocalPort)
{
    ssh::TunnelConfig c;
    c.target.host = host;
    c.target.port = port;
    c.target.identity.source = ssh::KeySource::DefaultFile;
    c.target.identity.privateKeyPath = keyPath;
    c.target.identity.publicKeyLine = publicKey;
    c.target.knownHostsFile = autopodHome + QStringLiteral("/known_hosts");
    c.target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    c.podId = QStringLiteral("sshtestpod01");
    c.preferredLocalPort = preferredLocalPort;
    c.runDir = autopodHome + QStringLiteral("/run");
    c.isPodTracked = [](const QString& podId) {
        return podId == QStringLiteral("sshtestpod01");
    };
    return c;
}

} // namespace autopod::test
