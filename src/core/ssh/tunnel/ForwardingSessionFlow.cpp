// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ForwardingSession's flow control: how much each channel may take from the pod (its SSH window,
// sized from the round trip), what waits in the local buffers, and the statistics it publishes.
#include "core/ssh/tunnel/ForwardingSession.h"
#include "core/ssh/tunnel/ForwardingSessionConn.h"

#include <algorithm>
#include <cerrno>
#include <libssh/libssh.h>
#include <sys/socket.h>

namespace autopod::ssh {

namespace {
constexpr qint64 statsIntervalMs = 50;
} // namespace

// The data callback. When nothing waits for the local client, the data goes straight to its socket
// (one copy less, and no extra turn of the loop); what the socket does not take is kept if it fits
// in this channel's share of the local buffers, and libssh keeps the rest (and, while it keeps data,
// grants the pod no more window).
qsizetype ForwardingSession::accept(Conn& c, const char* data, qsizetype offered)
{
    c.dirty = true;
    const qint64 before = c.held();
    qsizetype sent = 0;
    if (!c.probe && c.fd >= 0 && !c.localGone && c.pending() == 0) {
        const ssize_t n = ::send(c.fd, data, size_t(offered), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0)
            sent = qsizetype(n);
        else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            c.localGone = true; // the loop closes it
    }
    if (c.localGone) { // nobody to deliver to: dropped with the connection, which the loop closes
        c.libsshHeld = 0;
        c.remoteBacklog = false;
        m_heldTotal += c.held() - before;
        return offered;
    }
    qsizetype take = offered - sent;
    if (c.probe) {
        // The verification reads only the start of the answer; libssh keeps the rest (see checkProbe).
        take = std::clamp<qsizetype>(kProbeMaxBytes - c.toLocal.size(), 0, offered);
    } else {
        qint64 pendingTotal = 0;
        for (const auto& other : m_conns)
            pendingTotal += other->pending();
        const qint64 room = std::min(flow::localBufferPerChannel - c.pending(), flow::localBufferTotal - pendingTotal);
        take = qsizetype(std::clamp<qint64>(room, 0, offered - sent));
    }
    c.libsshHeld = offered - sent - take;
    c.remoteBacklog = c.libsshHeld > 0;
    if (take > 0) {
        if (c.toLocalPos > 0 && c.pending() == 0)
            c.resetToLocal();
        c.toLocal.append(data + sent, take);
    }
    c.received += sent + take;
    c.consumedSinceGrant += sent + take;
    c.delivered += sent;
    m_heldTotal += c.held() - before;
    notePeaks(c);
    return sent + take;
}

void ForwardingSession::notePeaks(Conn& c)
{
    c.peakHeld = std::max(c.peakHeld, c.held());
    c.peakInFlight = std::max(c.peakInFlight, c.received + c.libsshHeld - c.receivedAtGrant);
    m_peakHeldTotal = std::max(m_peakHeldTotal, m_heldTotal);
}

// Bytes read from libssh's buffer (what it kept when we refused them).
void ForwardingSession::taken(Conn& c, const char* data, qsizetype n)
{
    const qint64 before = c.held();
    c.toLocal.append(data, n);
    c.libsshHeld = std::max<qint64>(0, c.libsshHeld - n);
    c.received += n;
    c.consumedSinceGrant += n;
    m_heldTotal += c.held() - before;
    notePeaks(c);
}

void ForwardingSession::written(Conn& c, qsizetype n)
{
    c.toLocalPos += n;
    c.delivered += n;
    m_heldTotal -= n;
}

// The channel is open: its open took one round trip to the pod. The window follows the fastest
// round trip seen in this session (a slow open on a busy machine must not inflate it), within the
// session's budget.
void ForwardingSession::opened(Conn& c)
{
    c.rttMs = double(c.openTimer.nsecsElapsed()) / 1e6;
    m_minRttMs = m_minRttMs > 0 ? std::min(m_minRttMs, c.rttMs) : c.rttMs;
    if (c.probe || !flow::windowGrowthAvailable())
        return;
    c.windowRttMs = m_minRttMs;
    qint64 window = flow::windowForRoundTrip(m_minRttMs);
    if (window > 0) {
        window = std::min(window, flow::sessionWindowBudget - m_enlargedWindows);
        if (window <= flow::libsshWindow)
            window = 0;
    }
    c.window = window;
    m_enlargedWindows += window;
    growWindow(c, true);
}

// libssh 0.10 has no window setter, but ssh_channel_read_timeout() grows the window to `count` minus
// what it buffers when asked for more than buffer + window: asked for the channel's window with
// nothing buffered and a zero timeout, it sends one WINDOW_ADJUST up to that size and returns what
// arrived meanwhile. Done right after the open (so the first response already has the whole window,
// not libssh's initial 64,000 bytes) and then after every quarter of a window the local client took,
// as long as it keeps up; never while libssh holds data we refused. A channel's window only shrinks
// later, when a faster channel open shows the link is nearer than its own open suggested.
void ForwardingSession::growWindow(Conn& c, bool atOpen)
{
    if (c.probe || !flow::windowGrowthAvailable() || c.state != Conn::State::Open || !c.channel)
        return;
    if (c.remoteBacklog || c.remoteEof || c.remoteClosed)
        return;
    if (!atOpen &&
        (c.window == 0 || c.consumedSinceGrant < c.window / 4 || c.pending() > flow::localBufferPerChannel / 2))
        return;
    if (!atOpen && m_minRttMs < c.windowRttMs) {
        // A faster open since (the first ones may have waited for a busy CPU): the link is nearer.
        const qint64 window = std::min(c.window, flow::windowForRoundTrip(m_minRttMs));
        m_enlargedWindows -= c.window - window;
        c.window = window;
        c.windowRttMs = m_minRttMs;
        if (window == 0)
            return; // libssh's own window from now on
    }
    const qint64 target = c.window > 0 ? c.window : flow::libsshWindow;
    if (qint64(m_windowScratchSize) < target) {
        m_windowScratch = std::make_unique_for_overwrite<char[]>(size_t(target));
        m_windowScratchSize = size_t(target);
    }
    c.consumedSinceGrant = 0;
    c.receivedAtGrant = c.received; // libssh holds nothing: the pod may now send `target` more
    const int n = ssh_channel_read_timeout(c.channel, m_windowScratch.get(), uint32_t(target), 0, 0);
    if (n > 0)
        taken(c, m_windowScratch.get(), n);
}

void ForwardingSession::publishStats(bool now)
{
    if (!m_stats || (!now && m_nowMs < m_nextStatsAt))
        return;
    m_nextStatsAt = m_nowMs + statsIntervalMs;
    TunnelFlowSnapshot s;
    s.windowMode = flow::windowMode();
    s.sessionRttMs = m_minRttMs;
    s.heldTotal = m_heldTotal;
    s.peakHeldTotal = m_peakHeldTotal;
    for (const auto& c : m_conns)
        if (!c->probe && !c->spare && c->state != Conn::State::Closed)
            s.channels.push_back(c->stats());
    m_stats->publish(s);
}

} // namespace autopod::ssh
