// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/SshTarget.h"

#include <QString>

struct ssh_session_struct;

namespace autopod::ssh {

// One libssh session: connect with a timeout, check the host key against known_hosts, authenticate
// through the agent or a key file. Blocking: use it on a worker thread (Tunnel, ShellSession, the
// connector's SSH probe) or in the CLI, never on the GUI thread. The handle never leaves the owning thread.
class SshConnection
{
public:
    SshConnection();
    ~SshConnection();
    SshConnection(const SshConnection&) = delete;
    SshConnection& operator=(const SshConnection&) = delete;

    // Connects, verifies the host key per target.hostKeyPolicy and authenticates. On failure the
    // error says what happened and what to do. An insecure policy sets *warning (log and show it).
    bool open(const SshTarget& target, SshError* error, QString* warning = nullptr);
    // Connects and reads the host key only (no authentication): the first step of trust on first use.
    bool fetchHostKey(const SshTarget& target, HostKeyCheck* check, SshError* error);
    void close();

    bool isOpen() const;
    ssh_session_struct* handle() const { return m_session; }
    HostKey serverHostKey() const { return m_hostKey; }

private:
    bool connectOnly(const SshTarget& target, SshError* error);
    bool authenticate(const SshTarget& target, SshError* error);

    ssh_session_struct* m_session = nullptr;
    HostKey m_hostKey;
};

// Ciphers autopod asks for, fastest first (AES-GCM with AES-NI, then ChaCha20).
const char* preferredCiphers();

} // namespace autopod::ssh
