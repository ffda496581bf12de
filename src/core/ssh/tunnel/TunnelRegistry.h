// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace autopod::ssh {

// What an autopod process running a tunnel writes to <runDir>/tunnel-<port>.json, so a later
// autopod can tell its own stale tunnel from an unrelated program holding the port.
struct TunnelRecord
{
    qint64 pid = 0;
    qint64 processStartTicks = 0; // /proc/<pid>/stat field 22: guards against pid reuse
    QString podId;
    int port = 0;
    QString startedAt; // ISO 8601 UTC

    static TunnelRecord forThisProcess(const QString& podId, int port);
};

class TunnelRegistry
{
public:
    explicit TunnelRegistry(QString runDir);

    QString runDir() const { return m_runDir; }
    QString recordPath(int port) const;
    std::optional<TunnelRecord> read(int port) const;
    bool write(const TunnelRecord& record, QString* error = nullptr) const;
    void remove(int port) const;
    // Removes the record only if it is this process's (so a reclaimed tunnel cannot delete its successor's).
    void removeIfOwn(int port) const;

    // The process named by the record is alive and is the same process (start time matches).
    static bool isAlive(const TunnelRecord& record);
    // The record names, beyond doubt, a running `autopod tunnel` process for the record's pod: the
    // start time is recorded and matches, and its command line is `autopod tunnel … --pod-id <id>`.
    // Only such a process may ever be signalled: a record can be stale, hand-edited, or written by
    // the desktop app, whose tunnels run inside the app itself.
    static bool isVerifiedTunnel(const TunnelRecord& record);
    // SIGTERM, wait up to timeoutMs for the port to be free, then SIGKILL; each signal only after
    // isVerifiedTunnel(). False (nothing signalled) for anything else.
    static bool terminate(const TunnelRecord& record, int timeoutMs, QString* error = nullptr);
    static qint64 processStartTicks(qint64 pid);
    // The running process pid is `autopod tunnel` for podId (start time not known: pods.json's
    // tunnel_pid). Empty podId: any pod.
    static bool isAutopodTunnelProcess(qint64 pid, const QString& podId);
    // "autopod-desktop (pid 4242)": the program name of a running process, for messages.
    static QString describeProcess(qint64 pid);
    // The pid of a process of this user listening on 127.0.0.1:port (or on all addresses), 0 if none
    // is found (another user's process, or none).
    static qint64 listeningProcess(int port);

private:
    QString m_runDir;
};

// A bound 127.0.0.1 listener for the tunnel, chosen per TunnelConfig: the preferred port when free,
// a reclaimed stale autopod tunnel's port, or the next free port. note tells the user what happened.
struct LocalPort
{
    int fd = -1;
    int port = 0;
    QString note;  // e.g. "Port 8188 is used by another program; using 8189."
    QString error; // when nothing could be bound
    bool ok() const { return fd >= 0; }
};

// How long bindLocalPort waits for a stale autopod tunnel to let go after SIGTERM (then SIGKILL).
constexpr int kReclaimWaitMs = 400;

struct TunnelConfig;
LocalPort bindLocalPort(const TunnelConfig& config);
int listenOnLoopback(int port, QString* error); // -1 on failure; errno-style message in error

} // namespace autopod::ssh
