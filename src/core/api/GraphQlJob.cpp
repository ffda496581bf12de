// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GraphQlJob.h"

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/RunPodRequestFactory.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace autopod::api {

GraphQlJob::GraphQlJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, GraphQlRequest request,
                       RetryPolicy policy, QObject* parent)
    : ApiJob(std::move(policy), request.operationName, parent)
    , m_nam(nam)
    , m_requests(requests)
    , m_request(std::move(request))
{}

void GraphQlJob::abort()
{
    finishWith(makeError(ApiError::Kind::Cancelled));
}

ApiError GraphQlJob::precondition() const
{
    if (m_request.document.isEmpty()) {
        return makeError(ApiError::Kind::InvalidRequest,
                         QStringLiteral("no GraphQL document for %1 in this build").arg(m_request.operationName));
    }
    if (m_requests.apiKey().isEmpty()) {
        return noApiKeyError();
    }
    if (!m_requests.endpointMayCarryKey()) {
        return insecureEndpointError(m_requests.endpoint());
    }
    return {};
}

QNetworkReply* GraphQlJob::send()
{
    qCInfo(lcApi).noquote() << "request" << m_request.operationName << "attempt" << attempts() << "variables"
                            << QString::fromUtf8(QJsonDocument(m_request.variables).toJson(QJsonDocument::Compact));
    return m_nam.post(m_requests.graphQlRequest(), m_request.toJson());
}

ApiJob::Outcome GraphQlJob::interpret(const HttpReplyData& reply)
{
    m_response = interpretGraphQlReply(reply, m_request);
    return {m_response.error, m_response.retryAfterSeconds};
}

void GraphQlJob::fail(const ApiError& error)
{
    m_response = GraphQlResponse{};
    m_response.error = error;
}

} // namespace autopod::api
