// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Benchmark: autopod's tunnel vs OpenSSH `ssh -N -L` to the same simulated pod (a real sshd given
// each TCP connection), with the pod at 0, 20, 100 and 200 ms round trip (the simulator's delayed
// link). Prints numbers; not a test, not run in CI. Usage: tests/bench/run-bench.sh [--rtts 0,20,100,200]
// [--rounds 3] [--mb 256] [--stall-mb 1024] [--no-stall] [--fallback] [--only bulk,page,...]
//
// For each round trip, both tunnels are started fresh (so the peak memory is that row's) and measured
// alternately, in one run:
//   - bulk: one download of a large image (median of --rounds, alternating which tunnel goes first)
//   - 4 parallel downloads (total MiB/s, median)
//   - a 1 MiB and a 4 MiB image with a new connection per request (median ms)
//   - keep-alive small requests (GET /system_stats on 8 open connections; p50/p99 ms, from a child
//     process as a browser; each connection's first request apart, p50)
//   - a burst of 32 new connections at once (how many succeed)
//   - upload: a large POST to /upload/image (MiB/s, median)
//   - page load (at 100 ms): GET / and its front-end assets over 6 connections (median ms)
//   - the tunnel process's peak RSS (VmHWM)
//   - the CPU time each tunnel process used for the whole row (the same requests went through both)
// Then a local client that stops reading for 10 s during a 1 GiB download through autopod's tunnel
// at 100 ms: the tunnel's RSS while it waits, and the checksum of what finally arrived.
//
// autopod's tunnel runs in a child process (this binary with --tunnel), as the CLI's background
// tunnel does, so its memory is its own and nothing in this process shares its sockets.
#include "BenchClient.h"
#include "BenchOptions.h"
#include "PodFixture.h"
#include "ProcStats.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/ssh/SshConnection.h"
#include "core/ssh/tunnel/ChannelFlow.h"
#include "core/ssh/tunnel/TunnelController.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <cstdio>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace autopod;
using namespace autopod::bench;

namespace {

constexpr qint64 mib = 1024 * 1024;

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a));
    socklen_t len = sizeof(a);
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
    ::close(fd);
    return ntohs(a.sin_port);
}

bool waitHttpOk(int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const int fd = connectLocal(port);
        if (fd >= 0) {
            const Response r = get(fd, "/system_stats", false);
            ::close(fd);
            if (r.status == 200 && r.body > 0)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

// --tunnel <host> <port> <key> <pub> <known_hosts> <localPort>: autopod's tunnel, until stdin closes.
int runTunnelChild(const QStringList& args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--tunnel"));
    if (i < 0 || i + 6 >= args.size())
        return 2;
    ssh::TunnelConfig config;
    config.target.host = args.at(i + 1);
    config.target.port = args.at(i + 2).toInt();
    config.target.identity.privateKeyPath = args.at(i + 3);
    config.target.identity.publicKeyLine = args.at(i + 4);
    config.target.knownHostsFile = args.at(i + 5);
    config.target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    config.podId = QStringLiteral("benchpod");
    config.preferredLocalPort = args.at(i + 6).toInt();
    ssh::TunnelController tunnel(config);
    QString error;
    if (!tunnel.start(&error)) {
        std::printf("error %s\n", qPrintable(error));
        return 1;
    }
    // Waits in the event loop (not polling it: the wait would cost this process a core for the seconds
    // a connect takes at 200 ms, and count in its CPU time).
    QEventLoop wait;
    QObject::connect(&tunnel, &ssh::TunnelController::stateChanged, &wait, [&](ssh::TunnelState state) {
        if (state == ssh::TunnelState::Connected)
            wait.quit();
    });
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    if (tunnel.state() != ssh::TunnelState::Connected)
        wait.exec();
    if (tunnel.state() != ssh::TunnelState::Connected) {
        std::printf("error %s\n", qPrintable(tunnel.failureReason()));
        return 1;
    }
    std::printf("ready %d %s\n", tunnel.localPort(), qPrintable(ssh::flow::windowMode()));
    std::fflush(stdout);
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &stdinClosed, [] {
        char c;
        if (::read(STDIN_FILENO, &c, 1) <= 0)
            QCoreApplication::quit();
    });
    QCoreApplication::exec();
    // What the flow control did, for TunnelProcess::finish().
    const ssh::TunnelFlowSnapshot flow = tunnel.flowStats();
    std::printf("flow %.3f %lld %lld\n", flow.sessionRttMs, flow.largestWindow, flow.peakHeldTotal);
    tunnel.stop();
    return 0;
}

struct Pod
{
    test::PodFixture fixture;
    QString key;
    QString pub;
    QString knownHosts;
};

// What autopod's tunnel process reports about its flow control when it ends.
struct FlowReport
{
    bool ok = false;
    double rttMs = 0;    // the session's round trip, from its fastest channel open
    qint64 window = 0;   // the largest receive window a channel had
    qint64 peakHeld = 0; // the most the tunnel held for local clients at once, all channels
};

// One tunnel under test: autopod's (child process) or OpenSSH's.
class TunnelProcess
{
public:
    TunnelProcess(const Pod& pod, bool autopod, bool libsshWindow = false)
    {
        const int port = freePort();
        m_proc.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        if (autopod) {
            if (libsshWindow) {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("AUTOPOD_SSH_LIBSSH_WINDOW"), QStringLiteral("1"));
                m_proc.setProcessEnvironment(env);
            }
            m_proc.start(QCoreApplication::applicationFilePath(),
                         {QStringLiteral("--tunnel"), pod.fixture.ip(), QString::number(pod.fixture.port()), pod.key,
                          pod.pub, pod.knownHosts, QString::number(port)});
            if (!m_proc.waitForStarted(5000))
                return;
            QDeadlineTimer deadline(90000);
            while (!m_proc.canReadLine() && !deadline.hasExpired() && m_proc.state() == QProcess::Running)
                m_proc.waitForReadyRead(500);
            const QByteArray line = m_proc.readLine().trimmed();
            if (!line.startsWith("ready ")) {
                std::fprintf(stderr, "autopod tunnel: %s\n", line.constData());
                return;
            }
            m_port = line.split(' ').value(1).toInt();
            m_mode = QString::fromUtf8(line.mid(line.indexOf(' ', 6) + 1));
        } else {
            m_proc.start(QStringLiteral("ssh"),
                         {QStringLiteral("-N"), QStringLiteral("-L"), QStringLiteral("%1:localhost:8188").arg(port),
                          QStringLiteral("-p"), QString::number(pod.fixture.port()), QStringLiteral("-i"), pod.key,
                          QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + pod.knownHosts,
                          QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=accept-new"),
                          QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                          QStringLiteral("ExitOnForwardFailure=yes"), QStringLiteral("-F"), QStringLiteral("/dev/null"),
                          QStringLiteral("root@") + pod.fixture.ip()});
            if (!m_proc.waitForStarted(5000) || !waitHttpOk(port, 90000))
                return;
            m_port = port;
        }
    }
    ~TunnelProcess() { finish(); }
    // Ends the tunnel; for autopod's, what its flow control reported.
    FlowReport finish()
    {
        FlowReport report;
        if (m_proc.state() == QProcess::NotRunning)
            return report;
        m_proc.closeWriteChannel();
        if (!m_proc.waitForFinished(10000)) {
            m_proc.terminate();
            m_proc.waitForFinished(3000);
        }
        for (const QByteArray& line : m_proc.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 4 || f[0] != "flow")
                continue;
            bool ok[3] = {};
            report.rttMs = f[1].toDouble(&ok[0]);
            report.window = f[2].toLongLong(&ok[1]);
            report.peakHeld = f[3].toLongLong(&ok[2]);
            report.ok = ok[0] && ok[1] && ok[2];
        }
        return report;
    }
    int port() const { return m_port; }
    qint64 pid() const { return m_proc.processId(); }
    QString mode() const { return m_mode; }
    double peakMiB() const { return double(procKb(pid(), "VmHWM:")) / 1024.0; }
    double cpuSeconds() const { return procCpuSeconds(pid()); }
    double threadsCpuSeconds() const { return procThreadsCpuSeconds(pid()); }

private:
    QProcess m_proc;
    int m_port = 0;
    QString m_mode;
};

QByteArray imagePath(qint64 mb)
{
    return "/view?filename=bench_" + QByteArray::number(mb) + "MB.png&type=output";
}

// Runs f(autopodPort) and f(opensshPort) `rounds` times, alternating which goes first.
template <typename F>
std::pair<std::vector<double>, std::vector<double>> alternate(int rounds, const TunnelProcess& a,
                                                              const TunnelProcess& o, F f)
{
    std::vector<double> av;
    std::vector<double> ov;
    for (int r = 0; r < rounds; ++r) {
        if (r % 2 == 0) {
            av.push_back(f(a.port()));
            ov.push_back(f(o.port()));
        } else {
            ov.push_back(f(o.port()));
            av.push_back(f(a.port()));
        }
    }
    return {av, ov};
}

struct Row
{
    int rttMs = 0;
    qint64 bulkMb = 0;
    double bulk[2] = {};
    double bulkFallback = 0;
    double parallel[2] = {};
    double new1[2] = {};
    double new4[2] = {};
    double kaP50[2] = {};
    double kaP99[2] = {};
    double kaFirstP50[2] = {};
    double kaCpuUs[2] = {}; // the tunnel process's CPU time per keep-alive request
    int burstOk[2] = {};
    double upload[2] = {};
    double page[2] = {};
    double peak[2] = {};
    double cpu[2] = {};
    int failures[2] = {};
    FlowReport flow;
};

void printPair(const char* what, const double v[2], const char* unit, bool higherIsBetter)
{
    const double ratio = v[1] > 0 ? v[0] / v[1] : 0;
    std::printf("    %-34s autopod %9.1f %-5s openssh %9.1f %-5s  autopod/openssh %5.2f%s\n", what, v[0], unit, v[1],
                unit, ratio, higherIsBetter ? "" : " (time: lower is better)");
}

Row measure(Pod& pod, int rttMs, int rounds, qint64 bulkMb, bool fallback, const QStringList& only, QString* mode)
{
    const auto want = [&](const char* what) {
        return only.isEmpty() || only.contains(QLatin1String(what));
    };
    Row row;
    row.rttMs = rttMs;
    row.bulkMb = bulkMb;
    const QJsonObject set = pod.fixture.command("network " + QByteArray::number(rttMs / 2.0));
    if (!set.contains(QStringLiteral("network")))
        std::fprintf(stderr, "the pod fixture did not take the delay\n");
    TunnelProcess a(pod, true);
    TunnelProcess o(pod, false);
    if (!a.port() || !o.port()) {
        std::fprintf(stderr, "a tunnel did not come up at %d ms\n", rttMs);
        return row;
    }
    *mode = a.mode();
    int* fa = &row.failures[0];
    int* fo = &row.failures[1];
    auto failuresOf = [&](int port) {
        return port == a.port() ? fa : fo;
    };
    auto store = [](double out[2], const std::pair<std::vector<double>, std::vector<double>>& v) {
        out[0] = median(v.first);
        out[1] = median(v.second);
    };
    // Warm-up (first connection, ComfyUI stand-in's PNG cache).
    alternate(1, a, o, [&](int port) { return downloadMiBps(port, imagePath(4), 4 * mib, failuresOf(port)); });

    if (want("bulk"))
        store(row.bulk, alternate(rounds, a, o, [&](int port) {
                  return downloadMiBps(port, imagePath(bulkMb), bulkMb * mib, failuresOf(port));
              }));
    const qint64 each = std::max<qint64>(4, bulkMb / 4);
    if (want("parallel"))
        store(row.parallel, alternate(rounds, a, o, [&](int port) {
                  return parallelMiBps(port, 4, imagePath(each), each * mib, failuresOf(port));
              }));
    store(row.new1,
          alternate(5, a, o, [&](int port) { return newConnectionMs(port, imagePath(1), 1 * mib, failuresOf(port)); }));
    store(row.new4,
          alternate(5, a, o, [&](int port) { return newConnectionMs(port, imagePath(4), 4 * mib, failuresOf(port)); }));
    // Keep-alive latency: 8 connections x 25 requests, 8 rounds alternating which tunnel goes first:
    // 1,536 requests on open connections a side, so p99 is the 16th slowest, not one stray scheduling
    // delay, and short rounds spread the machine's drifts evenly over both. Each connection's first
    // request is counted apart (it waits for its channel, as a new connection does). One shorter
    // unmeasured round a side comes first: the stand-in's /system_stats handler is not warm after the
    // downloads above, and the first measured round would otherwise always pay for it.
    constexpr int kLatencyRounds = 8;
    constexpr int kLatencyConnections = 8;
    constexpr int kLatencyRequests = 25;
    constexpr int kWarmUpRequests = 10;
    Latency ka[2];
    double kaCpu[2] = {};
    for (int r = -1; r < (want("latency") ? kLatencyRounds : -1); ++r) {
        const int first = (r + 2) % 2;
        for (int k = 0; k < 2; ++k) {
            const int which = (first + k) % 2;
            TunnelProcess& tunnel = which == 0 ? a : o;
            const double cpuBefore = tunnel.threadsCpuSeconds();
            const Latency l =
                latencyInChild(tunnel.port(), kLatencyConnections, r >= 0 ? kLatencyRequests : kWarmUpRequests, true);
            if (r < 0) {
                row.failures[which] += l.failures;
                continue;
            }
            kaCpu[which] += tunnel.threadsCpuSeconds() - cpuBefore;
            ka[which].add(l);
        }
    }
    for (int k = 0; k < 2; ++k) {
        row.kaP50[k] = ka[k].percentile(0.5);
        row.kaP99[k] = ka[k].percentile(0.99);
        row.kaFirstP50[k] = Latency::percentileOf(ka[k].first, 0.5);
        const size_t requests = ka[k].samples.size() + ka[k].first.size();
        row.kaCpuUs[k] = requests > 0 ? kaCpu[k] * 1e6 / double(requests) : 0;
        row.failures[k] += ka[k].failures;
    }
    int burstA = 32;
    int burstO = 32;
    for (int r = 0; r < (want("burst") ? 2 : 0); ++r) {
        burstA = std::min(burstA, burst(a.port(), 32).ok);
        burstO = std::min(burstO, burst(o.port(), 32).ok);
    }
    row.burstOk[0] = burstA;
    row.burstOk[1] = burstO;
    const qint64 upMb = rttMs >= 100 ? 16 : 64;
    store(row.upload,
          alternate(rounds, a, o, [&](int port) { return uploadMiBps(port, upMb * mib, failuresOf(port)); }));
    if (rttMs == 100 && want("page")) {
        store(row.page, alternate(rounds, a, o, [&](int port) {
                  const PageLoad p = pageLoad(port, 6);
                  *failuresOf(port) += p.failures;
                  return p.ms;
              }));
    }
    row.peak[0] = a.peakMiB();
    row.peak[1] = o.peakMiB();
    row.cpu[0] = a.cpuSeconds() * 1000;
    row.cpu[1] = o.cpuSeconds() * 1000;
    row.flow = a.finish();
    if (fallback) {
        TunnelProcess f(pod, true, true);
        std::vector<double> v;
        int failures = 0;
        for (int r = 0; r < rounds && f.port(); ++r)
            v.push_back(downloadMiBps(f.port(), imagePath(bulkMb), bulkMb * mib, &failures));
        row.bulkFallback = median(v);
    }
    return row;
}

void printFlow(const FlowReport& f)
{
    if (!f.ok) {
        std::printf("    %-34s not reported\n", "autopod's flow control");
        return;
    }
    // Held: the tunnel's own buffer for the client (at most localBufferPerChannel) plus what libssh
    // keeps after the tunnel refused it (at most the window, which it then does not renew).
    std::printf("    %-34s round trip %.1f ms, largest window %.2f MiB, most held for local clients %.2f MiB\n"
                "    %-34s (bound: %lld MiB + the window, a channel)\n",
                "autopod's flow control", f.rttMs, double(f.window) / mib, double(f.peakHeld) / mib, "",
                ssh::flow::localBufferPerChannel / mib);
}

void printRow(const Row& r)
{
    std::printf("\n  RTT %d ms (one-way delay %.1f ms):\n", r.rttMs, r.rttMs / 2.0);
    const QByteArray bulk = "bulk download " + QByteArray::number(r.bulkMb) + " MiB";
    printPair(bulk.constData(), r.bulk, "MiB/s", true);
    if (r.bulkFallback > 0)
        std::printf("    %-34s autopod with libssh's own window (AUTOPOD_SSH_LIBSSH_WINDOW=1): %.1f MiB/s\n", "",
                    r.bulkFallback);
    const QByteArray par =
        "4 parallel downloads, " + QByteArray::number(std::max<qint64>(4, r.bulkMb / 4)) + " MiB each";
    printPair(par.constData(), r.parallel, "MiB/s", true);
    printPair("1 MiB image, new connection", r.new1, "ms", false);
    printPair("4 MiB image, new connection", r.new4, "ms", false);
    printPair("keep-alive small request p50", r.kaP50, "ms", false);
    printPair("keep-alive small request p99", r.kaP99, "ms", false);
    printPair("1st request on each connection p50", r.kaFirstP50, "ms", false);
    printPair("tunnel CPU per keep-alive request", r.kaCpuUs, "us", false);
    std::printf("    %-34s autopod %6d/32         openssh %6d/32\n", "burst of 32 new connections", r.burstOk[0],
                r.burstOk[1]);
    printPair("upload (POST /upload/image)", r.upload, "MiB/s", true);
    if (r.page[0] > 0)
        printPair("page load (GET / + 47 assets, 6 conns)", r.page, "ms", false);
    printPair("tunnel process peak RSS (VmHWM)", r.peak, "MiB", false);
    // Both tunnels carried the same requests: CPU time is the cost per byte, and unlike throughput it
    // hardly depends on what else the machine is doing.
    printPair("tunnel process CPU time, whole row", r.cpu, "ms", false);
    printFlow(r.flow);
    std::printf("    %-34s autopod %d, openssh %d\n", "failed requests", r.failures[0], r.failures[1]);
}

// A client that stops reading for stallMs after the first 64 MiB of a large download.
void stalledDownload(Pod& pod, int rttMs, qint64 mb, int stallMs)
{
    std::printf("\nstalled client: GET bench_%lldMB.png through autopod at %d ms RTT, no reading for %d s after the "
                "first 64 MiB:\n",
                mb, rttMs, stallMs / 1000);
    pod.fixture.command("network 0");
    QByteArray reference;
    {
        TunnelProcess o(pod, false);
        QCryptographicHash h(QCryptographicHash::Sha256);
        const int fd = connectLocal(o.port());
        const Response r =
            get(fd, imagePath(mb), false, [&](const char* d, size_t n) { h.addData(QByteArrayView(d, qsizetype(n))); });
        ::close(fd);
        if (r.status == 200 && r.body == mb * mib)
            reference = h.result().toHex();
    }
    pod.fixture.command("network " + QByteArray::number(rttMs / 2.0));
    TunnelProcess a(pod, true);
    if (!a.port())
        return;
    const qint64 before = procKb(a.pid(), "VmRSS:");
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 got = 0;
    qint64 rssDuringStall = 0;
    bool stalled = false;
    const int fd = connectLocal(a.port());
    const auto t0 = Clock::now();
    const Response r = get(fd, imagePath(mb), false, [&](const char* d, size_t n) {
        h.addData(QByteArrayView(d, qsizetype(n)));
        got += qint64(n);
        if (!stalled && got >= 64 * mib) {
            stalled = true;
            const auto s0 = Clock::now();
            while (Clock::now() - s0 < std::chrono::milliseconds(stallMs)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                rssDuringStall = std::max(rssDuringStall, procKb(a.pid(), "VmRSS:"));
            }
        }
    });
    const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    ::close(fd);
    const QByteArray sum = h.result().toHex();
    const bool intact = r.status == 200 && r.body == mb * mib && !reference.isEmpty() && sum == reference;
    std::printf("  tunnel RSS before %.1f MiB, highest while the client did not read %.1f MiB (target < 64 MB), peak "
                "%.1f MiB\n",
                before / 1024.0, rssDuringStall / 1024.0, a.peakMiB());
    std::printf("  download %s: %lld bytes in %.1f s, sha256 %s %s the copy fetched through OpenSSH\n",
                intact ? "complete and intact" : "BROKEN", r.body, secs, sum.left(16).constData(),
                sum == reference ? "equals" : "differs from");
    printFlow(a.finish());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--load")))
        return runLoad(args);
    if (args.contains(QStringLiteral("--tunnel")))
        return runTunnelChild(args);
    Options options;
    int exitCode = 0;
    if (!parseOptions(app, &options, &exitCode))
        return exitCode;

    test::TempHome home;
    QDir().mkpath(home.path(QStringLiteral(".ssh")));
    Pod pod;
    pod.key = home.path(QStringLiteral(".ssh/id_ed25519"));
    pod.pub = test::makeKey(pod.key);
    pod.knownHosts = home.autopodHome() + QStringLiteral("/known_hosts");
    if (pod.pub.isEmpty() || !pod.fixture.start(pod.pub)) {
        std::fprintf(stderr, "cannot start the pod fixture: %s\n", qPrintable(pod.fixture.errorString()));
        return 1;
    }
    QProcess version;
    version.start(QStringLiteral("ssh"), {QStringLiteral("-V")});
    version.waitForFinished(3000);
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    loadavg.open(QIODevice::ReadOnly);
    std::printf("autopod tunnel: TunnelController/ForwardingSession (the one implementation behind the desktop and "
                "`autopod`'s background tunnel), libssh, ciphers %s\n",
                ssh::preferredCiphers());
    std::printf("openssh: %s `ssh -N -L`\n", qPrintable(QString::fromUtf8(version.readAllStandardError()).trimmed()));
    std::printf("pod: real sshd given each TCP connection (inetd mode, own netns), ComfyUI stand-in on its "
                "localhost:8188; round trip set by the simulator's delayed link\n");
    std::printf("load average at start: %s\n", loadavg.readAll().trimmed().constData());

    std::vector<Row> rows;
    QString mode;
    for (int rtt : options.rtts) {
        const qint64 mb = options.mb;
        const qint64 bulkMb = rtt == 0 ? mb : rtt <= 20 ? std::max<qint64>(16, mb / 2) : std::max<qint64>(16, mb / 4);
        rows.push_back(measure(pod, rtt, options.rounds, bulkMb, options.fallback, options.only, &mode));
        if (rows.size() == 1)
            std::printf("autopod window rule: %s\n", qPrintable(mode));
        printRow(rows.back());
        std::fflush(stdout);
    }
    if (options.stall)
        stalledDownload(pod, 100, options.stallMb, 10000);

    std::printf("\nsummary (autopod/openssh; throughput: higher is better, times: lower is better):\n");
    std::printf("  %-6s %8s %9s %9s %9s %8s %8s %7s %8s %9s %12s\n", "RTT", "bulk", "4 par", "1M new", "4M new",
                "ka p50", "ka p99", "burst", "upload", "page", "peak MiB");
    for (const Row& r : rows) {
        const auto q = [](const double v[2]) {
            return v[1] > 0 ? v[0] / v[1] : 0.0;
        };
        // The page load is measured at 100 ms only: "-" where it was not.
        const QByteArray page = r.page[0] > 0 ? QByteArray::number(q(r.page), 'f', 2) : QByteArrayLiteral("-");
        std::printf("  %-6d %8.2f %9.2f %9.2f %9.2f %8.2f %8.2f %3d/%-3d %8.2f %9s %5.1f/%-5.1f\n", r.rttMs, q(r.bulk),
                    q(r.parallel), q(r.new1), q(r.new4), q(r.kaP50), q(r.kaP99), r.burstOk[0], r.burstOk[1],
                    q(r.upload), page.constData(), r.peak[0], r.peak[1]);
    }
    loadavg.seek(0);
    std::printf("load average at the end: %s\n", loadavg.readAll().trimmed().constData());
    pod.fixture.stop();
    return 0;
}
