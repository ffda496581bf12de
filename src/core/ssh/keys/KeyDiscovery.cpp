// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/keys/KeyDiscovery.h"

#include <QCoreApplication>

#include "core/ssh/AgentClient.h"
#include "core/ssh/keys/PrivateKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcSshKeys, "autopod.ssh.keys")

namespace autopod::ssh {

std::optional<SshIdentity> DiscoveryResult::preferred() const
{
    if (identities.isEmpty())
        return std::nullopt;
    return identities.first();
}

KeyDiscovery::KeyDiscovery(QString homeDir, QString agentSocket)
    : m_home(homeDir.isEmpty() ? QDir::homePath() : std::move(homeDir))
    , m_agentSocket(agentSocket.isEmpty() ? qEnvironmentVariable("SSH_AUTH_SOCK") : std::move(agentSocket))
{}

QStringList KeyDiscovery::defaultKeyPaths() const
{
    const QString dir = m_home + QStringLiteral("/.ssh/");
    return {dir + QStringLiteral("id_ed25519"), dir + QStringLiteral("id_ecdsa"), dir + QStringLiteral("id_rsa")};
}

QList<SshIdentity> KeyDiscovery::agentIdentities(QString* error) const
{
    QList<SshIdentity> result;
    const auto keys = AgentClient(m_agentSocket).listIdentities(error);
    for (const AgentClient::Identity& k : keys) {
        SshIdentity id;
        id.source = KeySource::Agent;
        id.publicKeyLine = k.type + QLatin1Char(' ') + QString::fromLatin1(k.blob.toBase64());
        if (!k.comment.isEmpty())
            id.publicKeyLine += QLatin1Char(' ') + k.comment;
        id.fingerprint = fingerprintOfBlob(k.blob);
        result.append(id);
    }
    return result;
}

DiscoveryResult KeyDiscovery::discover(const QString& userPath) const
{
    DiscoveryResult result;
    QString agentError;
    const QList<SshIdentity> agentKeys = agentIdentities(&agentError);
    result.agentAvailable = agentError.isEmpty();
    result.identities += agentKeys;
    if (!result.agentAvailable)
        qCDebug(lcSshKeys) << "ssh-agent not usable:" << agentError;

    auto inAgent = [&](const QString& fingerprint) {
        return std::any_of(agentKeys.begin(), agentKeys.end(),
                           [&](const SshIdentity& a) { return a.fingerprint == fingerprint; });
    };

    QStringList paths = defaultKeyPaths();
    if (!userPath.isEmpty())
        paths.append(userPath);
    for (const QString& path : paths) {
        const KeySource source = path == userPath ? KeySource::UserPath : KeySource::DefaultFile;
        if (source == KeySource::DefaultFile && !QFileInfo::exists(path))
            continue;
        KeyCheck check = validate(path, source);
        if (check.ok()) {
            result.identities.append(check.identity);
        } else if (check.problem == KeyProblem::NeedsPassphrase && check.identity.isValid() &&
                   inAgent(check.identity.fingerprint)) {
            // Encrypted on disk but unlocked in the agent: the agent identity above already covers it.
            continue;
        } else {
            result.problems.append(check);
        }
    }
    qCInfo(lcSshKeys) << "key discovery:" << result.identities.size() << "usable," << result.problems.size()
                      << "with problems, agent" << (result.agentAvailable ? "available" : "unavailable");
    return result;
}

static QString homeRelative(const QString& path)
{
    const QString home = QDir::homePath();
    if (!home.isEmpty() && path.startsWith(home + QLatin1Char('/')))
        return QStringLiteral("~") + path.mid(home.size());
    return path;
}

static KeyCheck checkFile(const QString& path, KeySource source, const QByteArray* passphrase)
{
    KeyCheck check;
    check.path = path;
    const QString shown = homeRelative(path);
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        check.problem = KeyProblem::Missing;
        check.message = QCoreApplication::translate("SshKeys", "No SSH key at %1.").arg(shown);
        return check;
    }
    const ParsedKey parsed = passphrase ? PrivateKeyFile::load(path, *passphrase) : PrivateKeyFile::inspect(path);
    check.identity = parsed.identity;
    check.identity.source = source;
    check.identity.privateKeyPath = path;
    switch (parsed.status) {
    case ParsedKey::Status::Ok:
        break;
    case ParsedKey::Status::Unreadable:
        check.problem = KeyProblem::Unreadable;
        check.message = QCoreApplication::translate("SshKeys", "Cannot read %1: %2.").arg(shown, parsed.detail);
        return check;
    case ParsedKey::Status::NotAKey:
        check.problem = KeyProblem::NotAKey;
        check.message = QCoreApplication::translate(
                            "SshKeys", "%1 is not an SSH private key autopod can read (OpenSSH or PEM format).")
                            .arg(shown);
        return check;
    case ParsedKey::Status::Encrypted:
        check.problem = KeyProblem::NeedsPassphrase;
        check.message = QCoreApplication::translate(
                            "SshKeys", "%1 is protected by a passphrase. Add it to your ssh-agent (ssh-add %1) "
                                       "or enter the passphrase when asked.")
                            .arg(shown);
        break;
    case ParsedKey::Status::WrongPassphrase:
        check.problem = KeyProblem::WrongPassphrase;
        check.message = QCoreApplication::translate("SshKeys", "The passphrase for %1 is not correct.").arg(shown);
        return check;
    }
    if ((st.st_mode & 077) != 0) {
        check.problem = KeyProblem::PermissionsTooOpen;
        check.message = QCoreApplication::translate(
                            "SshKeys", "%1 can be accessed by other users on this computer (permissions %2). SSH "
                                       "refuses private keys like that. Fix: chmod 600 %1 (autopod can do it for "
                                       "you).")
                            .arg(shown, QString::number(st.st_mode & 0777, 8).rightJustified(4, QLatin1Char('0')));
    }
    return check;
}

KeyCheck KeyDiscovery::validate(const QString& privateKeyPath, KeySource source)
{
    return checkFile(privateKeyPath, source, nullptr);
}

KeyCheck KeyDiscovery::validateWithPassphrase(const QString& privateKeyPath, const QByteArray& passphrase,
                                              KeySource source)
{
    return checkFile(privateKeyPath, source, &passphrase);
}

bool KeyDiscovery::fixPermissions(const QString& privateKeyPath, QString* error)
{
    if (::chmod(QFile::encodeName(privateKeyPath).constData(), S_IRUSR | S_IWUSR) != 0) {
        if (error)
            *error = QCoreApplication::translate("SshKeys", "Cannot change the permissions of %1: %2")
                         .arg(privateKeyPath, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    qCInfo(lcSshKeys) << "set permissions 0600 on" << privateKeyPath;
    return true;
}

} // namespace autopod::ssh
