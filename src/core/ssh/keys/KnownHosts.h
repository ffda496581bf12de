// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace autopod::ssh {

// A server's host key: its algorithm name and the raw public key blob.
struct HostKey
{
    QString type;    // "ssh-ed25519"
    QByteArray blob; // binary SSH wire-format public key

    bool isNull() const { return blob.isEmpty(); }
    QString fingerprint() const; // "SHA256:…"
    QString line() const;        // "ssh-ed25519 AAAA…"
    bool operator==(const HostKey& other) const { return type == other.type && blob == other.blob; }
};

enum class HostKeyStatus
{
    Known,   // matches what we stored: go ahead
    Unknown, // never seen this host:port: ask the user (trust on first use)
    Changed  // differs from what we stored: refuse
};

struct HostKeyCheck
{
    HostKeyStatus status = HostKeyStatus::Unknown;
    HostKey presented;
    HostKey stored; // for Changed
    QString host;
    int port = 0;
    QString knownHostsFile;    // where the stored key lives (named in the Changed explanation)
    QString podId;             // the pod the key is trusted for (empty: by host:port only)
    bool podRestarted = false; // the pod was (re)started just now: new host keys are expected
    bool legacyEntry = false;  // Known through a host:port entry not yet tied to a pod id

    // A paragraph for the user: for Unknown what to compare, for Changed the old and new fingerprints
    // and what to do about it.
    QString explanation() const;
};

// What a connection does with the host key. Changed keys are refused unless Insecure.
enum class HostKeyPolicy
{
    RequireKnown, // only a stored key is accepted (ask first with HostKeyScan/KnownHosts::trust)
    AcceptNew,    // the user consented to trust on first use: an unknown key is stored and accepted
    Insecure      // StrictHostKeyChecking=no: nothing checked or stored; warned about on every use
};

// Trust-on-first-use store in $AUTOPOD_HOME/known_hosts, in OpenSSH's format so
// `ssh -o UserKnownHostsFile=…` can use it too. Trust belongs to a pod, not to an address: RunPod
// reuses ip:port across pods, and a resumed pod gets a new address and new host keys. So each
// entry names the pod by an alias pattern next to its current address:
//   [1.2.3.4]:17445,autopod-pod-abc123 ssh-ed25519 AAAA…
// An address is listed on one entry at most (trusting a pod's key takes the address off any other
// pod's entry). Entries written before pods were named (address only) stay as they are and count
// as known for a pod at that address that presents the same key; trusting it then adds the alias.
class KnownHosts
{
public:
    explicit KnownHosts(QString filePath);

    QString filePath() const { return m_file; }
    // With a pod id: the pod's entry decides (Changed only when this pod's key differs); a key
    // stored for the address by another pod, or by an old entry with a different key, is Unknown.
    HostKeyCheck check(const QString& host, int port, const HostKey& presented, const QString& podId = {}) const;
    // Stores (or replaces) the key for the pod (and host:port). Creates the file (0600) and its
    // directory.
    bool trust(const QString& host, int port, const HostKey& key, QString* error = nullptr, const QString& podId = {});
    bool forget(const QString& host, int port, QString* error = nullptr);
    // Forgets every key trusted for the pod (it was terminated: its id never comes back).
    bool forgetPod(const QString& podId, QString* error = nullptr);

    static QString hostPattern(const QString& host, int port); // "[host]:port" (plain host for 22)
    static QString podPattern(const QString& podId);           // "autopod-pod-<id>"
    static QString insecureWarning(const QString& host, int port);

private:
    // Removes the entries listing the pattern: how many, or -1 (and *error) when the file could not
    // be locked or written.
    int removeEntries(const QString& pattern, QString* error) const;

    QString m_file;
};

} // namespace autopod::ssh

Q_DECLARE_METATYPE(autopod::ssh::HostKey)
Q_DECLARE_METATYPE(autopod::ssh::HostKeyCheck)
