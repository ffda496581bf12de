// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// One forwarded connection of a ForwardingSession (a local client and its SSH channel), shared by
// the session's two source files: ForwardingSession.cpp (the loop, channels, the probe) and
// ForwardingSessionFlow.cpp (flow control: the windows, the local buffers, the statistics).

#include "core/ssh/tunnel/ForwardingSession.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

namespace autopod::ssh {

struct ForwardingSession::Conn
{
    enum class State
    {
        Opening,
        Open,
        Closed
    };
    ForwardingSession* owner = nullptr;
    quint64 id = 0;
    int fd = -1; // -1 for the verification probe
    bool probe = false;
    bool spare = false;  // opened ahead, waiting for the next local connection
    qint64 bornAtMs = 0; // the session's clock (ForwardingSession::m_nowMs) when it was opened
    bool openSent = false;
    QElapsedTimer openTimer;
    double rttMs = 0;
    double windowRttMs = 0;        // the session's round trip the window was sized for
    qint64 window = 0;             // enlarged window (0 = libssh's own)
    qint64 consumedSinceGrant = 0; // taken from libssh since the window was last topped up
    qint64 libsshHeld = 0;         // what libssh keeps because we refused it
    qint64 received = 0;
    qint64 delivered = 0;
    qint64 peakHeld = 0;
    qint64 receivedAtGrant = 0; // received when the window was last granted: the pod may send `window` beyond
    qint64 peakInFlight = 0;
    ssh_channel channel = nullptr;
    ssh_channel_callbacks_struct callbacks{};
    State state = State::Opening;
    QByteArray toLocal;
    qsizetype toLocalPos = 0;
    QByteArray toRemote;
    bool remoteEof = false;
    bool remoteClosed = false;
    bool localGone = false;     // a write to the local client failed: it went away
    bool remoteBacklog = false; // libssh still holds data we refused (our buffer was full)
    bool localEof = false;
    bool shutWrSent = false;
    bool windowBlocked = false;
    bool requestSent = false;
    short revents = 0;
    short registered = 0; // the events the session's epoll watches on fd
    bool inEpoll = false;
    bool dirty = true; // something happened since the loop last serviced it (see needsService())

    qsizetype pending() const { return toLocal.size() - toLocalPos; }
    qint64 held() const { return pending() + libsshHeld; }
    // Whether the loop has anything to do for this connection in this iteration: an event on its
    // local socket or its channel, or a state that waits for the loop rather than for an event.
    bool needsService() const
    {
        return dirty || state == State::Opening || probe || windowBlocked || remoteBacklog || localGone;
    }
    // Empties the buffer towards the local client; a small allocation is kept for the next packet.
    void resetToLocal()
    {
        if (toLocal.capacity() <= keptBufferCapacity)
            toLocal.resize(0);
        else
            toLocal.clear();
        toLocalPos = 0;
    }
    static constexpr qsizetype keptBufferCapacity = 256 * 1024;

    ChannelFlowStats stats() const
    {
        ChannelFlowStats s;
        s.id = id;
        s.openRttMs = rttMs;
        s.windowRttMs = windowRttMs;
        s.window = window > 0 ? window : flow::libsshWindow;
        s.held = held();
        s.peakHeld = peakHeld;
        s.peakInFlight = peakInFlight;
        s.received = received;
        s.delivered = delivered;
        s.open = state != State::Closed;
        return s;
    }
};

} // namespace autopod::ssh
