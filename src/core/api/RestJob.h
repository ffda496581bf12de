// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiJob.h"
#include "core/api/GraphQlReply.h"

#include <QJsonDocument>

class QNetworkAccessManager;

namespace autopod::api {

class RateLimitPacer;
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
    // The next page of a list (a Link header's rel="next"), as a path under the endpoint; empty on
    // the last page. The OpenAPI document defines no pages today: one page holds everything.
    QString nextPage;

    bool ok() const { return !error.isError(); }
};

// The rel="next" target of an RFC 8288 Link header, relative to `endpoint` (https://api.runpod.io/v2):
// `<https://api.runpod.io/v2/pods?cursor=abc>; rel="next"` -> "pods?cursor=abc". Empty when there is
// none, or when it leads away from the endpoint (the key is never sent elsewhere).
QString nextPageOf(const QByteArray& link, const QUrl& endpoint);

// Classifies a REST v2 attempt: RFC 9457 problem bodies ({title, status, detail, errors[]}), 401 key,
// 402 balance, 403 permission, 404 not found, 409 state, 400 capacity or rule (by detail), 422
// contract (a bug), 429 with Retry-After, 5xx, transport failures, malformed JSON.
RestResponse interpretRestReply(const HttpReplyData& reply, const RestRequest& request);

// A REST call (timeouts and retries: ApiJob). Emits finished() once with the final outcome.
class RestJob : public ApiJob
{
    Q_OBJECT

public:
    // `pacer` (may be null) is told what each answer says about the rate limit.
    RestJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, RestRequest request, RetryPolicy policy,
            RateLimitPacer* pacer, QObject* parent);

Q_SIGNALS:
    void finished(const autopod::api::RestResponse& response, int attempts);

protected:
    ApiError precondition() const override;
    QNetworkReply* send() override;
    Outcome interpret(const HttpReplyData& reply) override;
    void fail(const ApiError& error) override;
    void emitFinished() override { Q_EMIT finished(m_response, attempts()); }

private:
    QNetworkAccessManager& m_nam;
    const RunPodRequestFactory& m_requests;
    RestRequest m_request;
    RateLimitPacer* m_pacer;
    RestResponse m_response;
};

} // namespace autopod::api
