#include "core/api/GraphQlJob.h"

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/RunPodRequestFactory.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace autopod::api {

GraphQlJob::GraphQlJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, GraphQlRequest request,
                       RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_requests(requests)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // Schedules the user reads in the log (2, 4, 8 s; Retry-After) are kept to the millisecond.
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &GraphQlJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphQlJob::attempt);
}

GraphQlJob::~GraphQlJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GraphQlJob::start()
{
    if (m_request.document.isEmpty()) {
        GraphQlResponse r;
        r.error = makeError(ApiError::Kind::InvalidRequest,
                            QStringLiteral("no GraphQL document for %1 in this build").arg(m_request.operationName));
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    if (m_requests.apiKey().isEmpty()) {
        GraphQlResponse r;
        r.error = makeError(ApiError::Kind::InvalidApiKey, QStringLiteral("no API key configured"));
        r.error.message = QStringLiteral("No RunPod API key is configured. Create one at "
                                         "https://www.runpod.io/console/user/settings and run `autopod config set "
                                         "api-key`.");
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    attempt();
}

void GraphQlJob::abort()
{
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    GraphQlResponse r;
    r.error = makeError(ApiError::Kind::Cancelled);
    finish(r);
}

void GraphQlJob::attempt()
{
    ++m_attempt;
    m_timedOut = false;
    const QByteArray body = m_request.toJson();
    qCInfo(lcApi).noquote() << "request" << m_request.operationName << "attempt" << m_attempt << "variables"
                            << QString::fromUtf8(QJsonDocument(m_request.variables).toJson(QJsonDocument::Compact));
    m_elapsed.start();
    m_reply = m_nam.post(m_requests.graphQlRequest(), body);
    connect(m_reply, &QNetworkReply::finished, this, &GraphQlJob::onReplyFinished);
    m_timeout.start(m_policy.timeoutMs);
}

void GraphQlJob::onTimeout()
{
    if (m_reply && !m_reply->isFinished()) {
        m_timedOut = true;
        m_reply->abort(); // finished() follows, synchronously or soon
    }
}

void GraphQlJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const HttpReplyData data = HttpReplyData::fromReply(*reply, m_timedOut);

    const GraphQlResponse response = interpretGraphQlReply(data, m_request);
    const qint64 ms = m_elapsed.elapsed();
    qCInfo(lcApi).noquote() << "response" << m_request.operationName << "HTTP" << data.httpStatus << "in" << ms << "ms"
                            << (response.ok() ? QStringLiteral("ok") : kindName(response.error.kind));
    qCDebug(lcApi).noquote() << "response body" << m_request.operationName << QString::fromUtf8(data.body.left(20000));

    const bool retriesLeft = m_attempt <= m_policy.maxRetries();
    if (!response.ok() && response.error.isTransient() && retriesLeft) {
        const int retry = m_attempt - 1;
        const int delay = m_policy.delayBeforeRetry(retry, response.retryAfterSeconds);
        qCWarning(lcApi).noquote() << QStringLiteral("retry %1/%2 of %3 at %4 (in %5 ms): %6: %7")
                                          .arg(m_attempt)
                                          .arg(m_policy.maxRetries())
                                          .arg(m_request.operationName,
                                               QDateTime::currentDateTimeUtc().addMSecs(delay).toString(
                                                   Qt::ISODateWithMs))
                                          .arg(delay)
                                          .arg(kindName(response.error.kind), response.error.detail);
        m_retryTimer.start(delay);
        return;
    }
    if (!response.ok()) {
        qCWarning(lcApi).noquote() << "failed" << m_request.operationName << "after" << m_attempt
                                   << "attempt(s):" << kindName(response.error.kind) << "-" << response.error.detail;
    }
    finish(response);
}

void GraphQlJob::finish(const GraphQlResponse& response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(response, m_attempt);
    deleteLater();
}

} // namespace autopod::api
