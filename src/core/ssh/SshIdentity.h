// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace autopod::ssh {

// Where a key came from, in discovery order (ssh-agent first, then the key files).
enum class KeySource
{
    Agent,       // an identity held by the running ssh-agent (SSH_AUTH_SOCK)
    DefaultFile, // ~/.ssh/id_ed25519, id_ecdsa or id_rsa
    UserPath,    // a path the user typed
    Generated    // ~/.ssh/autopod_ed25519, created by autopod
};

QString keySourceName(KeySource source);

// One usable SSH identity. Holds only public material: the private key stays in its file or agent.
struct SshIdentity
{
    KeySource source = KeySource::DefaultFile;
    QString privateKeyPath; // empty for agent identities
    QString publicKeyLine;  // "ssh-ed25519 AAAA… comment": what goes into PUBLIC_KEY / the account key list
    QString fingerprint;    // "SHA256:…" as ssh-keygen -l prints it
    bool passphraseProtected = false;

    bool isValid() const { return !publicKeyLine.isEmpty(); }
    bool usesAgent() const { return source == KeySource::Agent; }
    QString keyType() const;  // "ssh-ed25519"
    QString comment() const;  // the third field of the public key line, may be empty
    QString describe() const; // "~/.ssh/id_ed25519 (ssh-ed25519 SHA256:…)" for messages
};

// "SHA256:…" of an OpenSSH public key line (or an empty string when the line is not one).
QString fingerprintOfPublicKeyLine(const QString& publicKeyLine);
QString fingerprintOfBlob(const QByteArray& keyBlob);

} // namespace autopod::ssh

Q_DECLARE_METATYPE(autopod::ssh::SshIdentity)
