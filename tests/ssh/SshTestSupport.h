// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/tunnel/TunnelConfig.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpSocket>

#include <memory>

namespace autopod::test {

// ssh-agent on a private socket for one test (ssh-agent -D -a <sock>), plus ssh-add.
class TestAgent
{
public:
    TestAgent() = default;
    ~TestAgent();
    bool start(const QString& socketPath);
    bool add(const QString& keyPath, const QByteArray& passphrase = {});
    QString socketPath() const { return m_socket; }

private:
    QProcess m_agent;
    QString m_socket;
};

// ssh-keygen into path (ed25519 by default). Returns the public key line.
QString makeKey(const QString& path, const QByteArray& passphrase = {},
                const QString& type = QStringLiteral("ed25519"));

// A minimal HTTP/1.1 client over raw sockets, so any number of requests run at once.
struct HttpExchange
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray response;
    bool done = false;
    int status() const;
    QByteArray body() const;
};

std::unique_ptr<HttpExchange> startGet(int port, const QByteArray& path);
// Starts all, waits (with the event loop running) until each is complete or timeoutMs passes.
QList<std::shared_ptr<HttpExchange>> getMany(int port, const QByteArray& path, int count, int timeoutMs);
int countOk(const QList<std::shared_ptr<HttpExchange>>& exchanges);

// Opens a WebSocket to ws://127.0.0.1:port/ws?clientId=… and returns the first text frame (empty on failure).
QByteArray websocketFirstMessage(int port, int timeoutMs, QTcpSocket* keepOpen = nullptr);

bool portIsListening(int port);

// A free loopback port well away from 8188, so parallel test runs on this machine do not fight
// over it (0 when none was found).
int freeTestPort();

// A tunnel to a test pod at host:port, with the key at keyPath, known_hosts and run/ under
// autopodHome, for the tracked pod "sshtestpod01".
ssh::TunnelConfig testTunnelConfig(const QString& host, int port, const QString& keyPath, const QString& publicKey,
                                   const QString& autopodHome, int preferredLocalPort);

} // namespace autopod::test
