// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace autopod::ssh {

// Minimal ssh-agent client: lists the identities (public keys only). Authentication itself goes
// through libssh's agent support.
class AgentClient
{
public:
    struct Identity
    {
        QString type;
        QByteArray blob;
        QString comment;
    };

    explicit AgentClient(QString socketPath);
    QList<Identity> listIdentities(QString* error = nullptr, int timeoutMs = 3000) const;

private:
    QString m_socket;
};

} // namespace autopod::ssh
