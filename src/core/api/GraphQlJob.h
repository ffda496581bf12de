// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiJob.h"
#include "core/api/GraphQlReply.h"
#include "core/api/GraphQlRequest.h"

class QNetworkAccessManager;

namespace autopod::api {

class RunPodRequestFactory;

// One GraphQL call (timeouts and retries: ApiJob). Emits finished() once with the final outcome.
class GraphQlJob : public ApiJob
{
    Q_OBJECT

public:
    GraphQlJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, GraphQlRequest request,
               RetryPolicy policy, QObject* parent);

    void abort(); // finishes with Cancelled

Q_SIGNALS:
    void finished(const autopod::api::GraphQlResponse& response, int attempts);

protected:
    ApiError precondition() const override;
    QNetworkReply* send() override;
    Outcome interpret(const HttpReplyData& reply) override;
    void fail(const ApiError& error) override;
    void emitFinished() override { Q_EMIT finished(m_response, attempts()); }

private:
    QNetworkAccessManager& m_nam;
    const RunPodRequestFactory& m_requests;
    GraphQlRequest m_request;
    GraphQlResponse m_response;
};

} // namespace autopod::api
