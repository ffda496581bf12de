// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace autopod::api {

// The cost-safety rule for creating a pod, shared by both transports. A create that fails with a
// transient error (timeout, 5xx, connection dropped) may have created the pod anyway, and the pod
// bills from that moment. So it is never retried blindly: before each retry, and once more after
// the last failure, the account's pods are listed and a pod carrying the requested (unique) name
// is adopted and answered as the result. A create without a name is not retried at all.
//
// Retries follow the policy's schedule within its budget; each create is sent once per round
// (this loop is its retry). Deletes itself after answering.
class OrphanSafeCreate : public QObject
{
    Q_OBJECT

public:
    struct Attempt
    {
        ApiResult<Pod> result;
        int retryAfterSeconds = -1;
    };
    // Sends the create once with `policy` (no retries) and answers what came back.
    using SendCreate = std::function<void(const RetryPolicy& policy, std::function<void(const Attempt&)> answer)>;
    // Lists the account's pods with `policy`.
    using ListPods =
        std::function<void(const RetryPolicy& policy, std::function<void(const ApiResult<QList<Pod>>&)> answer)>;
    using Done = std::function<void(const ApiResult<Pod>&)>;

    OrphanSafeCreate(CreatePodRequest request, RetryPolicy policy, SendCreate send, ListPods list, QObject* parent);

    void start(Done done);

Q_SIGNALS:
    // As ApiJob::retryScheduled: the create is tried again (after an orphan check) in delayMs.
    void retryScheduled(int retry, int maxRetries, int delayMs, const autopod::api::ApiError& error);

private:
    void attempt();
    void onAttempt(const Attempt& attempt);
    void lookForOrphan(const ApiError& cause, bool retryAfterwards);
    void finish(const ApiResult<Pod>& result);
    qint64 budgetLeft() const { return m_policy.budgetMs() - m_clock.elapsed(); }

    CreatePodRequest m_request;
    RetryPolicy m_policy;
    SendCreate m_send;
    ListPods m_list;
    Done m_done;
    QElapsedTimer m_clock;
    int m_retries = 0;
};

} // namespace autopod::api
