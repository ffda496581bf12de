// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <algorithm>
#include <numeric>

namespace autopod::api {

// How often and how late a transient failure is retried, and how long one attempt and one whole
// call may take. This is autopod's one retry budget: the API clients apply it to every
// call, and the lifecycle does not retry a call that has used it up (it applies the cost-safe
// fallback instead).
//
// The default schedule: 2, 4, 8, 16, 32 s (five retries), 30 s per attempt. The
// composition root passes lifecycle.max_retries from the config; tests pass short delays.
//
// Bounds with the defaults (see budgetMs()): a call against a network that refuses connections
// fails after the schedule's 62 s; against one that swallows requests, after at most 122 s.
struct RetryPolicy
{
    static constexpr int kLongestDelayMs = 32000; // the schedule's last step; later retries wait this long

    // 2, 4, 8, 16, 32 s, then 32 s, cut to `retries` entries.
    static QList<int> doublingDelays(int retries)
    {
        QList<int> delays;
        for (int i = 0, delay = 2000; i < retries; ++i, delay = std::min(delay * 2, kLongestDelayMs)) {
            delays.append(delay);
        }
        return delays;
    }

    QList<int> delaysMs = doublingDelays(5);
    int timeoutMs = 30000;
    // One second of a server's Retry-After, in ms (tests shrink it), and the longest we honour.
    int retryAfterUnitMs = 1000;
    int maxRetryAfterMs = 120000;
    // When > 0, budgetMs() is at most this: a call made inside another call's budget.
    int budgetCapMs = 0;

    int maxRetries() const { return int(delaysMs.size()); }

    // The most one call may take, attempts and waits included: the schedule's waits plus two
    // attempt timeouts. A retry that would start later is not made, and the last attempt's timeout
    // is cut to what is left. So a dead network costs at most this, not (retries + 1) timeouts.
    int budgetMs() const
    {
        const int full = std::accumulate(delaysMs.cbegin(), delaysMs.cend(), 0) + 2 * timeoutMs;
        return budgetCapMs > 0 ? std::min(full, budgetCapMs) : full;
    }

    // This policy held to the `leftMs` that remain of an enclosing call's budget (at least 1 ms).
    RetryPolicy within(qint64 leftMs) const
    {
        RetryPolicy p = *this;
        p.budgetCapMs = int(std::clamp<qint64>(leftMs, 1, budgetMs()));
        return p;
    }

    // One attempt, no retry, within `leftMs`.
    RetryPolicy singleAttemptWithin(qint64 leftMs) const
    {
        RetryPolicy p = within(leftMs);
        p.delaysMs.clear();
        return p;
    }

    // The doubling schedule 2, 4, 8, 16, 32 s, then 32 s, cut to `maxRetries` entries (0 = never retry).
    static RetryPolicy withMaxRetries(int maxRetries)
    {
        RetryPolicy p;
        p.delaysMs = doublingDelays(maxRetries);
        return p;
    }

    // For the calls that end billing (stop, terminate): the one call that must not be given up
    // lightly. Twice the retries, at least three, the schedule continued at its longest wait (the
    // the 2 s doubling if it has none). With the defaults: ten retries, 222 s of waits, at most
    // 282 s in all.
    RetryPolicy forCostCriticalCall() const
    {
        RetryPolicy p = *this;
        const int retries = std::max(3, 2 * maxRetries());
        if (p.delaysMs.isEmpty()) {
            p.delaysMs = doublingDelays(retries);
        }
        while (p.delaysMs.size() < retries) {
            p.delaysMs.append(p.delaysMs.last());
        }
        return p;
    }

    // Waiting time before retry number `retry` (0-based); Retry-After (seconds, -1 if absent) wins
    // when it asks for longer.
    int delayBeforeRetry(int retry, int retryAfterSeconds = -1) const
    {
        int delay = delaysMs.value(retry, delaysMs.isEmpty() ? 0 : delaysMs.last());
        if (retryAfterSeconds >= 0) {
            const qint64 asked = qint64(retryAfterSeconds) * retryAfterUnitMs;
            delay = int(qMin<qint64>(qMax<qint64>(asked, delay), maxRetryAfterMs));
        }
        return delay;
    }
};

} // namespace autopod::api
