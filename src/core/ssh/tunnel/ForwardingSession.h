// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/ssh/tunnel/ChannelFlow.h"
#include "core/ssh/tunnel/TunnelConfig.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <libssh/libssh.h>

namespace autopod::ssh {

class SshConnection;

// The inner loop of the tunnel while one SSH session is up: accepts local connections and forwards
// each over its own direct-tcpip channel, probes GET /system_stats, sends keepalives. Non-blocking
// libssh I/O driven by one ssh_event poll over the SSH socket, the listener, a wake-up fd and every
// local socket. Lives entirely on the tunnel thread.
//
// Flow control per channel (numbers in ChannelFlow.h): the receive window is sized for the round trip
// to the pod, and re-granted only while the local client keeps up; a client that stops reading fills
// a bounded buffer, then the window closes and the pod waits.
class ForwardingSession
{
public:
    enum class Outcome
    {
        Stopped,     // stop requested
        Dropped,     // the SSH connection broke: reconnect
        VerifyFailed // ComfyUI never answered within verifyTimeoutMs
    };

    struct Callbacks
    {
        std::function<void()> verifying;
        std::function<void(int latencyMs)> verified;
    };

    ForwardingSession(const TunnelConfig& config, SshConnection& connection, int listenFd, int wakeFd, int localPort,
                      const std::atomic<bool>& stop, TunnelFlowStats* stats = nullptr);
    ~ForwardingSession();

    Outcome run(const Callbacks& callbacks);
    QString detail() const { return m_detail; }

    // ComfyUI's answer to the verification GET is about 1 KB: a larger one is not read on (and fails
    // the check), so a broken or hostile pod cannot fill the tunnel's memory through it.
    static constexpr qsizetype kProbeMaxBytes = 64 * 1024;

    struct Conn; // one local connection and its channel (or the verification probe)

    // Called by the channel data callback: how much of `offered` bytes the tunnel takes now.
    qsizetype accept(Conn& c, const char* data, qsizetype offered);

private:
    void acceptAll();
    void openChannel(Conn& c);
    void service(Conn& c);
    void updateInterest(Conn& c);
    void closeConn(Conn& c);
    void startProbe();
    void checkProbe(const Callbacks& callbacks);
    void requestQuickAck();
    void opened(Conn& c);
    void growWindow(Conn& c, bool atOpen);
    void taken(Conn& c, const char* data, qsizetype n);
    void written(Conn& c, qsizetype n);
    void publishStats(bool now);
    void notePeaks(Conn& c);
    void maintainSpare();
    static int onLocalEvents(int epollFd, int revents, void* self);

    const TunnelConfig& m_config;
    SshConnection& m_connection;
    ssh_session_struct* m_session;
    ssh_event_struct* m_event = nullptr;
    int m_listenFd;
    int m_wakeFd;
    int m_epollFd = -1; // the local sockets, the listener and m_wakeFd (see updateInterest())
    int m_localPort;
    const std::atomic<bool>& m_stop;
    std::vector<std::unique_ptr<Conn>> m_conns;
    Conn* m_probe = nullptr;
    Conn* m_spare = nullptr;
    qint64 m_nextSpareAt = 0;
    qint64 m_lastLocalConnAt = 0; // m_nowMs of the last local connection (or of the verification)
    bool m_listenReady = false;
    bool m_verified = false;
    QElapsedTimer m_sinceUp;
    qint64 m_nowMs = 0; // m_sinceUp, read once per turn of the loop (after the poll)
    QElapsedTimer m_probeTimer;
    qint64 m_nextProbeAt = 0;
    qint64 m_nextKeepaliveAt = 0;
    QString m_detail;
    QByteArray m_buffer;
    std::unique_ptr<char[]> m_windowScratch; // ssh_channel_read_timeout() may copy up to a window into it
    size_t m_windowScratchSize = 0;
    TunnelFlowStats* m_stats;
    quint64 m_nextConnId = 1;
    double m_minRttMs = 0;        // the fastest channel open so far: the link's round trip
    qint64 m_enlargedWindows = 0; // sum of the windows above libssh's own
    qint64 m_heldTotal = 0;       // received from the pod, not yet written to local clients
    qint64 m_peakHeldTotal = 0;
    qint64 m_nextStatsAt = 0;
    ssh_counter_struct m_socketCounter{}; // bytes libssh moved through the SSH socket
    quint64 m_quickAckSentBytes = 0;      // m_socketCounter.out_bytes when quick ACKs were last re-armed
    bool m_quickAckArmed = false;
};

} // namespace autopod::ssh
