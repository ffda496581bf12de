// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/GraphQlReply.h"

#include "core/api/ApiErrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace autopod::api {

HttpReplyData HttpReplyData::fromReply(QNetworkReply& reply, bool timedOut)
{
    HttpReplyData data;
    data.networkError = reply.error();
    data.networkErrorString = reply.errorString();
    data.timedOut = timedOut;
    data.httpStatus = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    data.body = reply.readAll();
    data.retryAfter = reply.rawHeader(QByteArrayLiteral("Retry-After"));
    data.link = reply.rawHeader(QByteArrayLiteral("Link"));
    data.rateLimit = reply.rawHeader(QByteArrayLiteral("RateLimit"));
    data.rateLimitPolicy = reply.rawHeader(QByteArrayLiteral("RateLimit-Policy"));
    return data;
}

namespace {

using Kind = ApiError::Kind;

// The first GraphQL error of a body, if the body is a JSON object with a non-empty "errors" array.
bool firstGraphQlError(const QJsonObject& body, QString* message, QString* code, QStringList* all)
{
    const QJsonArray errors = body.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty()) {
        return false;
    }
    for (const QJsonValue& e : errors) {
        const QString m = e.isObject() ? e.toObject().value(QStringLiteral("message")).toString() : e.toString();
        all->append(m);
    }
    const QJsonObject first = errors.first().toObject();
    *message = first.value(QStringLiteral("message")).toString();
    if (message->isEmpty()) {
        *message = QStringLiteral("(a GraphQL error without a message)");
    }
    *code = first.value(QStringLiteral("extensions")).toObject().value(QStringLiteral("code")).toString();
    return true;
}

QString snippet(const QByteArray& body)
{
    QString s = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200) {
        s += QStringLiteral("…");
    }
    return s;
}

} // namespace

int parseRetryAfter(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const int seconds = v.toInt(&ok);
    if (ok) {
        return seconds >= 0 ? seconds : -1;
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return -1;
    }
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc)));
}

GraphQlResponse interpretGraphQlReply(const HttpReplyData& reply, const GraphQlRequest& request)
{
    GraphQlResponse out;
    const bool mutation = request.isMutation();
    const QString op = request.operationName;

    if (reply.timedOut) {
        out.error = makeError(Kind::NetworkTimeout, QStringLiteral("no answer to %1 in time").arg(op));
        return out;
    }
    if (reply.httpStatus == 0) {
        if (reply.networkError == QNetworkReply::OperationCanceledError) {
            out.error = makeError(Kind::Cancelled, reply.networkErrorString);
        } else if (reply.networkError == QNetworkReply::TimeoutError) {
            out.error = makeError(Kind::NetworkTimeout, reply.networkErrorString);
        } else if (reply.networkError != QNetworkReply::NoError) {
            out.error = makeError(Kind::NetworkError, reply.networkErrorString);
        } else {
            out.error = makeError(Kind::UnexpectedResponse, QStringLiteral("no HTTP status"));
        }
        return out;
    }

    const int status = reply.httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    QString gqlMessage;
    QString gqlCode;
    QStringList allMessages;
    const bool hasGqlError = firstGraphQlError(body, &gqlMessage, &gqlCode, &allMessages);

    if (status == 401) {
        out.error = makeError(Kind::InvalidApiKey, hasGqlError ? gqlMessage : snippet(reply.body), status);
        return out;
    }
    if (status == 403) {
        out.error = makeError(Kind::PermissionDenied, hasGqlError ? gqlMessage : snippet(reply.body), status);
        return out;
    }
    if (status == 429) {
        out.error = makeError(Kind::RateLimited, hasGqlError ? gqlMessage : snippet(reply.body), status);
        out.retryAfterSeconds = parseRetryAfter(reply.retryAfter);
        return out;
    }
    if (status >= 500) {
        // A 5xx may still carry a definite refusal (REST v1 sends capacity errors as 500); those
        // keep their kind. Everything else, HTML error pages included, is a server error.
        if (hasGqlError) {
            const ApiError e = classifyGraphQlError(gqlMessage, gqlCode, op, mutation, status);
            if (e.kind == Kind::NoInstancesAvailable || e.kind == Kind::InsufficientBalance ||
                e.kind == Kind::PodNotFound || e.kind == Kind::PermissionDenied) {
                out.error = e;
                return out;
            }
        }
        out.error = makeError(
            Kind::ServerError,
            QStringLiteral("HTTP %1: %2").arg(status).arg(hasGqlError ? gqlMessage : snippet(reply.body)), status);
        out.retryAfterSeconds = parseRetryAfter(reply.retryAfter);
        return out;
    }
    // RunPod retires GraphQL by answering 404/410 at the endpoint, or with an error saying so. Only
    // a definite answer counts: 5xx and timeouts (above) stay transient.
    if (status == 404 || status == 410 || (hasGqlError && announcesRetirement(allMessages.join(QLatin1Char(' '))))) {
        out.error = makeError(
            Kind::ApiRetired,
            QStringLiteral("HTTP %1 for %2: %3").arg(status).arg(op, hasGqlError ? gqlMessage : snippet(reply.body)),
            status);
        return out;
    }
    if (hasGqlError) {
        out.error = classifyGraphQlError(gqlMessage, gqlCode, op, mutation, status);
        if (allMessages.size() > 1) {
            out.error.detail = allMessages.join(QStringLiteral(" | "));
        }
        return out;
    }
    if (status >= 400) {
        out.error = makeError(Kind::InvalidRequest,
                              QStringLiteral("HTTP %1 for %2: %3").arg(status).arg(op, snippet(reply.body)), status);
        return out;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error =
            makeError(Kind::UnexpectedResponse,
                      parseError.error != QJsonParseError::NoError
                          ? QStringLiteral("the answer to %1 is not valid JSON: %2").arg(op, parseError.errorString())
                          : QStringLiteral("the answer to %1 is not a JSON object").arg(op),
                      status);
        return out;
    }
    const QJsonValue data = body.value(QStringLiteral("data"));
    if (!data.isObject()) {
        out.error = makeError(Kind::UnexpectedResponse, QStringLiteral("the answer to %1 has no data").arg(op), status);
        return out;
    }
    out.data = data.toObject();
    return out;
}

} // namespace autopod::api
