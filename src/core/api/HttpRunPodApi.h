// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/OrphanSafeCreate.h"
#include "core/api/RetryPolicy.h"
#include "core/api/RunPodApi.h"
#include "core/api/RunPodRequestFactory.h"

#include <QUrl>

class QNetworkAccessManager;

namespace autopod::api {

// What the two HTTP transports (GraphQL, REST v2) share: the network, the request factory that
// authenticates every request, and the retry policy every call is made with.
class HttpRunPodApi : public RunPodApi
{
    Q_OBJECT

public:
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }
    // The retry schedule (2, 4, 8, 16, 32 s, then 32 s) with at most `maxRetries` retries.
    void setMaxRetries(int maxRetries) { m_policy.delaysMs = RetryPolicy::doublingDelays(qMax(0, maxRetries)); }
    QUrl endpoint() const { return m_requests.endpoint(); }

protected:
    HttpRunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint, RunPodRequestFactory::KeyProvider apiKey,
                  QObject* parent)
        : RunPodApi(parent)
        , m_nam(nam)
        , m_requests(endpoint, std::move(apiKey))
    {}

    // The account's pods with `policy`; `answer` runs directly (not queued, not guarded).
    virtual void listPods(const RetryPolicy& policy, QObject* context, Callback<QList<Pod>> answer) = 0;

    // createPod for both transports: `send` makes one create attempt; the orphan check lists pods.
    void createOrphanSafe(const CreatePodRequest& request, QObject* context, Callback<Pod> done,
                          const QString& operation, OrphanSafeCreate::SendCreate send)
    {
        auto list = [this](const RetryPolicy& policy, std::function<void(const ApiResult<QList<Pod>>&)> answer) {
            listPods(policy, nullptr, std::move(answer));
        };
        auto* create = new OrphanSafeCreate(request, m_policy, std::move(send), list, this);
        relayRetries(create, context, operation);
        create->start([ctx = QPointer<QObject>(context), done](const ApiResult<Pod>& r) { deliver(ctx, done, r); });
    }

    QNetworkAccessManager& m_nam;
    RunPodRequestFactory m_requests;
    RetryPolicy m_policy;
};

} // namespace autopod::api
