// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/SingleInstance.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace autopod::gui {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "autopod.desktop.instance")
constexpr int answerTimeoutMs = 1000; // a live instance answers at once; a dead socket refuses at once
const QByteArray activate = QByteArrayLiteral("activate\n");
} // namespace

SingleInstance::SingleInstance(QString socketPath, QObject* parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::claim()
{
    {
        QLocalSocket other;
        other.connectToServer(m_path);
        if (other.waitForConnected(answerTimeoutMs)) {
            other.write(activate);
            other.waitForBytesWritten(answerTimeoutMs);
            other.disconnectFromServer();
            qCInfo(lcInstance) << "autopod-desktop already runs: asked it to show its window";
            return false;
        }
    }
    // Nobody answers: a socket left by a crashed instance, or none.
    QLocalServer::removeServer(m_path);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_path)) {
        // Still the only instance we know of: run, without the guard.
        m_error = m_server->errorString();
        qCWarning(lcInstance) << "cannot listen on" << m_path << ":" << m_error;
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (s->readAll().contains(activate.trimmed())) {
                    Q_EMIT activationRequested();
                }
            });
        }
    });
    return true;
}

} // namespace autopod::gui
