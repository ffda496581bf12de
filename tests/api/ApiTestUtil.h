// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/api/RunPodApi.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace autopod::test {

// Runs one asynchronous RunPodApi call and waits (test code only) for its callback.
template <typename T, typename Call>
api::ApiResult<T> awaitResult(Call call, int timeoutMs = 10000)
{
    QObject context;
    std::optional<api::ApiResult<T>> out;
    call(&context, [&out](const api::ApiResult<T>& r) { out = r; });
    const QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired()) {
        QTest::qWait(5);
    }
    if (!out) {
        api::ApiError e;
        e.kind = api::ApiError::Kind::Cancelled;
        e.message = QStringLiteral("test: no callback within %1 ms").arg(timeoutMs);
        return api::ApiResult<T>::failure(e);
    }
    return *out;
}

inline QJsonObject jsonBody(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace autopod::test
