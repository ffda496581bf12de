// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/ApiJob.h"

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"

#include <QDateTime>
#include <QNetworkReply>

#include <algorithm>
#include <utility>

namespace autopod::api {

namespace {

// No answer autopod asks RunPod for comes near this (the whole GPU catalogue is about 100 KB): a
// larger one is not read to the end, so a broken or hostile endpoint cannot fill memory.
constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;
constexpr qint64 kReadBufferBytes = 256 * 1024;

} // namespace

bool declaresMoreThan(const QNetworkReply& reply, qint64 cap)
{
    bool known = false;
    const qint64 declared = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    return known && declared > cap;
}

ApiJob::ApiJob(RetryPolicy policy, QString operation, QObject* parent)
    : QObject(parent)
    , m_policy(std::move(policy))
    , m_operation(std::move(operation))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Schedules the user reads in the log (2, 4, 8 s; Retry-After) are kept to the millisecond.
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply && !m_reply->isFinished()) {
            m_timedOut = true;
            m_reply->abort(); // finished() follows, synchronously or soon
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::attempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    m_sinceStart.start();
    if (const ApiError refused = precondition(); refused.isError()) {
        QTimer::singleShot(0, this, [this, refused] { finishWith(refused); });
        return;
    }
    attempt();
}

void ApiJob::finishWith(const ApiError& error)
{
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    fail(error);
    finish();
}

void ApiJob::attempt()
{
    ++m_attempt;
    m_timedOut = false;
    m_tooLarge = false;
    m_sinceAttempt.start();
    m_reply = send();
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // The body is taken as it arrives, through a small read buffer: the network layer stops reading
    // from the socket while that buffer is full, so what is held is never much more than the cap.
    // Qt's HTTP thread learns the buffer's size only from a request that has started, and a request
    // with a body (every GraphQL POST, every REST call through sendCustomRequest) starts from the
    // event loop, after this: the size set here is lost, and the HTTP thread then reads as fast as
    // the server sends however far behind this thread is (under ASan: 0.5-2.6 GB for a 16 MiB cap).
    // So it is set again from the event loop, queued behind the request's start.
    m_body.clear();
    m_reply->setReadBufferSize(kReadBufferBytes);
    QMetaObject::invokeMethod(
        this,
        [this, reply = m_reply] {
            if (m_reply == reply) {
                reply->setReadBufferSize(kReadBufferBytes);
            }
        },
        Qt::QueuedConnection);
    // A declared length past the cap is refused from the headers, before any of the body.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply || m_tooLarge) {
            return;
        }
        if (declaresMoreThan(*m_reply, kMaxReplyBytes)) {
            stopReadingTooLarge();
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_tooLarge) {
            return;
        }
        m_body += m_reply->read(kMaxReplyBytes + 1 - m_body.size());
        if (m_body.size() > kMaxReplyBytes) {
            stopReadingTooLarge();
        }
    });
    // The last attempt gets only what is left of the budget.
    const qint64 left = m_policy.budgetMs() - m_sinceStart.elapsed();
    m_timeout.start(int(std::clamp<qint64>(left, 1, m_policy.timeoutMs)));
}

void ApiJob::stopReadingTooLarge()
{
    m_tooLarge = true;
    m_body.clear();
    m_reply->abort(); // finished() follows
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    if (m_tooLarge) {
        // Not transient: the same endpoint would answer the same way again.
        qCWarning(lcApi).noquote() << "response" << m_operation << "is larger than" << kMaxReplyBytes
                                   << "bytes; stopped reading it";
        finishWith(makeError(ApiError::Kind::UnexpectedResponse,
                             QStringLiteral("the answer is larger than %1 MiB; autopod stopped reading it")
                                 .arg(kMaxReplyBytes / (1024 * 1024))));
        return;
    }

    HttpReplyData data = HttpReplyData::fromReply(*reply, m_timedOut);
    data.body.prepend(std::exchange(m_body, {}));
    const Outcome outcome = interpret(data);
    const ApiError& error = outcome.error;
    qCInfo(lcApi).noquote() << "response" << m_operation << "HTTP" << data.httpStatus << "in"
                            << m_sinceAttempt.elapsed() << "ms"
                            << (error.isError() ? kindName(error.kind) : QStringLiteral("ok"));
    qCDebug(lcApi).noquote() << "response body" << m_operation << QString::fromUtf8(data.body.left(20000));

    if (error.isError() && error.isTransient() && m_attempt <= m_policy.maxRetries()) {
        const int delay = m_policy.delayBeforeRetry(m_attempt - 1, outcome.retryAfterSeconds);
        if (m_sinceStart.elapsed() + delay < m_policy.budgetMs()) {
            qCWarning(lcApi).noquote() << QStringLiteral("retry %1/%2 of %3 at %4 (in %5 ms): %6: %7")
                                              .arg(m_attempt)
                                              .arg(m_policy.maxRetries())
                                              .arg(m_operation,
                                                   QDateTime::currentDateTimeUtc().addMSecs(delay).toString(
                                                       Qt::ISODateWithMs))
                                              .arg(delay)
                                              .arg(kindName(error.kind), error.detail);
            m_retryTimer.start(delay);
            Q_EMIT retryScheduled(m_attempt, m_policy.maxRetries(), delay, error);
            return;
        }
        qCWarning(lcApi).noquote() << "giving up on" << m_operation << "after" << m_sinceStart.elapsed()
                                   << "ms: the retry budget of" << m_policy.budgetMs() << "ms is spent";
    }
    if (error.isError()) {
        qCWarning(lcApi).noquote() << "failed" << m_operation << "after" << m_attempt
                                   << "attempt(s):" << kindName(error.kind) << "-" << error.detail;
    }
    finish();
}

void ApiJob::finish()
{
    if (m_done) {
        return;
    }
    m_done = true;
    emitFinished();
    deleteLater();
}

} // namespace autopod::api
