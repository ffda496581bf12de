// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// The account's SSH key list (authorized_keys lines), shared by both transports.
namespace autopod::api::publickeys {

// One OpenSSH public key line ("ssh-ed25519 AAAA… comment"); never private key material.
bool looksLikePublicKey(const QString& key);
// What identifies a key: its type and key material, without the comment.
QString keyIdentity(const QString& line);
bool containsKey(const QStringList& lines, const QString& publicKey);
// `existing` (newline-separated) with `publicKey` appended on its own line, unless already there
// (`*changed` false). Existing keys are never dropped or reordered.
QString appendKey(const QString& existing, const QString& publicKey, bool* changed);

} // namespace autopod::api::publickeys
