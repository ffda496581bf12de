#pragma once

#include <QList>

namespace autopod::api {

// How often and how late a transient failure is retried, and how long one attempt may take.
// The default is the PRD's schedule: 2, 4, 8, 16, 32 s (five retries), 30 s per attempt.
// Tests pass short delays; the composition root passes ssh.max_retries from the config.
struct RetryPolicy
{
    QList<int> delaysMs{2000, 4000, 8000, 16000, 32000};
    int timeoutMs = 30000;
    // One second of a server's Retry-After, in ms (tests shrink it), and the longest we honour.
    int retryAfterUnitMs = 1000;
    int maxRetryAfterMs = 120000;

    int maxRetries() const { return int(delaysMs.size()); }

    // The doubling schedule 2, 4, 8, ... s cut to `maxRetries` entries (0 = never retry).
    static RetryPolicy withMaxRetries(int maxRetries)
    {
        RetryPolicy p;
        p.delaysMs.clear();
        for (int i = 0, delay = 2000; i < maxRetries; ++i, delay *= 2) {
            p.delaysMs.append(delay);
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
