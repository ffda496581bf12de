// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/shell/ShellWorker.h"

#include <QCoreApplication>

#include "core/ssh/SshConnection.h"

#include <QLoggingCategory>
#include <QMutexLocker>

#include <algorithm>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcShell, "autopod.ssh.shell")

namespace autopod::ssh {

namespace {

struct ChannelState
{
    const std::atomic<qint64>* undelivered = nullptr;
    QByteArray output;
    int exitStatus = -1;
    bool closed = false;
    bool eof = false;
};

// What the consumer may still be sent before it acknowledges some.
qint64 room(const ChannelState& state)
{
    return std::max<qint64>(0, ShellWorker::kMaxUndelivered - state.undelivered->load() - state.output.size());
}

int onData(ssh_session, ssh_channel, void* data, uint32_t len, int, void* userdata)
{
    // What is not taken stays in libssh's channel buffer, which holds the window back: the pod waits.
    auto* state = static_cast<ChannelState*>(userdata);
    const qint64 n = std::min<qint64>(len, room(*state));
    state->output.append(static_cast<const char*>(data), qsizetype(n));
    return int(n);
}

// Takes what libssh buffered while the consumer was behind, as far as there is room again.
void takeBuffered(ssh_channel channel, ChannelState& state)
{
    char buffer[16384];
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        for (;;) {
            const qint64 want = std::min<qint64>(sizeof buffer, room(state));
            if (want <= 0 || ssh_channel_poll(channel, isStderr) <= 0)
                break;
            const int n = ssh_channel_read_nonblocking(channel, buffer, uint32_t(want), isStderr);
            if (n <= 0)
                break;
            state.output.append(buffer, n);
        }
    }
}

bool hasBuffered(ssh_channel channel)
{
    return ssh_channel_poll(channel, 0) > 0 || ssh_channel_poll(channel, 1) > 0;
}

void onEof(ssh_session, ssh_channel, void* userdata)
{
    static_cast<ChannelState*>(userdata)->eof = true;
}

void onClose(ssh_session, ssh_channel, void* userdata)
{
    static_cast<ChannelState*>(userdata)->closed = true;
}

void onExitStatus(ssh_session, ssh_channel, int status, void* userdata)
{
    static_cast<ChannelState*>(userdata)->exitStatus = status;
}

int onWake(socket_t fd, int, void*)
{
    quint64 v;
    while (::read(fd, &v, sizeof(v)) > 0) {
    }
    return 0;
}

} // namespace

ShellWorker::ShellWorker(SshTarget target, ShellOptions options)
    : m_target(std::move(target))
    , m_options(std::move(options))
    , m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC))
{}

ShellWorker::~ShellWorker()
{
    if (m_wakeFd >= 0)
        ::close(m_wakeFd);
}

void ShellWorker::wake()
{
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_wakeFd, &one, sizeof(one));
}

void ShellWorker::enqueueWrite(const QByteArray& bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_input.append(bytes);
    }
    wake();
}

void ShellWorker::requestResize(int cols, int rows)
{
    {
        QMutexLocker lock(&m_mutex);
        m_cols = cols;
        m_rows = rows;
        m_resize = true;
    }
    wake();
}

void ShellWorker::requestEof()
{
    {
        QMutexLocker lock(&m_mutex);
        m_eof = true;
    }
    wake();
}

void ShellWorker::requestClose()
{
    m_close = true;
    wake();
}

void ShellWorker::acknowledge(qint64 bytes)
{
    const qint64 before = m_undelivered.fetch_sub(bytes);
    if (before >= kMaxUndelivered && before - bytes < kMaxUndelivered)
        wake(); // the worker may have stopped taking data: there is room again
}

void ShellWorker::run()
{
    SshConnection connection;
    SshError error;
    QString warning;
    const bool ok = connection.open(m_target, &error, &warning);
    if (!warning.isEmpty())
        Q_EMIT warningRaised(warning);
    if (!ok) {
        Q_EMIT failed(error.message);
        return;
    }
    ssh_session session = connection.handle();
    ssh_channel channel = ssh_channel_new(session);
    const QByteArray term = m_options.term.toUtf8();
    const QByteArray command = m_options.command.toUtf8();
    if (!channel || ssh_channel_open_session(channel) != SSH_OK ||
        ssh_channel_request_pty_size(channel, term.constData(), m_options.cols, m_options.rows) != SSH_OK ||
        (command.isEmpty() ? ssh_channel_request_shell(channel)
                           : ssh_channel_request_exec(channel, command.constData())) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(session));
        if (channel)
            ssh_channel_free(channel);
        Q_EMIT failed(QCoreApplication::translate("SshShell", "The pod refused the terminal session: %1").arg(why));
        return;
    }
    qCInfo(lcShell) << "shell open on" << m_target.host << m_target.port << "pty" << m_options.cols << "x"
                    << m_options.rows;
    Q_EMIT started();

    ChannelState state;
    state.undelivered = &m_undelivered;
    ssh_channel_callbacks_struct callbacks{};
    ssh_callbacks_init(&callbacks);
    callbacks.userdata = &state;
    callbacks.channel_data_function = onData;
    callbacks.channel_eof_function = onEof;
    callbacks.channel_close_function = onClose;
    callbacks.channel_exit_status_function = onExitStatus;
    ssh_set_channel_callbacks(channel, &callbacks);
    ssh_set_blocking(session, 0);
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session);
    ssh_event_add_fd(event, m_wakeFd, POLLIN, onWake, nullptr);

    QByteArray pending;
    bool eofSent = false;
    QString failure;
    while (!m_close.load()) {
        const int rc = ssh_event_dopoll(event, 1000);
        takeBuffered(channel, state);
        if (!state.output.isEmpty()) {
            m_undelivered += state.output.size();
            Q_EMIT dataReceived(state.output);
            state.output.clear();
        }
        if (state.closed && !hasBuffered(channel))
            break;
        if (rc == SSH_ERROR || !ssh_is_connected(session) ||
            (ssh_get_status(session) & (SSH_CLOSED | SSH_CLOSED_ERROR))) {
            failure = QCoreApplication::translate("SshShell", "The connection to the pod was lost: %1")
                          .arg(QString::fromUtf8(ssh_get_error(session)));
            break;
        }
        bool resize = false;
        bool eof = false;
        int cols = 0;
        int rows = 0;
        {
            QMutexLocker lock(&m_mutex);
            pending.append(m_input);
            m_input.clear();
            std::swap(resize, m_resize);
            eof = m_eof;
            cols = m_cols;
            rows = m_rows;
        }
        if (resize)
            ssh_channel_change_pty_size(channel, cols, rows);
        if (!pending.isEmpty()) {
            const int n = ssh_channel_write(channel, pending.constData(), uint32_t(pending.size()));
            if (n > 0)
                pending.remove(0, n);
        }
        if (eof && pending.isEmpty() && !eofSent) {
            ssh_channel_send_eof(channel);
            eofSent = true;
        }
    }
    ssh_remove_channel_callbacks(channel, &callbacks);
    ssh_event_remove_fd(event, m_wakeFd);
    ssh_event_remove_session(event, session);
    ssh_event_free(event);
    if (ssh_channel_is_open(channel))
        ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (!state.output.isEmpty()) {
        m_undelivered += state.output.size();
        Q_EMIT dataReceived(state.output);
    }
    if (!failure.isEmpty() && !state.closed) {
        Q_EMIT failed(failure);
        return;
    }
    qCInfo(lcShell) << "shell ended with exit status" << state.exitStatus;
    Q_EMIT finished(state.exitStatus);
}

} // namespace autopod::ssh
