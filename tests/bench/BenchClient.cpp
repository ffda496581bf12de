// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "BenchClient.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace autopod::bench {

namespace {

bool sendAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

double secondsSince(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Reads one response whose request was already sent.
Response readResponse(int fd, const std::function<void(const char*, size_t)>& onBody)
{
    std::vector<char> buf(1 << 20);
    Response r;
    QByteArray head;
    qint64 contentLength = -1;
    qint64 bodyRead = 0;
    for (;;) {
        if (contentLength >= 0 && bodyRead >= contentLength)
            break;
        const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
        if (n <= 0)
            return r;
        if (contentLength < 0) {
            head.append(buf.data(), n);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            r.status = head.mid(9, 3).toInt();
            const qsizetype cl = head.toLower().indexOf("content-length:");
            if (cl < 0)
                return r;
            contentLength = head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
            const qint64 already = head.size() - (end + 4);
            if (onBody && already > 0)
                onBody(head.constData() + end + 4, size_t(already));
            bodyRead = already;
        } else {
            if (onBody)
                onBody(buf.data(), size_t(n));
            bodyRead += n;
        }
    }
    r.body = bodyRead;
    return r;
}

} // namespace

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

Response get(int fd, const QByteArray& path, bool keepAlive, const std::function<void(const char*, size_t)>& onBody)
{
    const QByteArray req = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: " +
                           (keepAlive ? QByteArray("keep-alive") : QByteArray("close")) + "\r\n\r\n";
    if (!sendAll(fd, req.constData(), size_t(req.size())))
        return {};
    return readResponse(fd, onBody);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double downloadMiBps(int port, const QByteArray& path, qint64 expected, int* failures)
{
    const int fd = connectLocal(port);
    if (fd < 0) {
        ++*failures;
        return 0;
    }
    const auto t0 = Clock::now();
    const Response r = get(fd, path, false);
    const double secs = secondsSince(t0);
    ::close(fd);
    if (r.status != 200 || r.body != expected) {
        ++*failures;
        return 0;
    }
    return double(r.body) / (1024.0 * 1024.0) / secs;
}

double parallelMiBps(int port, int n, const QByteArray& path, qint64 expected, int* failures)
{
    std::atomic<int> failed{0};
    std::vector<std::thread> threads;
    const auto t0 = Clock::now();
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&] {
            int f = 0;
            downloadMiBps(port, path, expected, &f);
            failed += f;
        });
    for (auto& t : threads)
        t.join();
    const double secs = secondsSince(t0);
    *failures += failed;
    return failed ? 0 : double(expected) * n / (1024.0 * 1024.0) / secs;
}

double newConnectionMs(int port, const QByteArray& path, qint64 expected, int* failures)
{
    const auto t0 = Clock::now();
    const int fd = connectLocal(port);
    if (fd < 0) {
        ++*failures;
        return 0;
    }
    const Response r = get(fd, path, false);
    const double ms = secondsSince(t0) * 1000;
    ::close(fd);
    if (r.status != 200 || r.body != expected) {
        ++*failures;
        return 0;
    }
    return ms;
}

double uploadMiBps(int port, qint64 bytes, int* failures)
{
    const QByteArray boundary = "----autopodbench7MA4YWxkTrZu0gW";
    const QByteArray partHead = "--" + boundary +
                                "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"bench_upload.png\"\r\n"
                                "Content-Type: image/png\r\n\r\n";
    const QByteArray tail = "\r\n--" + boundary + "--\r\n";
    const qint64 length = partHead.size() + bytes + tail.size();
    const QByteArray head = "POST /upload/image HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                            "Content-Type: multipart/form-data; boundary=" +
                            boundary + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
    std::vector<char> chunk(1 << 20);
    for (size_t i = 0; i < chunk.size(); ++i)
        chunk[i] = char((i * 7919) >> 3);
    const int fd = connectLocal(port);
    if (fd < 0) {
        ++*failures;
        return 0;
    }
    const auto t0 = Clock::now();
    bool ok = sendAll(fd, head.constData(), size_t(head.size())) &&
              sendAll(fd, partHead.constData(), size_t(partHead.size()));
    for (qint64 left = bytes; ok && left > 0; left -= qint64(chunk.size()))
        ok = sendAll(fd, chunk.data(), size_t(std::min<qint64>(left, qint64(chunk.size()))));
    ok = ok && sendAll(fd, tail.constData(), size_t(tail.size()));
    const Response r = ok ? readResponse(fd, {}) : Response{};
    const double secs = secondsSince(t0);
    ::close(fd);
    if (r.status != 200) {
        ++*failures;
        return 0;
    }
    return double(bytes) / (1024.0 * 1024.0) / secs;
}

Burst burst(int port, int n)
{
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    const auto t0 = Clock::now();
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&] {
            const int fd = connectLocal(port);
            if (fd < 0)
                return;
            const Response r = get(fd, "/system_stats", false);
            ::close(fd);
            if (r.status == 200 && r.body > 0)
                ++ok;
        });
    for (auto& t : threads)
        t.join();
    return {ok.load(), secondsSince(t0) * 1000};
}

PageLoad pageLoad(int port, int parallel)
{
    PageLoad p;
    const auto t0 = Clock::now();
    const int first = connectLocal(port);
    if (first < 0) {
        p.failures = 1;
        return p;
    }
    QByteArray html;
    const Response index = get(first, "/", true, [&](const char* d, size_t n) { html.append(d, qsizetype(n)); });
    ::close(first);
    if (index.status != 200) {
        p.failures = 1;
        return p;
    }
    std::vector<QByteArray> assets;
    static const QRegularExpression ref(QStringLiteral("(?:src|href)=\"(/assets/[^\"]+)\""));
    for (auto it = ref.globalMatch(QString::fromUtf8(html)); it.hasNext();)
        assets.push_back(it.next().captured(1).toUtf8());
    std::atomic<size_t> next{0};
    std::atomic<qint64> bytes{html.size()};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < parallel; ++i)
        threads.emplace_back([&] {
            int fd = -1;
            for (size_t k = next++; k < assets.size(); k = next++) {
                if (fd < 0)
                    fd = connectLocal(port);
                const Response r = fd < 0 ? Response{} : get(fd, assets[k], true);
                if (r.status != 200 || r.body < 0) {
                    ++failures;
                    if (fd >= 0)
                        ::close(fd);
                    fd = -1;
                    continue;
                }
                bytes += r.body;
            }
            if (fd >= 0)
                ::close(fd);
        });
    for (auto& t : threads)
        t.join();
    p.ms = secondsSince(t0) * 1000;
    p.files = int(assets.size()) + 1;
    p.bytes = bytes;
    p.failures = failures;
    return p;
}

void Latency::add(const Latency& other)
{
    samples.insert(samples.end(), other.samples.begin(), other.samples.end());
    first.insert(first.end(), other.first.begin(), other.first.end());
    failures += other.failures;
    seconds += other.seconds;
}

double Latency::percentileOf(const std::vector<double>& values, double p)
{
    if (values.empty())
        return 0;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    return sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * p))];
}

Latency latency(int port, int connections, int perConnection, bool keepAlive)
{
    std::vector<std::vector<double>> samples{size_t(connections)};
    std::vector<std::vector<double>> firsts{size_t(connections)};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    const auto start = Clock::now();
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            int fd = keepAlive ? connectLocal(port) : -1;
            for (int i = 0; i < perConnection; ++i) {
                const auto t0 = Clock::now();
                if (!keepAlive)
                    fd = connectLocal(port);
                const Response r = fd < 0 ? Response{} : get(fd, "/system_stats", keepAlive);
                const double ms = secondsSince(t0) * 1000;
                if (r.body <= 0 || r.status != 200) {
                    ++failures;
                    if (fd >= 0)
                        ::close(fd);
                    fd = keepAlive ? connectLocal(port) : -1;
                    continue;
                }
                (keepAlive && i == 0 ? firsts : samples)[size_t(c)].push_back(ms);
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
    l.seconds = secondsSince(start);
    for (auto& s : samples)
        l.samples.insert(l.samples.end(), s.begin(), s.end());
    for (auto& s : firsts)
        l.first.insert(l.first.end(), s.begin(), s.end());
    l.failures = failures;
    return l;
}

// The child side of latencyInChild(): "<failures> <seconds>" and then one sample per line, "f <ms>"
// for a connection's first request.
int runLoad(const QStringList& args)
{
    const qsizetype i = args.indexOf(QStringLiteral("--load"));
    if (i < 0 || i + 4 >= args.size())
        return 2;
    const Latency l = latency(args.at(i + 1).toInt(), args.at(i + 2).toInt(), args.at(i + 3).toInt(),
                              args.at(i + 4) == QLatin1String("keep-alive"));
    std::printf("%d %.6f\n", l.failures, l.seconds);
    for (double v : l.first)
        std::printf("f %.4f\n", v);
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
    bool failuresOk = false;
    bool secondsOk = false;
    if (ran && head.size() == 2) {
        l.failures = head[0].toInt(&failuresOk);
        l.seconds = head[1].toDouble(&secondsOk);
    }
    if (!failuresOk || !secondsOk) {
        l = {};
        l.failures = connections * perConnection;
        return l;
    }
    for (qsizetype n = 1; n < lines.size(); ++n) {
        if (lines[n].isEmpty())
            continue;
        const bool isFirst = lines[n].startsWith("f ");
        bool ok = false;
        const double ms = lines[n].mid(isFirst ? 2 : 0).toDouble(&ok);
        if (ok)
            (isFirst ? l.first : l.samples).push_back(ms);
        else
            ++l.failures; // a line the load process garbled counts as a failed request
    }
    return l;
}

} // namespace autopod::bench
