#pragma once

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
    // The PRD's schedule (2, 4, 8, 16, 32 s, then 32 s) with at most `maxRetries` retries.
    void setMaxRetries(int maxRetries) { m_policy.delaysMs = RetryPolicy::doublingDelays(qMax(0, maxRetries)); }
    QUrl endpoint() const { return m_requests.endpoint(); }

protected:
    HttpRunPodApi(QNetworkAccessManager& nam, const QUrl& endpoint, RunPodRequestFactory::KeyProvider apiKey,
                  QObject* parent)
        : RunPodApi(parent)
        , m_nam(nam)
        , m_requests(endpoint, std::move(apiKey))
    {}

    QNetworkAccessManager& m_nam;
    RunPodRequestFactory m_requests;
    RetryPolicy m_policy;
};

} // namespace autopod::api
