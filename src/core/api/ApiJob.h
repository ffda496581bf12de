// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/api/ApiTypes.h"
#include "core/api/GraphQlReply.h"
#include "core/api/RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace autopod::api {

// Whether the reply's headers declare a body longer than `cap` bytes (false while none is declared).
bool declaresMoreThan(const QNetworkReply& reply, qint64 cap);

// One RunPod call with the policy's timeout and retries, whatever the transport: each attempt
// is aborted when it exceeds its timeout, and transient failures (network errors, timeouts, 5xx,
// 429 with Retry-After, "Something went wrong") are retried on the policy's schedule, within the
// policy's overall budget, logging each retry with its time and reason and announcing it with
// retryScheduled(). GraphQlJob and RestJob say how to send and how to read an attempt; the
// subclass emits its own finished() once with the final outcome, then the job deletes itself.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(RetryPolicy policy, QString operation, QObject* parent);
    ~ApiJob() override;

    void start();
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    // The last attempt failed transiently; retry number `retry` (1-based, at most `maxRetries`)
    // follows in `delayMs`.
    void retryScheduled(int retry, int maxRetries, int delayMs, const autopod::api::ApiError& error);

protected:
    struct Outcome
    {
        ApiError error;
        int retryAfterSeconds = -1;
    };

    // A reason not to send at all (no API key...), checked by start(); None to go ahead.
    virtual ApiError precondition() const { return {}; }
    // Sends one attempt (and logs it).
    virtual QNetworkReply* send() = 0;
    // Reads one attempt's answer and keeps it as the subclass's response.
    virtual Outcome interpret(const HttpReplyData& reply) = 0;
    // Keeps `error` as the subclass's response (precondition failures, abort).
    virtual void fail(const ApiError& error) = 0;
    // Emits the subclass's finished() with the kept response.
    virtual void emitFinished() = 0;

    const QString& operation() const { return m_operation; }
    // Ends the job now with `error` (Cancelled for an abort).
    void finishWith(const ApiError& error);

private:
    void attempt();
    void onReplyFinished();
    void stopReadingTooLarge();
    void finish();

    RetryPolicy m_policy;
    QString m_operation;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_sinceAttempt;
    QElapsedTimer m_sinceStart;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    QByteArray m_body; // of the current attempt, as it arrives
    bool m_done = false;
};

} // namespace autopod::api
