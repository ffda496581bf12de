// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/guard/PodWatchdog.h"

#include "core/ssh/SshConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>

#include <libssh/libssh.h>

namespace autopod::guard {

namespace {

Q_LOGGING_CATEGORY(lcGuard, "autopod.guard")

constexpr int kCommandTimeoutMs = 20000;
// The script's `start`: the guard's loop did not come up while it waited.
constexpr int kExitNotStarted = 4;
constexpr unsigned long kLookAgainAfterMs = 2000;

// Where the watchdog lives on the pod: the container disk, which a stop wipes (so does RunPod).
const char* const kDir = "d=\"${HOME:-/root}/.autopod-guard\"; ";

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 6);
}

struct Exec
{
    bool ran = false;
    int exitStatus = -1;
    QByteArray out;
    QByteArray err;
    QString error;
};

// Runs `command` on the pod, feeding `input` to its stdin; the whole within the timeout.
Exec run(const ssh::SshTarget& target, const QByteArray& command, const QByteArray& input)
{
    Exec r;
    ssh::SshConnection connection;
    ssh::SshError sshError;
    QString warning;
    if (!connection.open(target, &sshError, &warning)) {
        r.error = sshError.message;
        return r;
    }
    ssh_session session = connection.handle();
    ssh_channel channel = ssh_channel_new(session);
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_exec(channel, command.constData()) != SSH_OK) {
        r.error = QString::fromUtf8(ssh_get_error(session));
        if (channel) {
            ssh_channel_free(channel);
        }
        return r;
    }
    qsizetype written = 0;
    while (written < input.size()) {
        const int n = ssh_channel_write(channel, input.constData() + written, uint32_t(input.size() - written));
        if (n == SSH_ERROR) {
            r.error = QString::fromUtf8(ssh_get_error(session));
            ssh_channel_free(channel);
            return r;
        }
        written += n;
    }
    ssh_channel_send_eof(channel);
    QElapsedTimer clock;
    clock.start();
    char buffer[4096];
    while (clock.elapsed() < kCommandTimeoutMs) {
        bool any = false;
        for (int isStderr : {0, 1}) {
            const int n = ssh_channel_read_timeout(channel, buffer, sizeof buffer, isStderr, 100);
            if (n > 0) {
                (isStderr ? r.err : r.out).append(buffer, n);
                any = true;
            } else if (n == SSH_ERROR) {
                r.error = QString::fromUtf8(ssh_get_error(session));
                ssh_channel_free(channel);
                return r;
            }
        }
        if (r.out.size() + r.err.size() > 1024 * 1024) {
            break; // the watchdog prints a few lines: this is not it
        }
        if (!any && ssh_channel_is_eof(channel)) {
            break;
        }
    }
    if (!ssh_channel_is_eof(channel)) {
        r.error = QCoreApplication::translate("Guard", "the command on the pod did not finish in time");
        ssh_channel_free(channel);
        return r;
    }
    // The exit status arrives with or just after EOF.
    for (int i = 0; i < 20 && r.exitStatus < 0; ++i) {
        r.exitStatus = ssh_channel_get_exit_status(channel);
        if (r.exitStatus < 0) {
            ssh_channel_read_timeout(channel, buffer, sizeof buffer, 0, 50);
        }
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    r.ran = true;
    return r;
}

WatchdogResult resultOf(const Exec& e, const char* what)
{
    WatchdogResult r;
    r.state = pods::GuardState::parse(e.out);
    if (!e.ran) {
        r.message = e.error;
    } else if (e.exitStatus != 0) {
        const QString err = QString::fromUtf8(e.err).trimmed().section(QLatin1Char('\n'), 0, 2);
        r.message = err.isEmpty() ? QCoreApplication::translate("Guard", "exit status %1").arg(e.exitStatus) : err;
    } else {
        r.ok = true;
    }
    if (!r.ok) {
        qCWarning(lcGuard).noquote() << what << "failed:" << r.message;
    }
    return r;
}

} // namespace

QByteArray PodWatchdog::script()
{
    QFile f(QStringLiteral(":/pod/autopod-watchdog.sh"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray PodWatchdog::installCommand(const pods::GuardSettings& s, double costPerHr, qint64 uptimeSeconds)
{
    const QByteArray usd = s.maxUsd ? number(*s.maxUsd) : QByteArrayLiteral("-");
    const QByteArray hours = s.maxHours ? number(*s.maxHours) : QByteArrayLiteral("-");
    return QByteArray(kDir) +
           "umask 077; mkdir -p \"$d\" && cat > \"$d/autopod-watchdog.sh.new\" && "
           "mv -f \"$d/autopod-watchdog.sh.new\" \"$d/autopod-watchdog.sh\" && "
           "exec sh \"$d/autopod-watchdog.sh\" start " +
           QByteArray::number(qBound(0, s.idleStopMinutes, 1440)) + ' ' + usd + ' ' + hours + ' ' +
           number(qMax(0.0, costPerHr)) + ' ' + QByteArray::number(qMax<qint64>(0, uptimeSeconds));
}

QByteArray PodWatchdog::stateCommand()
{
    return QByteArray(kDir) +
           "[ -f \"$d/autopod-watchdog.sh\" ] || { echo 'the guard is not installed' >&2; exit 5; }; "
           "exec sh \"$d/autopod-watchdog.sh\" state";
}

QByteArray PodWatchdog::keepCommand(int minutes)
{
    return QByteArray(kDir) +
           "[ -f \"$d/autopod-watchdog.sh\" ] || { echo 'the guard is not installed' >&2; exit 5; }; "
           "exec sh \"$d/autopod-watchdog.sh\" keep " +
           QByteArray::number(qBound(0, minutes, 7 * 24 * 60));
}

WatchdogResult PodWatchdog::install(const ssh::SshTarget& target, const pods::GuardSettings& settings, double costPerHr,
                                    qint64 uptimeSeconds)
{
    const QByteArray body = script();
    if (body.isEmpty()) {
        WatchdogResult r;
        r.message = QStringLiteral("the watchdog script is missing from this build");
        return r;
    }
    const Exec e = run(target, installCommand(settings, costPerHr, uptimeSeconds), body);
    WatchdogResult r = resultOf(e, "guard install");
    // `start` exits 4 (or says running=0) when it did not see the guard's loop come up in time;
    // on a loaded pod the loop can still come up just after. Look once more before the user is
    // told the pod is unguarded.
    if (e.ran && (e.exitStatus == kExitNotStarted || (r.ok && !r.state.running))) {
        QThread::msleep(kLookAgainAfterMs);
        const WatchdogResult again = readState(target);
        if (again.ok && again.state.running) {
            qCInfo(lcGuard) << "guard install: the watchdog came up after start had given up on it";
            r = again;
        } else if (r.ok) {
            r.ok = false;
            r.message = QCoreApplication::translate("Guard", "the watchdog did not start");
        }
    }
    if (r.ok) {
        qCInfo(lcGuard).noquote() << "guard running on" << target.host << target.port << ":" << settings.describe();
    }
    return r;
}

WatchdogResult PodWatchdog::readState(const ssh::SshTarget& target)
{
    return resultOf(run(target, stateCommand(), {}), "guard state");
}

WatchdogResult PodWatchdog::keep(const ssh::SshTarget& target, int minutes)
{
    return resultOf(run(target, keepCommand(minutes), {}), "guard keep");
}

} // namespace autopod::guard
