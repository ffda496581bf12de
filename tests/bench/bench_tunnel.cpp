// Benchmark: autopod's libssh tunnel vs OpenSSH `ssh -N -L` to the same simulated pod (real sshd on
// loopback). Prints numbers; not a test. Usage: bench_tunnel [--mb N] [--rounds R] [--requests N]
// [--connections C]
//
// Measures, for each tunnel, in one run:
//   - bulk throughput: GET /view?filename=bench_<N>MB.png (best and median of R rounds, MB/s)
//   - small-request latency: 32 connections in parallel, each doing GET /system_stats back to back on a
//     keep-alive connection (p50 / p99 in ms), and the same with a new connection per request
//   - failed requests (wrong status or short body)
//
// The request load runs in a child process (this binary with --load), as a browser would: load
// threads inside the tunnel's own process would share its file table with the tunnel thread and slow
// every socket call of both, which the OpenSSH tunnel (a process of its own) would not suffer.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "support/TempHome.h"

#include "core/ssh/SshConnection.h"
#include "core/ssh/TunnelController.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace autopod;
using Clock = std::chrono::steady_clock;

namespace {

int connectLocal(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    return fd;
}

// Sends one GET and reads one response (Content-Length framed). Returns body length or -1.
qint64 request(int fd, const QByteArray& path, bool keepAlive, std::vector<char>& buf, int* status)
{
    const QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: " +
                           (keepAlive ? QByteArray("keep-alive") : QByteArray("close")) + "\r\n\r\n";
    if (::send(fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL) != req.size())
        return -1;
    QByteArray head;
    qint64 bodyRead = 0;
    qint64 contentLength = -1;
    for (;;) {
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
        if (n <= 0)
            return -1;
        if (contentLength < 0) {
            head.append(buf.data(), n);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            *status = head.mid(9, 3).toInt();
            const qsizetype cl = head.toLower().indexOf("content-length:");
            if (cl < 0)
                return -1;
            contentLength = head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            bodyRead = head.size() - (end + 4);
        } else {
            bodyRead += n;
        }
        if (bodyRead >= contentLength)
            return bodyRead;
    }
}

struct Throughput
{
    double best = 0;
    double median = 0;
    int failures = 0;
};

double downloadMBps(int port, int mb, int* failures)
{
    std::vector<char> buf(1 << 20);
    const int fd = connectLocal(port);
    if (fd < 0) {
        ++*failures;
        return 0;
    }
    int status = 0;
    const auto t0 = Clock::now();
    const qint64 got =
        request(fd, "/view?filename=bench_" + QByteArray::number(mb) + "MB.png&type=output", false, buf, &status);
    const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
    ::close(fd);
    if (status != 200 || got != qint64(mb) * 1024 * 1024) {
        ++*failures;
        return 0;
    }
    return double(got) / (1024.0 * 1024.0) / secs;
}

// Per-request latencies (ms) of one or more load runs, pooled.
struct Latency
{
    std::vector<double> samples;
    int failures = 0;
    double seconds = 0;

    void add(const Latency& other)
    {
        samples.insert(samples.end(), other.samples.begin(), other.samples.end());
        failures += other.failures;
        seconds += other.seconds;
    }
    double percentile(double p) const
    {
        if (samples.empty())
            return 0;
        std::vector<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * p))];
    }
    double mean() const
    {
        double sum = 0;
        for (double v : samples)
            sum += v;
        return samples.empty() ? 0 : sum / double(samples.size());
    }
};

Latency latency(int port, int connections, int perConnection, bool keepAlive)
{
    std::vector<std::vector<double>> samples{size_t(connections)};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            std::vector<char> buf(64 * 1024);
            int fd = keepAlive ? connectLocal(port) : -1;
            for (int i = 0; i < perConnection; ++i) {
                const auto t0 = Clock::now();
                if (!keepAlive)
                    fd = connectLocal(port);
                int status = 0;
                const qint64 n = fd < 0 ? -1 : request(fd, "/system_stats", keepAlive, buf, &status);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                if (n <= 0 || status != 200) {
                    ++failures;
                    if (fd >= 0)
                        ::close(fd);
                    fd = connectLocal(port);
                    continue;
                }
                samples[size_t(c)].push_back(ms);
                if (!keepAlive) {
                    ::close(fd);
                    fd = -1;
                }
            }
            if (fd >= 0)
                ::close(fd);
        });
    }
    for (auto& t : threads)
        t.join();
    Latency l;
    l.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (auto& s : samples)
        l.samples.insert(l.samples.end(), s.begin(), s.end());
    l.failures = failures;
    return l;
}

// The child side of latencyInChild(): "<failures> <seconds>" and then one sample per line.
int runLoad(const QStringList& args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--load"));
    if (i < 0 || i + 4 >= args.size())
        return 2;
    const Latency l = latency(args.at(i + 1).toInt(), args.at(i + 2).toInt(), args.at(i + 3).toInt(),
                              args.at(i + 4) == QLatin1String("keep-alive"));
    std::printf("%d %.6f\n", l.failures, l.seconds);
    for (double v : l.samples)
        std::printf("%.4f\n", v);
    return 0;
}

Latency latencyInChild(int port, int connections, int perConnection, bool keepAlive)
{
    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    load.start(QCoreApplication::applicationFilePath(),
               {QStringLiteral("--load"), QString::number(port), QString::number(connections),
                QString::number(perConnection), keepAlive ? QStringLiteral("keep-alive") : QStringLiteral("close")});
    Latency l;
    const bool ran = load.waitForFinished(600000) && load.exitCode() == 0;
    const QList<QByteArray> lines = load.readAllStandardOutput().split('\n');
    const QList<QByteArray> head = lines.value(0).split(' ');
    if (!ran || head.size() != 2) {
        l.failures = connections * perConnection;
        return l;
    }
    bool failuresOk = false;
    bool secondsOk = false;
    l.failures = head[0].toInt(&failuresOk);
    l.seconds = head[1].toDouble(&secondsOk);
    if (!failuresOk || !secondsOk) {
        l = {};
        l.failures = connections * perConnection;
        return l;
    }
    for (qsizetype n = 1; n < lines.size(); ++n) {
        if (lines[n].isEmpty())
            continue;
        bool ok = false;
        const double ms = lines[n].toDouble(&ok);
        if (ok)
            l.samples.push_back(ms);
        else
            ++l.failures; // a line the load process garbled counts as a failed request
    }
    return l;
}

// Runs the load against both tunnels in `rounds` rounds, alternating which goes first, so neither
// benefits from a warmer machine or a warmer ComfyUI stand-in; returns the pooled samples.
std::pair<Latency, Latency> compareLatency(int autopodPort, int opensshPort, int rounds, int connections,
                                           int perConnection, bool keepAlive)
{
    Latency a;
    Latency o;
    for (int r = 0; r < rounds; ++r) {
        if (r % 2 == 0) {
            a.add(latencyInChild(autopodPort, connections, perConnection, keepAlive));
            o.add(latencyInChild(opensshPort, connections, perConnection, keepAlive));
        } else {
            o.add(latencyInChild(opensshPort, connections, perConnection, keepAlive));
            a.add(latencyInChild(autopodPort, connections, perConnection, keepAlive));
        }
    }
    return {a, o};
}

bool waitHttpOk(int port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    std::vector<char> buf(64 * 1024);
    while (!deadline.hasExpired()) {
        const int fd = connectLocal(port);
        if (fd >= 0) {
            int status = 0;
            const qint64 n = request(fd, "/system_stats", false, buf, &status);
            ::close(fd);
            if (n > 0 && status == 200)
                return true;
        }
        QThread::msleep(100);
    }
    return false;
}

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

int intArg(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void printLatency(const char* who, const char* mode, const Latency& l)
{
    std::printf("  %-8s %-10s p50 %7.2f ms  p99 %7.2f ms  mean %7.2f ms  %6.0f req/s  (%zu requests, %d failed)\n", who,
                mode, l.percentile(0.5), l.percentile(0.99), l.mean(), double(l.samples.size()) / l.seconds,
                l.samples.size(), l.failures);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--load")))
        return runLoad(args);
    const int mb = intArg(args, QStringLiteral("--mb"), 256);
    const int rounds = intArg(args, QStringLiteral("--rounds"), 3);
    const int perConnection = intArg(args, QStringLiteral("--requests"), 100);
    const int connections = intArg(args, QStringLiteral("--connections"), 32);

    test::TempHome home;
    QDir().mkpath(home.path(QStringLiteral(".ssh")));
    const QString key = home.path(QStringLiteral(".ssh/id_ed25519"));
    const QString pub = test::makeKey(key);
    test::PodFixture pod;
    if (pub.isEmpty() || !pod.start(pub)) {
        std::fprintf(stderr, "cannot start the pod fixture: %s\n", qPrintable(pod.errorString()));
        return 1;
    }
    const QString knownHosts = home.autopodHome() + QStringLiteral("/known_hosts");

    ssh::TunnelConfig config;
    config.target.host = pod.ip();
    config.target.port = pod.port();
    config.target.identity.privateKeyPath = key;
    config.target.identity.publicKeyLine = pub;
    config.target.knownHostsFile = knownHosts;
    config.target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    config.podId = QStringLiteral("benchpod");
    config.preferredLocalPort = freePort();
    ssh::TunnelController tunnel(config);
    QString error;
    if (!tunnel.start(&error)) {
        std::fprintf(stderr, "autopod tunnel: %s\n", qPrintable(error));
        return 1;
    }
    QDeadlineTimer deadline(20000);
    while (tunnel.state() != ssh::TunnelState::Connected && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (tunnel.state() != ssh::TunnelState::Connected) {
        std::fprintf(stderr, "autopod tunnel did not connect: %s\n", qPrintable(tunnel.failureReason()));
        return 1;
    }
    const int autopodPort = tunnel.localPort();

    const int opensshPort = freePort();
    QProcess openssh;
    openssh.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    openssh.start(QStringLiteral("ssh"),
                  {QStringLiteral("-N"), QStringLiteral("-L"), QStringLiteral("%1:localhost:8188").arg(opensshPort),
                   QStringLiteral("-p"), QString::number(pod.port()), QStringLiteral("-i"), key, QStringLiteral("-o"),
                   QStringLiteral("UserKnownHostsFile=") + knownHosts, QStringLiteral("-o"),
                   QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                   QStringLiteral("-o"), QStringLiteral("ExitOnForwardFailure=yes"), QStringLiteral("-F"),
                   QStringLiteral("/dev/null"), QStringLiteral("root@") + pod.ip()});
    if (!openssh.waitForStarted(5000) || !waitHttpOk(opensshPort, 20000)) {
        std::fprintf(stderr, "OpenSSH tunnel did not come up\n");
        return 1;
    }

    QProcess version;
    version.start(QStringLiteral("ssh"), {QStringLiteral("-V")});
    version.waitForFinished(3000);
    std::printf("autopod tunnel (libssh, ciphers %s) on 127.0.0.1:%d vs %s `ssh -N -L` on 127.0.0.1:%d\n",
                ssh::preferredCiphers(), autopodPort,
                qPrintable(QString::fromUtf8(version.readAllStandardError()).trimmed()), opensshPort);
    std::printf("pod: real sshd (inetd mode, own netns) on %s:%d, ComfyUI stand-in on the pod's localhost:8188\n\n",
                qPrintable(pod.ip()), pod.port());

    // Throughput, alternating so both see the same machine load.
    std::vector<double> a;
    std::vector<double> o;
    int aFail = 0;
    int oFail = 0;
    downloadMBps(autopodPort, 16, &aFail); // warm-up
    downloadMBps(opensshPort, 16, &oFail);
    aFail = oFail = 0;
    for (int r = 0; r < rounds; ++r) {
        a.push_back(downloadMBps(autopodPort, mb, &aFail));
        o.push_back(downloadMBps(opensshPort, mb, &oFail));
    }
    std::sort(a.begin(), a.end());
    std::sort(o.begin(), o.end());
    std::printf("bulk download of bench_%dMB.png, %d rounds:\n", mb, rounds);
    std::printf("  autopod  best %7.1f MB/s  median %7.1f MB/s  (%d failed)\n", a.back(), a[a.size() / 2], aFail);
    std::printf("  openssh  best %7.1f MB/s  median %7.1f MB/s  (%d failed)\n", o.back(), o[o.size() / 2], oFail);
    std::printf("  ratio autopod/openssh (median) %.2f\n\n", a[a.size() / 2] / std::max(0.001, o[o.size() / 2]));

    std::printf("small requests: GET /system_stats, %d connections in parallel x %d requests each, %d rounds "
                "alternating which tunnel goes first, samples pooled:\n",
                connections, perConnection, rounds);
    compareLatency(autopodPort, opensshPort, 2, connections, 20, true); // warm-up, not reported
    const auto [la, lo] = compareLatency(autopodPort, opensshPort, rounds, connections, perConnection, true);
    printLatency("autopod", "keep-alive", la);
    printLatency("openssh", "keep-alive", lo);
    const auto [na, no] =
        compareLatency(autopodPort, opensshPort, rounds, connections, std::max(1, perConnection / 4), false);
    printLatency("autopod", "new-conn", na);
    printLatency("openssh", "new-conn", no);
    const auto ratio = [](const Latency& x, const Latency& y, double p) {
        return x.percentile(p) / std::max(0.001, y.percentile(p));
    };
    std::printf("  ratio autopod/openssh keep-alive: p50 %.2f  p99 %.2f;  new-conn: p50 %.2f  p99 %.2f\n",
                ratio(la, lo, 0.5), ratio(la, lo, 0.99), ratio(na, no, 0.5), ratio(na, no, 0.99));
    std::printf("failed requests: autopod %d, openssh %d\n", aFail + la.failures + na.failures,
                oFail + lo.failures + no.failures);

    openssh.terminate();
    openssh.waitForFinished(3000);
    tunnel.stop();
    pod.stop();
    return 0;
}
