// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/SshConnection.h"

#include <QCoreApplication>

#include "core/ssh/keys/PrivateKeyFile.h"

#include <QFile>
#include <QLoggingCategory>

#include <libssh/libssh.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcSsh, "autopod.ssh")

namespace autopod::ssh {

bool SshError::isPermanent() const
{
    switch (kind) {
    case SshErrorKind::HostKeyUnknown:
    case SshErrorKind::HostKeyChanged:
    case SshErrorKind::AuthFailed:
    case SshErrorKind::NeedsPassphrase:
    case SshErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

const char* preferredCiphers()
{
    return "aes128-gcm@openssh.com,aes256-gcm@openssh.com,chacha20-poly1305@openssh.com,aes128-ctr,aes256-ctr";
}

SshConnection::SshConnection() = default;

SshConnection::~SshConnection()
{
    close();
}

void SshConnection::close()
{
    if (!m_session)
        return;
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
}

bool SshConnection::isOpen() const
{
    return m_session && ssh_is_connected(m_session);
}

static void setError(SshError* error, SshErrorKind kind, const QString& message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
}

bool SshConnection::connectOnly(const SshTarget& target, SshError* error)
{
    close();
    m_hostKey = {};
    m_session = ssh_new();
    if (!m_session) {
        setError(error, SshErrorKind::Protocol,
                 QCoreApplication::translate("SshConnection", "libssh could not create a session."));
        return false;
    }
    const QByteArray host = target.host.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const unsigned int port = unsigned(target.port);
    const long timeoutSec = std::max(1L, long(target.connectTimeoutMs) / 1000);
    const long timeoutUsec = long(target.connectTimeoutMs % 1000) * 1000;
    const int no = 0;
    const int yes = 1;
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &no); // ~/.ssh/config must not change what we do
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSec);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT_USEC, &timeoutUsec);
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &yes);
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_C_S, preferredCiphers());
    ssh_options_set(m_session, SSH_OPTIONS_CIPHERS_S_C, preferredCiphers());
    ssh_options_set(m_session, SSH_OPTIONS_COMPRESSION, "no");
    // Host keys are checked against autopod's own file below; point libssh at it too, so it prefers
    // the algorithm of a key we already trust.
    const QByteArray knownHosts =
        QFile::encodeName(target.knownHostsFile.isEmpty() ? QStringLiteral("/dev/null") : target.knownHostsFile);
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(m_session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    if (!target.agentSocket.isEmpty()) {
        const QByteArray agent = QFile::encodeName(target.agentSocket);
        ssh_options_set(m_session, SSH_OPTIONS_IDENTITY_AGENT, agent.constData());
    }

    if (ssh_connect(m_session) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(m_session));
        const QString where = target.host + QLatin1Char(':') + QString::number(target.port);
        if (why.contains(QLatin1String("refused"), Qt::CaseInsensitive)) {
            setError(error, SshErrorKind::ConnectionRefused,
                     QCoreApplication::translate("SshConnection",
                                                 "Connection to %1 refused: SSH is not running on the pod (yet).")
                         .arg(where));
        } else if (why.contains(QLatin1String("timeout"), Qt::CaseInsensitive) ||
                   why.contains(QLatin1String("timed out"), Qt::CaseInsensitive) ||
                   why.contains(QLatin1String("unreachable"), Qt::CaseInsensitive) ||
                   why.contains(QLatin1String("resolve"), Qt::CaseInsensitive)) {
            setError(error, SshErrorKind::Unreachable,
                     QCoreApplication::translate("SshConnection", "Cannot reach %1: %2").arg(where, why));
        } else {
            setError(error, SshErrorKind::Protocol,
                     QCoreApplication::translate("SshConnection", "SSH connection to %1 failed: %2").arg(where, why));
        }
        close();
        return false;
    }
    // Detect a dead link within ~20 s of unacknowledged data (keepalives make sure there is some).
    const int fd = ssh_get_fd(m_session);
    if (fd >= 0) {
        const unsigned int userTimeoutMs = 20000;
        ::setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeoutMs, sizeof(userTimeoutMs));
        ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &yes, sizeof(yes));
    }
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(m_session, &serverKey) == SSH_OK && serverKey) {
        char* b64 = nullptr;
        if (ssh_pki_export_pubkey_base64(serverKey, &b64) == SSH_OK && b64) {
            m_hostKey.type = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(serverKey)));
            m_hostKey.blob = QByteArray::fromBase64(QByteArray(b64));
            ssh_string_free_char(b64);
        }
        ssh_key_free(serverKey);
    }
    if (m_hostKey.isNull()) {
        setError(error, SshErrorKind::Protocol,
                 QCoreApplication::translate("SshConnection", "The server did not present a host key."));
        close();
        return false;
    }
    return true;
}

bool SshConnection::fetchHostKey(const SshTarget& target, HostKeyCheck* check, SshError* error)
{
    if (!connectOnly(target, error))
        return false;
    if (check)
        *check = KnownHosts(target.knownHostsFile).check(target.host, target.port, m_hostKey, target.podId);
    close();
    return true;
}

bool SshConnection::open(const SshTarget& target, SshError* error, QString* warning)
{
    if (!connectOnly(target, error))
        return false;

    if (target.hostKeyPolicy == HostKeyPolicy::Insecure) {
        const QString w = KnownHosts::insecureWarning(target.host, target.port);
        qCWarning(lcSsh).noquote() << w;
        if (warning)
            *warning = w;
    } else {
        KnownHosts store(target.knownHostsFile);
        const HostKeyCheck check = store.check(target.host, target.port, m_hostKey, target.podId);
        if (check.status == HostKeyStatus::Changed) {
            qCWarning(lcSsh) << "host key changed for" << target.host << target.port << "was"
                             << check.stored.fingerprint() << "now" << check.presented.fingerprint();
            setError(error, SshErrorKind::HostKeyChanged, check.explanation());
            if (error)
                error->hostKey = check;
            close();
            return false;
        }
        if (check.status == HostKeyStatus::Unknown) {
            if (target.hostKeyPolicy != HostKeyPolicy::AcceptNew) {
                setError(error, SshErrorKind::HostKeyUnknown, check.explanation());
                if (error)
                    error->hostKey = check;
                close();
                return false;
            }
            QString why;
            if (!store.trust(target.host, target.port, m_hostKey, &why, target.podId))
                qCWarning(lcSsh).noquote() << why;
        }
    }
    return authenticate(target, error);
}

bool SshConnection::authenticate(const SshTarget& target, SshError* error)
{
    const QString who = target.user + QLatin1Char('@') + target.host + QLatin1Char(':') + QString::number(target.port);
    const SshIdentity& id = target.identity;
    int rc = SSH_AUTH_DENIED;
    bool needsPassphrase = false;
    bool triedAgent = false;
    if (id.usesAgent() || (id.passphraseProtected && target.passphrase.isEmpty()) || !id.isValid()) {
        triedAgent = true;
        rc = ssh_userauth_agent(m_session, nullptr);
    }
    if (rc != SSH_AUTH_SUCCESS && !id.usesAgent() && !id.privateKeyPath.isEmpty()) {
        ParsedKey status;
        ssh_key key = PrivateKeyFile::importKey(id.privateKeyPath, target.passphrase, &status);
        if (key) {
            rc = ssh_userauth_publickey(m_session, nullptr, key);
            ssh_key_free(key);
        } else if (status.status == ParsedKey::Status::Encrypted) {
            needsPassphrase = true;
        } else if (status.status == ParsedKey::Status::WrongPassphrase) {
            setError(error, SshErrorKind::NeedsPassphrase,
                     QCoreApplication::translate("SshConnection", "The passphrase for %1 is not correct.")
                         .arg(id.privateKeyPath));
            close();
            return false;
        } else {
            setError(
                error, SshErrorKind::AuthFailed,
                QCoreApplication::translate("SshConnection", "Cannot read the SSH key %1.").arg(id.privateKeyPath));
            close();
            return false;
        }
    }
    if (rc == SSH_AUTH_SUCCESS) {
        qCInfo(lcSsh) << "authenticated to" << who << (triedAgent && id.usesAgent() ? "via ssh-agent" : "with key")
                      << id.fingerprint;
        return true;
    }
    if (needsPassphrase) {
        setError(error, SshErrorKind::NeedsPassphrase,
                 QCoreApplication::translate(
                     "SshConnection",
                     "%1 is protected by a passphrase and is not in your ssh-agent. Enter the passphrase "
                     "or run: ssh-add %1")
                     .arg(id.privateKeyPath));
    } else if (rc == SSH_AUTH_ERROR) {
        setError(error, SshErrorKind::Protocol,
                 QCoreApplication::translate("SshConnection", "SSH authentication to %1 failed: %2")
                     .arg(who, QString::fromUtf8(ssh_get_error(m_session))));
    } else if (id.privateKeyPath.isEmpty() && !id.usesAgent()) {
        setError(error, SshErrorKind::AuthFailed,
                 QCoreApplication::translate(
                     "SshConnection",
                     "The pod at %1 refused the login: autopod has no SSH key configured, and the ssh-agent "
                     "offered none the pod accepts. Run the setup again to choose or generate a key, then create "
                     "a new pod: a pod accepts only the keys it was created with.")
                     .arg(who));
        if (error) {
            error->nextStep = NextStep::RunSetup;
        }
    } else {
        setError(error, SshErrorKind::AuthFailed,
                 QCoreApplication::translate(
                     "SshConnection",
                     "The pod at %1 did not accept your SSH key %2. The pod gets its authorised keys "
                     "from PUBLIC_KEY when it is created; make sure it was created with this key, or add "
                     "the public key to your RunPod account (Settings → SSH Public Keys).")
                     .arg(who, id.usesAgent() ? QCoreApplication::translate("SshConnection", "(from ssh-agent)")
                                              : id.describe()));
    }
    close();
    return false;
}

} // namespace autopod::ssh
