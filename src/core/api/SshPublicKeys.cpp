// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/SshPublicKeys.h"

namespace autopod::api::publickeys {

bool looksLikePublicKey(const QString& key)
{
    const QString k = key.trimmed();
    if (k.isEmpty() || k.contains(QLatin1Char('\n')) || k.contains(QLatin1String("PRIVATE KEY"))) {
        return false;
    }
    const QStringList parts = k.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() >= 2 &&
           (parts.at(0).startsWith(QLatin1String("ssh-")) || parts.at(0).startsWith(QLatin1String("ecdsa-")) ||
            parts.at(0).startsWith(QLatin1String("sk-")));
}

QString keyIdentity(const QString& line)
{
    const QStringList parts = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(0) + QLatin1Char(' ') + parts.at(1) : line.simplified();
}

bool containsKey(const QStringList& lines, const QString& publicKey)
{
    const QString id = keyIdentity(publicKey);
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty() && keyIdentity(line) == id) {
            return true;
        }
    }
    return false;
}

QString appendKey(const QString& existing, const QString& publicKey, bool* changed)
{
    const QString key = publicKey.trimmed();
    if (containsKey(existing.split(QLatin1Char('\n')), key)) {
        *changed = false;
        return existing;
    }
    *changed = true;
    QString out = existing;
    while (out.endsWith(QLatin1Char('\n')) || out.endsWith(QLatin1Char('\r')) || out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out.isEmpty() ? key : out + QLatin1Char('\n') + key;
}

} // namespace autopod::api::publickeys
