// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshIdentity.h"

#include <QString>

namespace autopod::ssh {

struct GeneratedKey
{
    SshIdentity identity;
    QString error; // empty on success

    bool ok() const { return error.isEmpty(); }
};

// Creates a new ed25519 pair for users who have none: private key 0600 (no passphrase), .pub 0644.
// Never overwrites an existing file.
class KeyGenerator
{
public:
    static QString defaultPath(const QString& homeDir = {}); // ~/.ssh/autopod_ed25519
    static GeneratedKey generate(const QString& privateKeyPath, const QString& comment = {});
};

} // namespace autopod::ssh
