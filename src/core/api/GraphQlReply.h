// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/api/GraphQlRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>

namespace autopod::api {

// What came back for one attempt, as plain data (so interpretation is testable without a network).
struct HttpReplyData
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;
    int httpStatus = 0; // 0 = no HTTP answer at all
    QByteArray body;
    QByteArray retryAfter; // raw Retry-After header
    QByteArray link;       // raw Link header (RFC 8288), for REST pages
    QByteArray rateLimit;  // raw RateLimit and RateLimit-Policy headers (REST v2): RateLimitPacer
    QByteArray rateLimitPolicy;

    // Reads a finished reply; shared by the GraphQL and REST jobs.
    static HttpReplyData fromReply(QNetworkReply& reply, bool timedOut);
};

// The outcome of one attempt: `data` (the GraphQL data object) or a typed error.
struct GraphQlResponse
{
    QJsonObject data;
    ApiError error;
    int retryAfterSeconds = -1; // from Retry-After, when present

    bool ok() const { return !error.isError(); }
};

// Classifies an attempt: transport failures, HTTP status (401 key, 403 permission, 429, 5xx incl.
// HTML error pages), malformed JSON, GraphQL errors (by message and extensions.code) and a missing
// data object. Never throws and never trusts the body's shape.
GraphQlResponse interpretGraphQlReply(const HttpReplyData& reply, const GraphQlRequest& request);

// Retry-After as seconds (delta-seconds or an HTTP date); -1 when absent or unreadable.
int parseRetryAfter(const QByteArray& value);

} // namespace autopod::api
