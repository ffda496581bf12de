// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "lifecycle/FakePodConnector.h"

#include <QTcpSocket>
#include <QTimer>

namespace autopod::test {

FakePodConnector::FakePodConnector(QObject* parent)
    : lifecycle::PodConnector(parent)
{
    clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void FakePodConnector::serve(QTcpSocket* socket)
{
    const QByteArray request = socket->readAll();
    if (!request.contains("\r\n\r\n")) {
        return;
    }
    if (now() < comfyReadyAtMs) {
        // What the tunnel does while nothing listens on the pod's 8188: it drops the connection.
        socket->abort();
        return;
    }
    if (comfyFirstAnsweredMs < 0) {
        comfyFirstAnsweredMs = now();
    }
    const QByteArray body = R"({"system":{"os":"posix","comfyui_version":"sim"},"devices":[]})";
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
}

void FakePodConnector::probeSsh(const lifecycle::SshEndpoint& endpoint, QObject* context, ProbeCallback done)
{
    ++probes;
    lastProbed = endpoint;
    lifecycle::SshProbeResult result;
    result.outcome = lifecycle::SshProbeResult::Outcome::Ready;
    if (!probeScript.empty()) {
        result.outcome = probeScript.front();
        probeScript.pop_front();
    }
    result.message = QStringLiteral("scripted probe");
    result.hostKeyFingerprint = QStringLiteral("SHA256:fake");
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void FakePodConnector::openTunnel(const lifecycle::TunnelRequest&, QObject* context, TunnelCallback done)
{
    lifecycle::TunnelResult result;
    if (!tunnelScript.empty()) {
        result = tunnelScript.front();
        tunnelScript.pop_front();
    } else {
        if (!m_server.isListening()) {
            m_server.listen(QHostAddress::LocalHost, 0);
        }
        ++tunnelsOpened;
        result.ok = true;
        result.localPort = m_server.serverPort();
    }
    QTimer::singleShot(0, context, [done, result] { done(result); });
}

void FakePodConnector::closeTunnel(const QString& podId)
{
    closed.append(podId);
    m_server.close();
}

void FakePodConnector::installGuard(const lifecycle::GuardRequest& request, QObject* context, GuardCallback done)
{
    guardRequests.append(request);
    const lifecycle::GuardResult result = guardResult.value_or(lifecycle::GuardResult{});
    QMetaObject::invokeMethod(
        context, [done, result] { done(result); }, Qt::QueuedConnection);
}

QString FakeJournal::allocateName()
{
    return QStringLiteral("autopod-2026-11-30-%1").arg(nextNumber++, 3, 10, QLatin1Char('0'));
}

void FakeJournal::podRequested(const QString& name, const api::CreatePodRequest&)
{
    events.append(QStringLiteral("requested ") + name);
}

void FakeJournal::podUpdated(const QString& name, const api::Pod& pod)
{
    events.append(QStringLiteral("updated %1 %2").arg(name, pod.id));
}

void FakeJournal::podConnected(const QString& name, const QString&, int, int localPort, qint64, const QString&)
{
    connectedPort = localPort;
    events.append(QStringLiteral("connected ") + name);
}

void FakeJournal::podFailed(const QString& name, const lifecycle::FailureReport& report)
{
    failures.append(report);
    events.append(QStringLiteral("failed ") + name);
}

void FakeJournal::podGone(const QString& name, const QString& podId)
{
    events.append(QStringLiteral("gone %1 %2").arg(name, podId));
}

std::optional<pods::GuardSettings> FakeJournal::guardSettings(const QString& name) const
{
    return guards.contains(name) ? std::optional<pods::GuardSettings>(guards.value(name)) : std::nullopt;
}

void FakeJournal::podGuarded(const QString& name, const pods::GuardSettings& settings, bool ok, const QString& status,
                             const QString& error)
{
    guards.insert(name, settings);
    events.append(ok ? QStringLiteral("guarded %1: %2").arg(name, status)
                     : QStringLiteral("unguarded %1: %2").arg(name, error));
}

} // namespace autopod::test
