// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshIdentity.h"

#include <QByteArray>
#include <QString>

struct ssh_key_struct;

namespace autopod::ssh {

struct ParsedKey
{
    enum class Status
    {
        Ok,
        Unreadable,
        NotAKey,
        Encrypted,
        WrongPassphrase
    };
    Status status = Status::NotAKey;
    QString detail;
    SshIdentity identity; // public half; for Encrypted taken from the .pub file when present
};

// Reading private key files through libssh. The key material stays inside libssh.
class PrivateKeyFile
{
public:
    static ParsedKey inspect(const QString& path);
    static ParsedKey load(const QString& path, const QByteArray& passphrase);
    // For authentication: the caller frees the key with ssh_key_free. nullptr on failure.
    static ssh_key_struct* importKey(const QString& path, const QByteArray& passphrase, ParsedKey* status);
    // "type base64" (+ comment) of a public key.
    static QString publicLine(ssh_key_struct* key, const QString& comment);
};

} // namespace autopod::ssh
