#pragma once

#include "core/api/GraphQlReply.h"
#include "core/api/GraphQlRequest.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace autopod::api {

class RunPodRequestFactory;

// One GraphQL call: sends the request, aborts an attempt that exceeds the policy's timeout, and
// retries transient failures (network errors, timeouts, 5xx, 429 with Retry-After, "Something went
// wrong") on the policy's schedule, logging each retry with its time and reason. Emits finished()
// once with the final outcome, then deletes itself.
class GraphQlJob : public QObject
{
    Q_OBJECT

public:
    GraphQlJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, GraphQlRequest request,
               RetryPolicy policy, QObject* parent);
    ~GraphQlJob() override;

    void start();
    void abort(); // finishes with Cancelled
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished(const autopod::api::GraphQlResponse& response, int attempts);

private:
    void attempt();
    void onReplyFinished();
    void onTimeout();
    void finish(const GraphQlResponse& response);

    QNetworkAccessManager& m_nam;
    const RunPodRequestFactory& m_requests;
    GraphQlRequest m_request;
    RetryPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace autopod::api
