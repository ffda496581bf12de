// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <deque>
#include <vector>

namespace autopod::ssh {

// How much one tunnel channel lets the pod send before it hears back (the SSH receive window), and
// how much the tunnel may hold for a local client that does not read. One place for these numbers;
// docs/tunnel.md explains them.
namespace flow {

// libssh 0.10 opens channels with a 64,000-byte window and tops it up to this (WINDOWBASE) whenever
// it falls below half of it.
constexpr qint64 libsshWindow = 1280000;
// A channel's window covers the bandwidth-delay product of the link to the pod: the round trip of its
// channel open (the session's fastest) times this rate, a fast link's 128 MiB/s and half as much again
// (the window is topped up only after a quarter of it was used, and the top-up needs half a round trip
// to reach the pod)…
constexpr double windowRateBytesPerSecond = 192.0 * 1024 * 1024;
// …at most this much…
constexpr qint64 maxWindow = 8 * 1024 * 1024;
// …and all enlarged windows of one session together at most this much (the rest keep libssh's own).
constexpr qint64 sessionWindowBudget = 32 * 1024 * 1024;
// Bytes the tunnel buffers towards one local client beyond what the kernel takes; past this the
// channel stops accepting data and the window closes: the pod is throttled, nothing grows.
constexpr qint64 localBufferPerChannel = 4 * 1024 * 1024;
// The same for all channels of one session together.
constexpr qint64 localBufferTotal = 24 * 1024 * 1024;

// The window for a link with this round trip; 0 = keep libssh's own (the product is below it).
qint64 windowForRoundTrip(double rttMs);

// Whether this libssh lets the application grow a channel's window (0.10: ssh_channel_read_timeout()
// grows it to the size asked for; 0.11 and later keep their own fixed 2 MiB window).
bool windowGrowthAvailable();
// One line for logs and the benchmark: which window rule this process runs.
QString windowMode();

} // namespace flow

// What one channel did: sizes in bytes. "held" is what the tunnel holds for the local client
// (received from the pod, not yet written to the local socket): its own buffer plus what libssh
// keeps when the tunnel refuses more.
struct ChannelFlowStats
{
    quint64 id = 0;
    double openRttMs = 0;   // this channel's open round trip
    double windowRttMs = 0; // the session's round trip its window was sized for
    qint64 window = 0;      // the window it was given (libssh's own when not enlarged)
    qint64 held = 0;
    qint64 peakHeld = 0;
    // Bytes the pod sent beyond what the tunnel had received when it last granted the window: reaches
    // the window when the link, not the window, is what the pod waits for.
    qint64 peakInFlight = 0;
    qint64 received = 0;  // from the pod
    qint64 delivered = 0; // to the local client
    bool open = true;
};

struct TunnelFlowSnapshot
{
    QString windowMode;
    double sessionRttMs = 0; // the fastest channel open of the current session
    qint64 heldTotal = 0;
    qint64 peakHeldTotal = 0;
    qint64 largestWindow = 0;               // of every channel since the tunnel started, also those no longer listed
    std::vector<ChannelFlowStats> channels; // open ones, then the most recently closed
};

// Thread-safe: the tunnel thread publishes, anyone reads (tests, the benchmark, diagnostics).
class TunnelFlowStats
{
public:
    void publish(const TunnelFlowSnapshot& open);
    void channelClosed(const ChannelFlowStats& stats);
    TunnelFlowSnapshot snapshot() const;

private:
    mutable QMutex m_mutex;
    TunnelFlowSnapshot m_current;
    qint64 m_peakHeldTotal = 0;
    qint64 m_largestWindow = 0;
    std::deque<ChannelFlowStats> m_closed;
};

} // namespace autopod::ssh
