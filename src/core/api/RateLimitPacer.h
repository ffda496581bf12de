// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>

namespace autopod::api {

// One window of RunPod's REST v2 rate limit, as its headers state it on every answer:
//   RateLimit: "minute";r=12;t=40, "hour";r=2800;t=1812, "day";r=49500;t=45012
//   RateLimit-Policy: "minute";q=60;w=60, "hour";q=3000;w=3600, "day";q=50000;w=86400
// r: requests left in the window, t: seconds until it resets, q: the window's quota (-1: not stated).
struct RateLimitWindow
{
    QString name;
    qint64 remaining = -1;
    qint64 resetSeconds = -1;
    qint64 quota = -1;
};

// The windows the two headers describe; a window without both r and t is left out, and so is
// anything that is not a window (the headers come from the network: any text at all).
QList<RateLimitWindow> parseRateLimit(const QByteArray& rateLimit, const QByteArray& policy);

// How far apart requests that can wait (a pod's status while it starts) must be so that they never
// use up a window: what is left of each window, less a reserve kept for what the user asks for (a
// stop must not wait for a window to reset, nor must the desktop's list beside a running connect),
// is spread over the time until that window resets. REST v2 allows 60 requests a minute; polling a
// starting pod five times a second would spend that in 12 s and then wait up to a minute on 429s.
class RateLimitPacer
{
public:
    // The longest spacing asked for: a window that is used up resets within a minute, or the
    // readiness deadline ends the wait anyway.
    static constexpr int kMaxSpacingMs = 60'000;

    RateLimitPacer() { m_clock.start(); }

    // What an answer's headers said; answers without them change nothing.
    void note(const QByteArray& rateLimit, const QByteArray& policy);
    // The least time until the next request that can wait; 0 while the server said nothing.
    int spacingMs() const;

    // The reserve of a window: a sixth of its quota, at least 2 requests.
    static qint64 reserveOf(const RateLimitWindow& window);
    // The spacing one window asks for, `window` as stated `sinceStatedMs` ago.
    static int spacingFor(const RateLimitWindow& window, qint64 sinceStatedMs);

private:
    struct Stated
    {
        RateLimitWindow window;
        qint64 atMs = 0;
    };
    QElapsedTimer m_clock;
    QList<Stated> m_windows;
};

} // namespace autopod::api
