// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshIdentity.h"

#include <QList>
#include <QString>

#include <optional>

namespace autopod::ssh {

enum class KeyProblem
{
    None,
    Missing,            // no file at that path
    Unreadable,         // exists, cannot be opened
    NotAKey,            // does not parse as a private key
    PermissionsTooOpen, // readable or writable by group/others: OpenSSH refuses such keys
    NeedsPassphrase,    // encrypted and not in the agent: ask for the passphrase (or ssh-add it)
    WrongPassphrase,
    AgentUnavailable, // SSH_AUTH_SOCK unset or the agent does not answer
    AgentEmpty        // the agent runs but holds no keys
};

// The outcome of checking one key. message is a full sentence for the user (what is wrong, what to do).
struct KeyCheck
{
    KeyProblem problem = KeyProblem::None;
    QString path;
    QString message;
    SshIdentity identity; // filled when the public half could be read, even if there is a problem

    bool ok() const { return problem == KeyProblem::None; }
};

struct DiscoveryResult
{
    QList<SshIdentity> identities; // usable now, best first (agent keys, then default files, then the user path)
    QList<KeyCheck> problems;      // keys found but not usable as they are (permissions, passphrase…)
    bool agentAvailable = false;

    std::optional<SshIdentity> preferred() const;
    bool foundAnything() const { return !identities.isEmpty() || !problems.isEmpty(); }
};

// Finds the user's SSH keys in this order: ssh-agent, ~/.ssh/id_ed25519, id_ecdsa, id_rsa,
// then a path the user gives. Reads only public material; never logs key contents.
class KeyDiscovery
{
public:
    // homeDir stands in for ~ (tests pass a temporary home); agentSocket for $SSH_AUTH_SOCK.
    explicit KeyDiscovery(QString homeDir = {}, QString agentSocket = {});

    DiscoveryResult discover(const QString& userPath = {}) const;

    // Identities the agent holds (an SSH2_AGENTC_REQUEST_IDENTITIES round trip on its socket).
    QList<SshIdentity> agentIdentities(QString* error = nullptr) const;

    QStringList defaultKeyPaths() const;
    QString homeDir() const { return m_home; }
    QString agentSocket() const { return m_agentSocket; }

    // Checks one private key file: exists, permissions, parses; encrypted keys report NeedsPassphrase
    // (with the public half from the .pub file when there is one).
    static KeyCheck validate(const QString& privateKeyPath, KeySource source = KeySource::UserPath);
    // Same, decrypting with the passphrase (never stored, never logged).
    static KeyCheck validateWithPassphrase(const QString& privateKeyPath, const QByteArray& passphrase,
                                           KeySource source = KeySource::UserPath);
    // chmod 600 on the private key (what the PermissionsTooOpen message offers).
    static bool fixPermissions(const QString& privateKeyPath, QString* error = nullptr);

private:
    QString m_home;
    QString m_agentSocket;
};

} // namespace autopod::ssh
