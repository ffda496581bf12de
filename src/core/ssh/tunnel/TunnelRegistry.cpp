// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/TunnelRegistry.h"

#include "core/ssh/tunnel/TunnelConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSshPorts, "autopod.ssh.tunnel")

namespace autopod::ssh {

qint64 TunnelRegistry::processStartTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may contain spaces; fields after it start after the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
    // rest[0] is field 3 (state); field 22 (starttime) is rest[19].
    return rest.size() > 19 ? rest.at(19).toLongLong() : 0;
}

TunnelRecord TunnelRecord::forThisProcess(const QString& podId, int port)
{
    TunnelRecord r;
    r.pid = QCoreApplication::applicationPid();
    r.processStartTicks = TunnelRegistry::processStartTicks(r.pid);
    r.podId = podId;
    r.port = port;
    r.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return r;
}

TunnelRegistry::TunnelRegistry(QString runDir)
    : m_runDir(std::move(runDir))
{}

QString TunnelRegistry::recordPath(int port) const
{
    return m_runDir + QStringLiteral("/tunnel-") + QString::number(port) + QStringLiteral(".json");
}

std::optional<TunnelRecord> TunnelRegistry::read(int port) const
{
    if (m_runDir.isEmpty())
        return std::nullopt;
    QFile f(recordPath(port));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return std::nullopt;
    TunnelRecord r;
    r.pid = o.value(QStringLiteral("pid")).toInteger();
    r.processStartTicks = o.value(QStringLiteral("process_start_ticks")).toInteger();
    r.podId = o.value(QStringLiteral("pod_id")).toString();
    r.port = o.value(QStringLiteral("port")).toInt();
    r.startedAt = o.value(QStringLiteral("started_at")).toString();
    if (r.pid <= 0 || r.port != port)
        return std::nullopt;
    return r;
}

bool TunnelRegistry::write(const TunnelRecord& record, QString* error) const
{
    if (m_runDir.isEmpty())
        return true;
    QDir().mkpath(m_runDir);
    QSaveFile f(recordPath(record.port));
    if (!f.open(QIODevice::WriteOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    const QJsonObject o{{QStringLiteral("pid"), record.pid},
                        {QStringLiteral("process_start_ticks"), record.processStartTicks},
                        {QStringLiteral("pod_id"), record.podId},
                        {QStringLiteral("port"), record.port},
                        {QStringLiteral("started_at"), record.startedAt}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit()) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

void TunnelRegistry::remove(int port) const
{
    if (!m_runDir.isEmpty())
        QFile::remove(recordPath(port));
}

void TunnelRegistry::removeIfOwn(int port) const
{
    const auto r = read(port);
    if (r && r->pid == QCoreApplication::applicationPid())
        remove(port);
}

bool TunnelRegistry::isAlive(const TunnelRecord& record)
{
    if (record.pid <= 0 || ::kill(pid_t(record.pid), 0) != 0)
        return false;
    const qint64 ticks = processStartTicks(record.pid);
    return ticks != 0 && (record.processStartTicks == 0 || ticks == record.processStartTicks);
}

namespace {

QList<QByteArray> commandLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> args = f.readAll().split('\0');
    if (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    return args;
}

QByteArray programName(const QByteArray& argv0)
{
    return argv0.mid(argv0.lastIndexOf('/') + 1);
}

} // namespace

bool TunnelRegistry::isAutopodTunnelProcess(qint64 pid, const QString& podId)
{
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    const QList<QByteArray> args = commandLine(pid);
    if (args.size() < 2 || programName(args.at(0)) != "autopod" || args.at(1) != "tunnel")
        return false;
    if (podId.isEmpty())
        return true;
    const QByteArray id = podId.toUtf8();
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args.at(i) == "--") // what follows is not an option
            break;
        if ((args.at(i) == "--pod-id" && i + 1 < args.size() && args.at(i + 1) == id) || args.at(i) == "--pod-id=" + id)
            return true;
    }
    return false;
}

bool TunnelRegistry::isVerifiedTunnel(const TunnelRecord& record)
{
    if (record.pid <= 0 || record.processStartTicks <= 0 || record.podId.isEmpty())
        return false; // a record without a start time could name any process that reused the pid
    if (processStartTicks(record.pid) != record.processStartTicks)
        return false;
    return isAutopodTunnelProcess(record.pid, record.podId);
}

QString TunnelRegistry::describeProcess(qint64 pid)
{
    QByteArray name;
    const QList<QByteArray> args = commandLine(pid);
    if (!args.isEmpty())
        name = programName(args.first());
    if (name.isEmpty()) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly))
            name = comm.readAll().trimmed();
    }
    QString text;
    for (const QChar c : QString::fromLocal8Bit(name)) // a program name is not trusted text either
        if (c.isPrint())
            text.append(c);
    if (text.isEmpty())
        return QCoreApplication::translate("SshTunnel", "process %1").arg(pid);
    return QCoreApplication::translate("SshTunnel", "%1 (pid %2)").arg(text).arg(pid);
}

qint64 TunnelRegistry::listeningProcess(int port)
{
    // /proc/net/tcp: "sl local_address rem_address st … inode"; addresses in hex, LISTEN is 0A.
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    QByteArray inode;
    for (const QByteArray& line : tcp.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 10 || f.at(3) != "0A")
            continue;
        if (f.at(1) == "0100007F:" + portHex || f.at(1) == "00000000:" + portHex) {
            inode = f.at(9);
            break;
        }
    }
    if (inode.isEmpty() || inode == "0")
        return 0;
    const QByteArray target = "socket:[" + inode + "]";
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString& fd : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
            char buf[64] = {};
            const QByteArray path = QFile::encodeName(fds.filePath(fd));
            const ssize_t n = ::readlink(path.constData(), buf, sizeof(buf) - 1);
            if (n > 0 && QByteArray(buf, n) == target)
                return pid;
        }
    }
    return 0;
}

static bool portFree(int port)
{
    QString ignored;
    const int fd = listenOnLoopback(port, &ignored);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool TunnelRegistry::terminate(const TunnelRecord& record, int timeoutMs, QString* error)
{
    if (!isAlive(record))
        return true;
    if (!isVerifiedTunnel(record)) {
        if (error)
            *error = QCoreApplication::translate("SshTunnel", "%1 is not an autopod tunnel for pod %2")
                         .arg(describeProcess(record.pid), record.podId);
        qCWarning(lcSshPorts).noquote() << "not signalling pid" << record.pid << "named by the tunnel record for port"
                                        << record.port << ": it is not a verified autopod tunnel";
        return false;
    }
    qCInfo(lcSshPorts) << "reclaiming port" << record.port << "from stale autopod tunnel pid" << record.pid << "pod"
                       << record.podId;
    ::kill(pid_t(record.pid), SIGTERM);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (!isAlive(record) || portFree(record.port))
            return true;
        QThread::msleep(10);
    }
    if (!isVerifiedTunnel(record))
        return !isAlive(record);
    ::kill(pid_t(record.pid), SIGKILL);
    for (int i = 0; i < 10; ++i) {
        if (!isAlive(record))
            return true;
        QThread::msleep(25);
    }
    if (error)
        *error = QStringLiteral("process %1 did not exit").arg(record.pid);
    return false;
}

int listenOnLoopback(int port, QString* error)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return -1;
    }
    const int yes = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // never all interfaces
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 || ::listen(fd, 256) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

LocalPort bindLocalPort(const TunnelConfig& config)
{
    LocalPort result;
    TunnelRegistry registry(config.runDir);
    const int preferred = config.preferredLocalPort;
    QString error;
    int fd = listenOnLoopback(preferred, &error);
    if (fd >= 0) {
        result.fd = fd;
        result.port = preferred;
        return result;
    }
    QString why = QCoreApplication::translate("SshTunnel", "Port %1 is used by another program").arg(preferred);
    if (const qint64 holder = TunnelRegistry::listeningProcess(preferred))
        why = QCoreApplication::translate("SshTunnel", "Port %1 is used by %2")
                  .arg(preferred)
                  .arg(TunnelRegistry::describeProcess(holder));
    if (const auto record = registry.read(preferred)) {
        const bool alive = TunnelRegistry::isAlive(*record);
        const bool tracked = config.isPodTracked ? config.isPodTracked(record->podId) : true;
        if (!alive) {
            registry.remove(preferred); // its process is gone: the port belongs to someone else now
        } else if (!TunnelRegistry::isVerifiedTunnel(*record)) {
            // The desktop app's own tunnel, a pid reused by another program, or a record too old to
            // say: never signalled, whatever pod it names.
            why = QCoreApplication::translate("SshTunnel", "Port %1 is used by %2, which autopod leaves running")
                      .arg(preferred)
                      .arg(TunnelRegistry::describeProcess(record->pid));
        } else if (!tracked || record->podId == config.podId) {
            QString killError;
            // Called on the GUI thread too: a short, bounded wait (an autopod tunnel ends within
            // milliseconds of SIGTERM), never seconds; a slower one leaves the port to the next start.
            if (TunnelRegistry::terminate(*record, kReclaimWaitMs, &killError)) {
                for (int i = 0; i < 10 && fd < 0; ++i) {
                    fd = listenOnLoopback(preferred, &error);
                    if (fd < 0)
                        QThread::msleep(25);
                }
                if (fd >= 0) {
                    registry.remove(preferred);
                    result.fd = fd;
                    result.port = preferred;
                    result.note = QCoreApplication::translate(
                                      "SshTunnel", "Port %1 was held by a stale autopod tunnel (pid %2, pod %3); "
                                                   "autopod stopped it and took the port back.")
                                      .arg(preferred)
                                      .arg(record->pid)
                                      .arg(record->podId);
                    qCInfo(lcSshPorts).noquote() << result.note;
                    return result;
                }
            }
            why = QCoreApplication::translate("SshTunnel",
                                              "Port %1 is held by an autopod tunnel that could not be stopped")
                      .arg(preferred);
        } else {
            why = QCoreApplication::translate("SshTunnel", "Port %1 is used by autopod's tunnel to pod %2")
                      .arg(preferred)
                      .arg(record->podId);
        }
    }
    for (int port = preferred + 1; port <= preferred + config.portSearchRange && port < 65536; ++port) {
        fd = listenOnLoopback(port, &error);
        if (fd >= 0) {
            result.fd = fd;
            result.port = port;
            result.note = QCoreApplication::translate("SshTunnel", "%1; using port %2 instead.").arg(why).arg(port);
            qCInfo(lcSshPorts).noquote() << result.note;
            return result;
        }
    }
    result.error = QCoreApplication::translate("SshTunnel", "%1, and no free port was found in %2–%3.")
                       .arg(why)
                       .arg(preferred + 1)
                       .arg(preferred + config.portSearchRange);
    return result;
}

} // namespace autopod::ssh
