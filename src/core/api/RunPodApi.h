// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiErrors.h"
#include "core/api/ApiTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace autopod::api {

// Everything autopod asks of RunPod. GraphQlRunPodApi is the implementation in use; RunPod's REST
// v2 is the second one (GraphQL is announced to retire in early 2027). Tests use fakes.
//
// Every call is asynchronous: the callback runs later on the caller's thread, and only while
// `context` is alive (the usual Qt rule for a connection's context object). Transient failures
// are retried inside the implementation on its RetryPolicy (2, 4, 8, 16, 32 s by default, within
// the policy's budget; stop and terminate get the cost-critical policy); the callback sees the
// final outcome only, and retryScheduled() says when a retry is coming, for progress lines.
class RunPodApi : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const ApiResult<T>&)>;

    using QObject::QObject;
    ~RunPodApi() override = default;

    // The key check of the first-run flow: `myself`.
    virtual void account(QObject* context, Callback<Account> done) = 0;
    virtual void gpuOffers(const GpuFilter& filter, QObject* context, Callback<QList<GpuOffer>> done) = 0;
    virtual void dataCenters(QObject* context, Callback<QList<DataCenter>> done) = 0;
    virtual void networkVolumes(QObject* context, Callback<QList<NetworkVolume>> done) = 0;

    virtual void createPod(const CreatePodRequest& request, QObject* context, Callback<Pod> done) = 0;
    // PodNotFound when RunPod no longer knows the pod (terminated, here or elsewhere).
    virtual void pod(const QString& podId, QObject* context, Callback<Pod> done) = 0;
    virtual void pods(QObject* context, Callback<QList<Pod>> done) = 0;
    virtual void stopPod(const QString& podId, QObject* context, Callback<Pod> done) = 0;
    virtual void resumePod(const QString& podId, int gpuCount, QObject* context, Callback<Pod> done) = 0;
    virtual void terminatePod(const QString& podId, QObject* context, Callback<Done> done) = 0;

    // Appends a key to the account's key list (never replaces the keys already there).
    virtual void addPublicKey(const QString& publicKey, QObject* context, Callback<Account> done) = 0;

    // The last `lines` lines of the pod's log, oldest first (REST v2's GET /v2/pods/{id}/logs), for
    // failure reports. A transport without pod logs answers InvalidRequest.
    virtual void podLogs(const QString& podId, int lines, QObject* context, Callback<QStringList> done)
    {
        Q_UNUSED(podId)
        Q_UNUSED(lines)
        ApiError e;
        e.kind = ApiError::Kind::InvalidRequest;
        e.detail = QStringLiteral("pod logs are not available on this transport");
        deliver(QPointer<QObject>(context), done, ApiResult<QStringList>::failure(e));
    }

    // How long a request that can wait (a starting pod's status) should wait at least, so that
    // polling never uses up RunPod's rate limit: from what its last answer said (RateLimitPacer).
    // 0 when the transport states no limit.
    virtual int pollSpacingMs() const { return 0; }

Q_SIGNALS:
    // A call made with `context` failed transiently and is tried again in `delayMs`: retry
    // `retry` of at most `maxRetries`. `operation` names the call ("pod", "StopPod"...), `reason`
    // says in a few words what went wrong ("RunPod answered HTTP 502").
    void retryScheduled(const QObject* context, const QString& operation, int retry, int maxRetries, int delayMs,
                        const QString& reason);

protected:
    // Runs `done(result)` on the next event-loop turn if `context` (guarded since the call was
    // made: pass the QPointer taken then) still exists.
    template <typename T>
    static void deliver(const QPointer<QObject>& context, const Callback<T>& done, ApiResult<T> result)
    {
        if (!context || !done) {
            return;
        }
        QMetaObject::invokeMethod(
            context.data(), [done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    }

    // Announces the retries of `job` (an ApiJob) as retryScheduled() while `context` lives.
    template <typename Job>
    void relayRetries(Job* job, QObject* context, const QString& operation)
    {
        connect(job, &Job::retryScheduled, this,
                [this, ctx = QPointer<QObject>(context), operation](int retry, int maxRetries, int delayMs,
                                                                    const ApiError& error) {
                    if (ctx) {
                        Q_EMIT retryScheduled(ctx.data(), operation, retry, maxRetries, delayMs,
                                              transientReason(error));
                    }
                });
    }
};

} // namespace autopod::api
