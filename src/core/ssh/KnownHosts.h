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
    QString knownHostsFile; // where the stored key lives (named in the Changed explanation)

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

// Trust-on-first-use store in $AUTOPOD_HOME/known_hosts, one entry per pod host:port, in OpenSSH's
// format ("[1.2.3.4]:17445 ssh-ed25519 AAAA…"), so `ssh -o UserKnownHostsFile=…` can use it too.
class KnownHosts
{
public:
    explicit KnownHosts(QString filePath);

    QString filePath() const { return m_file; }
    HostKeyCheck check(const QString& host, int port, const HostKey& presented) const;
    // Stores (or replaces) the key for host:port. Creates the file (0600) and its directory.
    bool trust(const QString& host, int port, const HostKey& key, QString* error = nullptr);
    bool forget(const QString& host, int port, QString* error = nullptr);

    static QString hostPattern(const QString& host, int port); // "[host]:port" (plain host for 22)
    static QString insecureWarning(const QString& host, int port);

private:
    QString m_file;
};

} // namespace autopod::ssh

Q_DECLARE_METATYPE(autopod::ssh::HostKey)
Q_DECLARE_METATYPE(autopod::ssh::HostKeyCheck)
