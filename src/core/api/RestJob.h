#pragma once

#include "core/api/GraphQlReply.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace autopod::api {

class RunPodRequestFactory;

// One REST v2 call (https://api.runpod.io/v2/...), as value type.
struct RestRequest
{
    QByteArray method = "GET"; // GET, POST, PUT, PATCH, DELETE
    QString path;              // relative to the endpoint, e.g. "pods/abc/action"
    QJsonDocument body;        // empty = no body
    QString operation;         // for logs and errors, e.g. "createPod"
};

// The outcome of one REST attempt: `body` (the parsed JSON, null for 204) or a typed error.
struct RestResponse
{
    int httpStatus = 0;
    QJsonValue body;
    ApiError error;
    int retryAfterSeconds = -1;

    bool ok() const { return !error.isError(); }
};

// Classifies a REST v2 attempt: RFC 9457 problem bodies ({title, status, detail, errors[]}), 401 key,
// 402 balance, 403 permission, 404 not found, 409 state, 400 capacity or rule (by detail), 422
// contract (a bug), 429 with Retry-After, 5xx, transport failures, malformed JSON.
RestResponse interpretRestReply(const HttpReplyData& reply, const RestRequest& request);

// A REST call with the same timeout and retry rules as GraphQlJob (see there).
class RestJob : public QObject
{
    Q_OBJECT

public:
    RestJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, RestRequest request, RetryPolicy policy,
            QObject* parent);
    ~RestJob() override;

    void start();

Q_SIGNALS:
    void finished(const autopod::api::RestResponse& response, int attempts);

private:
    void attempt();
    void onReplyFinished();
    void finish(const RestResponse& response);

    QNetworkAccessManager& m_nam;
    const RunPodRequestFactory& m_requests;
    RestRequest m_request;
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
