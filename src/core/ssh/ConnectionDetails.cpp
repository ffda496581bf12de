// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/ConnectionDetails.h"

#include "core/app/ProductDefaults.h"

namespace autopod::ssh {

static QString quoted(const QString& s)
{
    static const QString safe = QStringLiteral("-_./~:@=+,");
    bool plain = !s.isEmpty();
    for (QChar c : s) {
        if (!c.isLetterOrNumber() && !safe.contains(c))
            plain = false;
    }
    if (plain)
        return s;
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

ConnectionDetails ConnectionDetails::fromTarget(const SshTarget& target)
{
    ConnectionDetails d;
    d.host = target.host;
    d.port = target.port;
    d.user = target.user;
    if (!target.identity.usesAgent())
        d.identityPath = target.identity.privateKeyPath;
    d.knownHostsFile = target.knownHostsFile;
    return d;
}

QString ConnectionDetails::sshCommand() const
{
    QString cmd = QStringLiteral("ssh ") + quoted(user + QLatin1Char('@') + host) + QStringLiteral(" -p ") +
                  QString::number(port);
    if (!identityPath.isEmpty())
        cmd += QStringLiteral(" -i ") + quoted(identityPath);
    if (!knownHostsFile.isEmpty())
        cmd += QStringLiteral(" -o UserKnownHostsFile=") + quoted(knownHostsFile);
    return cmd;
}

QString ConnectionDetails::tunnelCommand(int localPort) const
{
    return sshCommand() + QStringLiteral(" -N -L 127.0.0.1:") + QString::number(localPort) +
           QStringLiteral(":localhost:") + QString::number(app::kComfyUiPort);
}

} // namespace autopod::ssh
