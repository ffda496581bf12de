// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

// The client side of the tunnel benchmark: what a browser does through the tunnel (downloads,
// uploads, small requests, bursts, a page with its assets), on blocking sockets, measured.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <vector>

namespace autopod::bench {

using Clock = std::chrono::steady_clock;

int connectLocal(int port);

// One GET on fd; reads the response (Content-Length framed). onBody sees every body byte.
struct Response
{
    int status = 0;
    qint64 body = -1; // -1: failed
};
Response get(int fd, const QByteArray& path, bool keepAlive,
             const std::function<void(const char*, size_t)>& onBody = {});

// Median of samples (0 when empty).
double median(std::vector<double> v);

// A single download on a new connection: MiB/s, 0 on failure (counted).
double downloadMiBps(int port, const QByteArray& path, qint64 expected, int* failures);
// n downloads at once, each on its own connection: total MiB/s.
double parallelMiBps(int port, int n, const QByteArray& path, qint64 expected, int* failures);
// New connection, one GET, close: milliseconds until the last byte.
double newConnectionMs(int port, const QByteArray& path, qint64 expected, int* failures);
// POST /upload/image with a multipart body of `bytes`: MiB/s.
double uploadMiBps(int port, qint64 bytes, int* failures);

// n connections opened at once, one GET /system_stats each: how many succeeded, and in how long.
struct Burst
{
    int ok = 0;
    double ms = 0;
};
Burst burst(int port, int n);

// GET / and then every /assets/ file it names over `parallel` keep-alive connections (as a browser
// does): milliseconds until the last byte.
struct PageLoad
{
    double ms = 0;
    int files = 0;
    qint64 bytes = 0;
    int failures = 0;
};
PageLoad pageLoad(int port, int parallel);

// Per-request latencies (ms) of one or more load runs, pooled. With keep-alive, each connection's
// first request (which also waits for the connection, and in a tunnel for its channel to open) is
// kept apart in `first`: `samples` are the requests on a connection already open.
struct Latency
{
    std::vector<double> samples;
    std::vector<double> first;
    int failures = 0;
    double seconds = 0;

    void add(const Latency& other);
    double percentile(double p) const { return percentileOf(samples, p); }
    static double percentileOf(const std::vector<double>& values, double p);
};
Latency latency(int port, int connections, int perConnection, bool keepAlive);
// The same in a child process (this binary with --load), as a browser would be.
int runLoad(const QStringList& args);
Latency latencyInChild(int port, int connections, int perConnection, bool keepAlive);

} // namespace autopod::bench
