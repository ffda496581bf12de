// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/RestJob.h"

#include <QCoreApplication>

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/RateLimitPacer.h"
#include "core/api/RunPodRequestFactory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace autopod::api {

namespace {

using Kind = ApiError::Kind;

QString problemText(const QJsonObject& problem, const QByteArray& raw)
{
    QString text = problem.value(QStringLiteral("detail")).toString();
    if (text.isEmpty()) {
        text = problem.value(QStringLiteral("title")).toString();
    }
    QStringList errors;
    for (const QJsonValue& e : problem.value(QStringLiteral("errors")).toArray()) {
        errors << e.toString();
    }
    if (!errors.isEmpty()) {
        text += QStringLiteral(" (") + errors.join(QStringLiteral("; ")) + QLatin1Char(')');
    }
    return text.isEmpty() ? QString::fromUtf8(raw.left(200)).simplified() : text;
}

} // namespace

namespace {

// An RFC 9457 problem's detail is shown to the user, after our words for the status.
RestResponse withProblemShown(RestResponse out, const QString& text)
{
    if (out.error.isError() && !text.isEmpty() && !out.error.message.contains(text.left(60))) {
        out.error.message += runPodSaid(text);
    }
    return out;
}

RestResponse classifyRestReply(const HttpReplyData& reply, const RestRequest& request);

} // namespace

QString nextPageOf(const QByteArray& link, const QUrl& endpoint)
{
    for (const QByteArray& part : link.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        if (open < 0 || close < open || !part.mid(close).contains("rel=\"next\"")) {
            continue;
        }
        const QUrl target = endpoint.resolved(QUrl(QString::fromUtf8(part.mid(open + 1, close - open - 1).trimmed())));
        if (target.scheme() != endpoint.scheme() || target.host() != endpoint.host() ||
            target.port() != endpoint.port()) {
            return {};
        }
        QString base = endpoint.path();
        if (!base.endsWith(QLatin1Char('/'))) {
            base += QLatin1Char('/');
        }
        const QString path = target.path();
        if (!path.startsWith(base)) {
            return {}; // never follow a link away from the API
        }
        return path.mid(base.size()) + (target.hasQuery() ? QLatin1Char('?') + target.query() : QString());
    }
    return {};
}

RestResponse interpretRestReply(const HttpReplyData& reply, const RestRequest& request)
{
    RestResponse out = classifyRestReply(reply, request);
    if (out.error.isError() && reply.httpStatus >= 400) {
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        out = withProblemShown(out, doc.isObject() ? problemText(doc.object(), reply.body) : QString());
    }
    return out;
}

namespace {

RestResponse classifyRestReply(const HttpReplyData& reply, const RestRequest& request)
{
    RestResponse out;
    out.httpStatus = reply.httpStatus;
    const QString op = request.operation;
    if (reply.timedOut) {
        out.error = makeError(Kind::NetworkTimeout, QStringLiteral("no answer to %1 in time").arg(op));
        return out;
    }
    if (reply.httpStatus == 0) {
        out.error = makeError(reply.networkError == QNetworkReply::OperationCanceledError ? Kind::Cancelled
                              : reply.networkError == QNetworkReply::TimeoutError         ? Kind::NetworkTimeout
                                                                                          : Kind::NetworkError,
                              reply.networkErrorString);
        return out;
    }
    const int status = reply.httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const QString text = problemText(doc.object(), reply.body);
    const bool mutation = request.method != "GET";

    if (status >= 200 && status < 300) {
        if (status == 204 || reply.body.trimmed().isEmpty()) {
            return out;
        }
        if (parseError.error != QJsonParseError::NoError || (!doc.isObject() && !doc.isArray())) {
            out.error = makeError(
                Kind::UnexpectedResponse,
                QStringLiteral("the answer to %1 is not valid JSON: %2").arg(op, parseError.errorString()), status);
            return out;
        }
        out.body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return out;
    }
    switch (status) {
    case 401:
        out.error = makeError(Kind::InvalidApiKey, text, status);
        return out;
    case 402:
        out.error = makeError(Kind::InsufficientBalance, text, status);
        return out;
    case 403:
        out.error = makeError(Kind::PermissionDenied, text, status);
        return out;
    case 404:
        // Only RunPod's own JSON answer about the pod says it does not exist; a 404 page from a proxy
        // or a wrong URL says nothing about the pod.
        out.error =
            request.path.startsWith(QLatin1String("pods/")) && doc.isObject()
                ? makeError(Kind::PodNotFound, text, status)
                : makeError(Kind::UnexpectedResponse, QStringLiteral("HTTP 404 for %1: %2").arg(op, text), status);
        return out;
    case 422:
        out.error = makeError(Kind::InvalidRequest, text, status);
        return out;
    case 429:
        out.error = makeError(Kind::RateLimited, text, status);
        out.retryAfterSeconds = parseRetryAfter(reply.retryAfter);
        return out;
    default:
        break;
    }
    if (status >= 500) {
        const ApiError e = classifyGraphQlError(text, QString(), op, mutation, status);
        out.error = (e.kind == Kind::NoInstancesAvailable || e.kind == Kind::InsufficientBalance)
                        ? e
                        : makeError(Kind::ServerError, QStringLiteral("HTTP %1: %2").arg(status).arg(text), status);
        out.retryAfterSeconds = parseRetryAfter(reply.retryAfter);
        return out;
    }
    // 400 (capacity or a rule), 409 (not valid in the pod's state) and the rest: RunPod's words.
    out.error = classifyGraphQlError(text, QString(), op, mutation, status);
    if (out.error.kind == Kind::ServerError || out.error.kind == Kind::RateLimited) {
        out.error = makeError(Kind::InvalidRequest, text, status); // a 4xx is never retried
        out.error.message = QCoreApplication::translate("RunPodErrors", "RunPod refused %1: %2").arg(op, text);
    }
    return out;
}

} // namespace

RestJob::RestJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, RestRequest request,
                 RetryPolicy policy, RateLimitPacer* pacer, QObject* parent)
    : ApiJob(std::move(policy), request.operation, parent)
    , m_nam(nam)
    , m_requests(requests)
    , m_request(std::move(request))
    , m_pacer(pacer)
{}

ApiError RestJob::precondition() const
{
    if (m_requests.apiKey().isEmpty()) {
        return noApiKeyError();
    }
    return m_requests.endpointMayCarryKey() ? ApiError{} : insecureEndpointError(m_requests.endpoint());
}

QNetworkReply* RestJob::send()
{
    const QByteArray body = m_request.body.isNull() ? QByteArray() : m_request.body.toJson(QJsonDocument::Compact);
    qCInfo(lcApi).noquote() << "request" << m_request.operation << m_request.method << m_request.path << "attempt"
                            << attempts() << QString::fromUtf8(body);
    return m_nam.sendCustomRequest(m_requests.restRequest(m_request.path), m_request.method, body);
}

ApiJob::Outcome RestJob::interpret(const HttpReplyData& reply)
{
    m_response = interpretRestReply(reply, m_request);
    if (m_pacer) {
        m_pacer->note(reply.rateLimit, reply.rateLimitPolicy);
    }
    if (m_response.ok()) {
        m_response.nextPage = nextPageOf(reply.link, m_requests.endpoint());
    }
    return {m_response.error, m_response.retryAfterSeconds};
}

void RestJob::fail(const ApiError& error)
{
    m_response = RestResponse{};
    m_response.error = error;
}

} // namespace autopod::api
