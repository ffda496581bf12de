// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/tunnel/ChannelFlow.h"

#include <QMutexLocker>

#include <algorithm>
#include <libssh/libssh.h>

namespace autopod::ssh::flow {

qint64 windowForRoundTrip(double rttMs)
{
    if (!(rttMs > 0))
        return 0;
    const double product = rttMs / 1000.0 * windowRateBytesPerSecond;
    if (product <= double(libsshWindow))
        return 0;
    return std::min<qint64>(maxWindow, qint64(product));
}

bool windowGrowthAvailable()
{
    // Compiled against 0.10 and running on 0.10: ssh_version() returns null when the runtime is older
    // than asked, so "not at least 0.11" is the check.
    // AUTOPOD_SSH_LIBSSH_WINDOW=1 keeps libssh's own window (to compare, and what libssh 0.11 does).
    static const bool available = LIBSSH_VERSION_INT < SSH_VERSION_INT(0, 11, 0) &&
                                  ssh_version(SSH_VERSION_INT(0, 11, 0)) == nullptr &&
                                  !qEnvironmentVariableIsSet("AUTOPOD_SSH_LIBSSH_WINDOW");
    return available;
}

QString windowMode()
{
    const QString version = QString::fromLatin1(ssh_version(0));
    if (windowGrowthAvailable())
        return QStringLiteral("adaptive window (round trip x %1 MiB/s, %2 MiB max; libssh %3)")
            .arg(windowRateBytesPerSecond / (1024 * 1024))
            .arg(maxWindow / (1024 * 1024))
            .arg(version);
    return QStringLiteral("libssh's own window (libssh %1%2)")
        .arg(version, qEnvironmentVariableIsSet("AUTOPOD_SSH_LIBSSH_WINDOW")
                          ? QStringLiteral(", AUTOPOD_SSH_LIBSSH_WINDOW set")
                          : QStringLiteral(": no window growth path"));
}

} // namespace autopod::ssh::flow

namespace autopod::ssh {

namespace {
constexpr size_t closedKept = 32;
}

void TunnelFlowStats::publish(const TunnelFlowSnapshot& open)
{
    QMutexLocker lock(&m_mutex);
    m_current = open;
    // The session's own peak (it sees every byte; publishing samples every 50 ms), kept across
    // reconnects.
    m_peakHeldTotal = std::max({m_peakHeldTotal, open.heldTotal, open.peakHeldTotal});
    for (const ChannelFlowStats& c : open.channels)
        m_largestWindow = std::max(m_largestWindow, c.window);
}

void TunnelFlowStats::channelClosed(const ChannelFlowStats& stats)
{
    QMutexLocker lock(&m_mutex);
    m_largestWindow = std::max(m_largestWindow, stats.window);
    m_closed.push_back(stats);
    m_closed.back().open = false;
    m_closed.back().held = 0;
    while (m_closed.size() > closedKept)
        m_closed.pop_front();
    std::erase_if(m_current.channels, [&](const ChannelFlowStats& c) { return c.id == stats.id; });
}

TunnelFlowSnapshot TunnelFlowStats::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    TunnelFlowSnapshot s = m_current;
    s.peakHeldTotal = std::max(m_peakHeldTotal, s.heldTotal);
    s.largestWindow = m_largestWindow;
    for (auto it = m_closed.rbegin(); it != m_closed.rend(); ++it)
        s.channels.push_back(*it);
    return s;
}

} // namespace autopod::ssh
