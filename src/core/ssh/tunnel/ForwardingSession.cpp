// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/ForwardingSession.h"
#include "core/ssh/tunnel/ForwardingSessionConn.h"

#include <QCoreApplication>

#include "core/ssh/SshConnection.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTunnelIo, "autopod.ssh.tunnel")

namespace autopod::ssh {

namespace {
constexpr qsizetype ioChunk = 256 * 1024;
// A spare channel is replaced after this long unused, well before a server would drop an idle
// connection that never sent a request.
constexpr qint64 spareMaxAgeMs = 4000;
constexpr qint64 spareRetryMs = 1000;
constexpr int probeAttemptTimeoutMs = 10000;
constexpr int probeRetryMs = 1000;
} // namespace

namespace {

int onChannelData(ssh_session, ssh_channel, void* data, uint32_t len, int isStderr, void* userdata)
{
    auto* c = static_cast<ForwardingSession::Conn*>(userdata);
    if (isStderr)
        return int(len);
    return int(c->owner->accept(*c, static_cast<const char*>(data), qsizetype(len)));
}

void onChannelEof(ssh_session, ssh_channel, void* userdata)
{
    auto* c = static_cast<ForwardingSession::Conn*>(userdata);
    c->remoteEof = true;
    c->dirty = true;
}

void onChannelClose(ssh_session, ssh_channel, void* userdata)
{
    auto* c = static_cast<ForwardingSession::Conn*>(userdata);
    c->remoteClosed = true;
    c->remoteEof = true;
    c->dirty = true;
}

void drainWakeFd(int fd)
{
    quint64 value;
    while (::read(fd, &value, sizeof(value)) > 0) {
    }
}

bool sessionAlive(ssh_session s)
{
    return ssh_is_connected(s) && (ssh_get_status(s) & (SSH_CLOSED | SSH_CLOSED_ERROR)) == 0;
}

} // namespace

ForwardingSession::ForwardingSession(const TunnelConfig& config, SshConnection& connection, int listenFd, int wakeFd,
                                     int localPort, const std::atomic<bool>& stop, TunnelFlowStats* stats)
    : m_config(config)
    , m_connection(connection)
    , m_session(connection.handle())
    , m_listenFd(listenFd)
    , m_wakeFd(wakeFd)
    , m_localPort(localPort)
    , m_stop(stop)
    , m_stats(stats)
{
    m_buffer.resize(ioChunk);
    ssh_set_counters(m_session, &m_socketCounter, nullptr);
}

ForwardingSession::~ForwardingSession()
{
    for (auto& c : m_conns)
        closeConn(*c);
    m_conns.clear();
    if (m_event) {
        if (m_epollFd >= 0)
            ssh_event_remove_fd(m_event, m_epollFd);
        ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
    }
    if (m_epollFd >= 0)
        ::close(m_epollFd);
    ssh_set_counters(m_session, nullptr, nullptr);
}

void ForwardingSession::closeConn(Conn& c)
{
    if (c.state == Conn::State::Closed)
        return;
    m_heldTotal -= c.held();
    m_enlargedWindows -= c.window;
    c.state = Conn::State::Closed;
    if (m_stats && !c.probe && !c.spare)
        m_stats->channelClosed(c.stats());
    if (c.fd >= 0) {
        if (c.inEpoll)
            ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.fd = -1;
    }
    if (c.channel) {
        ssh_remove_channel_callbacks(c.channel, &c.callbacks);
        if (sessionAlive(m_session) && ssh_channel_is_open(c.channel))
            ssh_channel_close(c.channel);
        ssh_channel_free(c.channel);
        c.channel = nullptr;
    }
}

void ForwardingSession::acceptAll()
{
    for (;;) {
        const int fd = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0)
            return;
        const int one = 1; // small HTTP/WebSocket writes must not wait for Nagle
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
        m_lastLocalConnAt = m_nowMs;
        if (m_spare && m_spare->state != Conn::State::Closed && !m_spare->remoteEof &&
            m_nowMs - m_spare->bornAtMs < spareMaxAgeMs) {
            // The channel is already open: the request goes out now, one round trip earlier.
            Conn& c = *m_spare;
            m_spare = nullptr;
            c.spare = false;
            c.fd = fd;
            c.revents |= POLLIN;
            c.dirty = true;
            continue;
        }
        auto c = std::make_unique<Conn>();
        c->owner = this;
        c->id = m_nextConnId++;
        c->fd = fd;
        openChannel(*c);
        m_conns.push_back(std::move(c));
    }
}

// Once ComfyUI answers, one channel to it is kept open ahead of need, so that a new local
// connection (a browser opens them all the time) does not wait a round trip for its channel. It is
// renewed only while local connections come: a tunnel nobody uses for spareIdleMs stops opening a
// connection to ComfyUI every few seconds, and the next local connection opens its own (one round
// trip, as with ssh -L) and brings the spare back.
void ForwardingSession::maintainSpare()
{
    if (m_spare &&
        (m_spare->state == Conn::State::Closed || m_spare->remoteEof || m_nowMs - m_spare->bornAtMs >= spareMaxAgeMs)) {
        if (m_spare->state != Conn::State::Open)
            m_nextSpareAt = m_nowMs + spareRetryMs; // refused: ComfyUI is not there
        closeConn(*m_spare);
        m_spare = nullptr;
    }
    if (m_spare || !m_verified || m_nowMs < m_nextSpareAt || m_nowMs - m_lastLocalConnAt >= m_config.spareIdleMs)
        return;
    auto c = std::make_unique<Conn>();
    c->owner = this;
    c->id = m_nextConnId++;
    c->spare = true;
    c->bornAtMs = m_nowMs;
    openChannel(*c);
    m_spare = c.get();
    m_conns.push_back(std::move(c));
}

void ForwardingSession::openChannel(Conn& c)
{
    c.channel = ssh_channel_new(m_session);
    if (!c.channel) {
        closeConn(c);
        return;
    }
    ssh_callbacks_init(&c.callbacks);
    c.callbacks.userdata = &c;
    c.callbacks.channel_data_function = onChannelData;
    c.callbacks.channel_eof_function = onChannelEof;
    c.callbacks.channel_close_function = onChannelClose;
    ssh_set_channel_callbacks(c.channel, &c.callbacks);
}

void ForwardingSession::startProbe()
{
    auto c = std::make_unique<Conn>();
    c->owner = this;
    c->id = m_nextConnId++;
    c->probe = true;
    openChannel(*c);
    m_probe = c.get();
    m_probeTimer.start();
    m_conns.push_back(std::move(c));
}

void ForwardingSession::service(Conn& c)
{
    c.dirty = false;
    if (c.localGone) {
        closeConn(c);
        return;
    }
    if (c.state == Conn::State::Opening) {
        const QByteArray host = m_config.remoteHost.toUtf8();
        if (!c.openSent) {
            c.openSent = true;
            c.openTimer.start();
        }
        const int rc =
            ssh_channel_open_forward(c.channel, host.constData(), m_config.remotePort, "127.0.0.1", m_localPort);
        if (rc == SSH_AGAIN)
            return;
        if (rc != SSH_OK) {
            qCDebug(lcTunnelIo) << "channel to pod port" << m_config.remotePort
                                << "refused:" << ssh_get_error(m_session);
            closeConn(c);
            return;
        }
        c.state = Conn::State::Open;
        c.revents |= POLLIN; // data may already be waiting on the local socket
        opened(c);
    }
    if (c.state != Conn::State::Open)
        return;

    if (c.probe && !c.requestSent) {
        const QByteArray request = "GET " + m_config.verifyPath.toUtf8() +
                                   " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(m_config.remotePort) +
                                   "\r\nUser-Agent: autopod-tunnel-check\r\nConnection: close\r\n\r\n";
        if (ssh_channel_write(c.channel, request.constData(), uint32_t(request.size())) != request.size()) {
            closeConn(c);
            return;
        }
        c.requestSent = true;
    }

    // Pod → local.
    while (c.fd >= 0) {
        while (c.pending() > 0) {
            const ssize_t n =
                ::send(c.fd, c.toLocal.constData() + c.toLocalPos, size_t(c.pending()), MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                written(c, n);
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                break;
            closeConn(c); // the local client went away
            return;
        }
        if (c.pending() == 0) {
            c.resetToLocal();
        } else if (c.toLocalPos > flow::localBufferPerChannel) {
            c.toLocal.remove(0, c.toLocalPos);
            c.toLocalPos = 0;
        }
        if (c.pending() > 0 || !c.remoteBacklog)
            break;
        c.remoteBacklog = false;
        const int n = ssh_channel_read_nonblocking(c.channel, m_buffer.data(), uint32_t(m_buffer.size()), 0);
        if (n <= 0) {
            m_heldTotal -= c.libsshHeld; // libssh's buffer is empty
            c.libsshHeld = 0;
            break;
        }
        taken(c, m_buffer.constData(), n);
        c.remoteBacklog = true; // there may be more; checked again once this is written
    }
    growWindow(c, false);

    // Local → pod.
    if (c.fd >= 0 && !c.localEof && ((c.revents & (POLLIN | POLLHUP | POLLERR)) || c.windowBlocked)) {
        c.windowBlocked = false;
        for (int round = 0; round < 16; ++round) {
            if (!c.toRemote.isEmpty()) {
                const int w = ssh_channel_write(c.channel, c.toRemote.constData(), uint32_t(c.toRemote.size()));
                if (w < 0) {
                    closeConn(c);
                    return;
                }
                c.toRemote.remove(0, w);
                if (!c.toRemote.isEmpty()) {
                    c.windowBlocked = true;
                    break;
                }
            }
            const uint32_t window = ssh_channel_window_size(c.channel);
            if (window == 0) {
                c.windowBlocked = true;
                break;
            }
            const size_t wanted = std::min<size_t>(window, size_t(m_buffer.size()));
            const ssize_t n = ::recv(c.fd, m_buffer.data(), wanted, 0);
            if (n > 0) {
                const int w = ssh_channel_write(c.channel, m_buffer.constData(), uint32_t(n));
                if (w < 0) {
                    closeConn(c);
                    return;
                }
                if (w < n)
                    c.toRemote.append(m_buffer.constData() + w, n - w);
                if (size_t(n) < wanted)
                    break; // drained for now: poll says when more arrives (one recv saved per request)
                continue;
            }
            if (n == 0) {
                c.localEof = true;
                ssh_channel_send_eof(c.channel);
                break;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                break;
            closeConn(c);
            return;
        }
    }
    c.revents = 0;

    if (c.fd >= 0 && c.remoteEof && c.pending() == 0 && !c.remoteBacklog && !c.shutWrSent) {
        ::shutdown(c.fd, SHUT_WR);
        c.shutWrSent = true;
    }
    const bool drained = c.pending() == 0 && !c.remoteBacklog;
    if (!c.probe && drained && (c.remoteClosed || (c.remoteEof && c.localEof)))
        closeConn(c);
}

// The local sockets, the listener and the wake-up fd are watched by the session's own epoll, which
// sits in libssh's poll beside the SSH socket: a turn of the loop (libssh reads at most 4 KiB from the
// pod per poll) costs the same however many connections are open, and only the connections with an
// event are looked at.
void ForwardingSession::updateInterest(Conn& c)
{
    if (c.fd < 0 || c.state != Conn::State::Open)
        return;
    short wanted = 0;
    if (!c.localEof && !c.windowBlocked)
        wanted |= POLLIN;
    if (c.pending() > 0)
        wanted |= POLLOUT;
    if (wanted == c.registered)
        return;
    if (wanted == 0) {
        // Out of the epoll, not just with no events: epoll reports a hang-up or an error even then,
        // and the loop would turn without end for a connection that waits for the pod.
        ::epoll_ctl(m_epollFd, EPOLL_CTL_DEL, c.fd, nullptr);
        c.inEpoll = false;
        c.registered = 0;
        return;
    }
    epoll_event ev{};
    ev.events = uint32_t(wanted);
    ev.data.ptr = &c;
    if (::epoll_ctl(m_epollFd, c.inEpoll ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, c.fd, &ev) == 0) {
        c.inEpoll = true;
        c.registered = wanted;
    }
}

int ForwardingSession::onLocalEvents(int fd, int, void* self)
{
    auto* session = static_cast<ForwardingSession*>(self);
    // Level-triggered: one look per turn; whatever is left over is still ready on the next.
    epoll_event events[64];
    const int n = ::epoll_wait(fd, events, 64, 0);
    for (int i = 0; i < n; ++i) {
        void* const what = events[i].data.ptr;
        if (what == &session->m_listenFd) {
            session->m_listenReady = true;
            continue;
        }
        if (what == &session->m_wakeFd) {
            drainWakeFd(session->m_wakeFd);
            continue;
        }
        auto* c = static_cast<Conn*>(what);
        c->revents |= short(events[i].events & (EPOLLIN | EPOLLOUT | EPOLLERR | EPOLLHUP));
        c->dirty = true;
    }
    return 0;
}

void ForwardingSession::checkProbe(const Callbacks& callbacks)
{
    if (m_probe) {
        Conn& p = *m_probe;
        const bool tooLarge = p.toLocal.size() >= kProbeMaxBytes;
        const bool finished = p.state == Conn::State::Closed || p.remoteEof || p.remoteClosed;
        const bool timedOut = m_probeTimer.elapsed() > probeAttemptTimeoutMs;
        if (!finished && !timedOut && !tooLarge)
            return;
        const QByteArray response = p.toLocal.left(kProbeMaxBytes);
        const bool ok =
            finished && !tooLarge && (response.startsWith("HTTP/1.1 200") || response.startsWith("HTTP/1.0 200"));
        const int latencyMs = int(m_probeTimer.elapsed());
        closeConn(p);
        m_probe = nullptr;
        if (ok) {
            m_verified = true;
            m_lastLocalConnAt = m_nowMs; // a spare from now on, as if a connection had just come
            m_detail.clear();
            qCInfo(lcTunnelIo) << "tunnel verified: GET" << m_config.verifyPath << "answered in" << latencyMs << "ms";
            callbacks.verified(latencyMs);
            return;
        }
        const qsizetype lineEnd = response.indexOf('\r');
        const QByteArray statusLine = response.left(lineEnd < 0 ? 200 : std::min<qsizetype>(lineEnd, 200));
        m_detail = tooLarge
                       ? QCoreApplication::translate("SshTunnel", "the pod's port %1 answered with more than %2 KiB")
                             .arg(m_config.remotePort)
                             .arg(kProbeMaxBytes / 1024)
                   : statusLine.isEmpty()
                       ? QCoreApplication::translate("SshTunnel", "nothing answers on the pod's port %1 yet")
                             .arg(m_config.remotePort)
                       : QCoreApplication::translate("SshTunnel", "the pod's port %1 answered \"%2\"")
                             .arg(m_config.remotePort)
                             .arg(QString::fromLatin1(statusLine));
        m_nextProbeAt = m_nowMs + probeRetryMs;
        return;
    }
    if (!m_verified && m_nowMs >= m_nextProbeAt)
        startProbe();
}

// sshd leaves Nagle on for forwarding sessions, so a reply it writes while an earlier small packet is
// still unacknowledged (typically CHANNEL_OPEN_CONFIRMATION right after the CHANNEL_CLOSE of the previous
// connection) waits for our ACK, and Linux delays that ACK by up to 40 ms. Linux delays ACKs in its
// interactive ("pingpong") mode, which a socket enters when it sends soon after it received; TCP_QUICKACK
// leaves that mode until the socket sends again. So it is re-armed before a wait whenever libssh has
// written to the socket since the last time (its socket counter), not on every turn of the loop: during
// a download that would be a system call, and an ACK, for every 4 KiB.
void ForwardingSession::requestQuickAck()
{
    if (m_quickAckArmed && m_socketCounter.out_bytes == m_quickAckSentBytes)
        return;
    const socket_t fd = ssh_get_fd(m_session);
    const int one = 1;
    if (fd != SSH_INVALID_SOCKET)
        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof(one));
    m_quickAckArmed = true;
    m_quickAckSentBytes = m_socketCounter.out_bytes;
}

ForwardingSession::Outcome ForwardingSession::run(const Callbacks& callbacks)
{
    m_sinceUp.start();
    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK) {
        m_detail = QStringLiteral("libssh could not set up polling");
        return Outcome::Dropped;
    }
    m_epollFd = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epollFd < 0) {
        m_detail = QStringLiteral("could not set up polling (epoll)");
        return Outcome::Dropped;
    }
    for (int* fd : {&m_listenFd, &m_wakeFd}) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = fd;
        ::epoll_ctl(m_epollFd, EPOLL_CTL_ADD, *fd, &ev);
    }
    ssh_event_add_fd(m_event, m_epollFd, POLLIN, onLocalEvents, this);
    callbacks.verifying();
    startProbe();
    m_nextKeepaliveAt = m_config.keepaliveIntervalMs;

    for (;;) {
        if (m_stop.load())
            return Outcome::Stopped;
        // m_nowMs is from just after the last poll; the loop's work since then is short.
        qint64 timeout = std::min<qint64>(1000, m_nextKeepaliveAt - m_nowMs);
        if (!m_verified && !m_probe)
            timeout = std::min<qint64>(timeout, m_nextProbeAt - m_nowMs);
        requestQuickAck();
        const int rc = ssh_event_dopoll(m_event, int(std::max<qint64>(0, timeout)));
        m_nowMs = m_sinceUp.elapsed();
        if (m_stop.load())
            return Outcome::Stopped;
        if (rc == SSH_ERROR || !sessionAlive(m_session)) {
            m_detail = QString::fromUtf8(ssh_get_error(m_session));
            if (m_detail.isEmpty())
                m_detail = QCoreApplication::translate("SshTunnel", "the SSH connection closed");
            return Outcome::Dropped;
        }
        if (m_listenReady) {
            m_listenReady = false;
            acceptAll();
        }
        for (auto& c : m_conns)
            if (c->needsService())
                service(*c);
        checkProbe(callbacks);
        maintainSpare();
        std::erase_if(m_conns, [](const std::unique_ptr<Conn>& c) { return c->state == Conn::State::Closed; });
        for (auto& c : m_conns)
            updateInterest(*c);
        publishStats(false);
        if (!m_verified && !m_probe && m_nowMs > m_config.verifyTimeoutMs) {
            m_detail =
                QCoreApplication::translate("SshTunnel", "ComfyUI did not answer GET %1 on the pod within %2 s (%3).")
                    .arg(m_config.verifyPath)
                    .arg(m_config.verifyTimeoutMs / 1000)
                    .arg(m_detail);
            return Outcome::VerifyFailed;
        }
        if (m_nowMs >= m_nextKeepaliveAt) {
            ssh_send_ignore(m_session, "");
            m_nextKeepaliveAt = m_nowMs + m_config.keepaliveIntervalMs;
        }
    }
}

} // namespace autopod::ssh
