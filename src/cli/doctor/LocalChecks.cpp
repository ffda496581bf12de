// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/doctor/LocalChecks.h"

#include "cli/ExitCode.h"
#include "cli/SshSetup.h"
#include "core/config/Config.h"
#include "core/config/Paths.h"
#include "core/pods/PodRecord.h"
#include "core/ssh/keys/KeyDiscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>

namespace autopod::cli {

namespace {

constexpr QFile::Permissions kGroupOrOthers =
    QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

QString modeText(QFile::Permissions p)
{
    int mode = 0;
    const std::pair<QFile::Permission, int> bits[] = {
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 040},  {QFile::WriteGroup, 020},  {QFile::ExeGroup, 010},
        {QFile::ReadOther, 04},   {QFile::WriteOther, 02},   {QFile::ExeOther, 01}};
    for (const auto& [flag, value] : bits) {
        if (p & flag) {
            mode |= value;
        }
    }
    return QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'));
}

// "socket:[12345]" inodes of the sockets listening on `port`, from /proc/net/tcp and tcp6.
QStringList listeningInodes(int port)
{
    QStringList inodes;
    const QString portHex = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    for (const char* table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            continue;
        }
        f.readLine(); // header
        while (!f.atEnd()) {
            const QStringList fields = QString::fromLatin1(f.readLine()).simplified().split(QLatin1Char(' '));
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            if (fields.size() < 10 || fields.at(3) != QLatin1String("0A")) {
                continue;
            }
            if (fields.at(1).section(QLatin1Char(':'), 1, 1).toUpper() == portHex) {
                inodes << QStringLiteral("socket:[%1]").arg(fields.at(9));
            }
        }
    }
    return inodes;
}

} // namespace

PortHolder portHolder(int port)
{
    PortHolder holder;
    const QStringList inodes = listeningInodes(port);
    holder.listening = !inodes.isEmpty();
    if (!holder.listening) {
        return holder;
    }
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool numeric = false;
        const qint64 n = pid.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString& fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            if (inodes.contains(QFile::symLinkTarget(fds.filePath(fd)).section(QLatin1Char('/'), -1))) {
                holder.pid = n;
                QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (cmdline.open(QIODevice::ReadOnly)) {
                    holder.command =
                        QString::fromLocal8Bit(cmdline.readAll()).replace(QChar(0), QLatin1Char(' ')).trimmed();
                }
                return holder;
            }
        }
    }
    return holder;
}

DoctorCheck checkHomePermissions()
{
    DoctorCheck c{QStringLiteral("home_permissions"), QStringLiteral("~/.autopod permissions")};
    const QString home = config::Paths::home();
    if (!QFileInfo::exists(home)) {
        c.message =
            QStringLiteral("%1 does not exist yet; autopod creates it (0700) on first use.").arg(tildePath(home));
        return c;
    }
    QStringList open;
    const QStringList dirs = {home, config::Paths::logDir(), config::Paths::runDir()};
    const QStringList files = {config::Paths::configFile(), config::Paths::podsFile(), config::Paths::knownHostsFile()};
    for (const QString& path : dirs + files) {
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & kGroupOrOthers)) {
            open << QStringLiteral("%1 (%2)").arg(tildePath(path), modeText(info.permissions()));
        }
    }
    if (open.isEmpty()) {
        c.message =
            QStringLiteral("%1 and its files are private to you (0700 folders, 0600 files).").arg(tildePath(home));
        return c;
    }
    c.verdict = DoctorCheck::Verdict::Warning;
    c.message = QStringLiteral("Readable by other users: %1. autopod narrows them itself the next time it runs.")
                    .arg(open.join(QStringLiteral(", ")));
    c.fix = QStringLiteral("chmod -R go-rwx %1").arg(tildePath(home));
    return c;
}

DoctorCheck checkSshKey(const config::Config& config, std::optional<ssh::SshIdentity>* identity)
{
    DoctorCheck c{QStringLiteral("ssh_key"), QStringLiteral("SSH key")};
    const QString configured = config.sshKeyPath();
    if (configured.isEmpty()) {
        const ssh::DiscoveryResult found = ssh::KeyDiscovery().discover();
        if (auto preferred = found.preferred()) {
            *identity = preferred;
            c.message = QStringLiteral("None configured; autopod would use %1.").arg(preferred->describe());
            return c;
        }
        c.verdict = DoctorCheck::Verdict::Failure;
        c.exitCode = ConfigError;
        c.message = found.problems.isEmpty()
                        ? QStringLiteral("No SSH key found (ssh-agent, ~/.ssh/id_ed25519, id_ecdsa, id_rsa).")
                        : found.problems.first().message;
        c.fix = QStringLiteral("autopod config init --generate-ssh-key");
        return c;
    }
    const ssh::KeyCheck check = ssh::KeyDiscovery::validate(configured, ssh::KeySource::UserPath);
    if (check.identity.isValid()) {
        *identity = check.identity;
    }
    switch (check.problem) {
    case ssh::KeyProblem::None:
        c.message = QStringLiteral("%1, readable only by you.").arg(check.identity.describe());
        return c;
    case ssh::KeyProblem::NeedsPassphrase:
        c.verdict = DoctorCheck::Verdict::Warning;
        c.message = check.message;
        c.fix = QStringLiteral("ssh-add %1").arg(tildePath(configured));
        return c;
    case ssh::KeyProblem::PermissionsTooOpen:
        c.fix = QStringLiteral("chmod 600 %1").arg(tildePath(configured));
        break;
    default:
        c.fix = QStringLiteral("autopod config set ssh-key PATH, or autopod config init --generate-ssh-key");
        break;
    }
    c.verdict = DoctorCheck::Verdict::Failure;
    c.exitCode = ConfigError;
    c.message = QStringLiteral("%1: %2").arg(tildePath(configured), check.message);
    return c;
}

DoctorCheck checkTunnelPort(int port, const QList<pods::PodRecord>& tracked)
{
    DoctorCheck c{QStringLiteral("port"), QStringLiteral("Port %1").arg(port)};
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, quint16(port))) {
        probe.close();
        c.message = QStringLiteral("Free: ComfyUI will be at http://127.0.0.1:%1.").arg(port);
        return c;
    }
    const PortHolder holder = portHolder(port);
    for (const pods::PodRecord& r : tracked) {
        if (holder.pid > 0 && r.tunnelPid == holder.pid) {
            c.message = QStringLiteral("Held by autopod's tunnel to %1 (pid %2).").arg(r.name).arg(holder.pid);
            return c;
        }
    }
    c.verdict = DoctorCheck::Verdict::Failure;
    c.message = holder.pid > 0
                    ? QStringLiteral("Held by another program: %1 (pid %2).").arg(holder.command).arg(holder.pid)
                    : QStringLiteral("Held by a process of another user (%1).").arg(probe.errorString());
    c.fix =
        QStringLiteral("Stop that program, or use another port: autopod config set ssh.tunnel_port %1").arg(port + 1);
    return c;
}

} // namespace autopod::cli
