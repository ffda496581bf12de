#include "core/api/RestJob.h"

#include "core/api/ApiErrors.h"
#include "core/api/ApiLogging.h"
#include "core/api/RunPodRequestFactory.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

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

RestResponse interpretRestReply(const HttpReplyData& reply, const RestRequest& request)
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
        out.error =
            request.path.startsWith(QLatin1String("pods/"))
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
        out.error.message = QStringLiteral("RunPod refused %1: %2").arg(op, text);
    }
    return out;
}

RestJob::RestJob(QNetworkAccessManager& nam, const RunPodRequestFactory& requests, RestRequest request,
                 RetryPolicy policy, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_requests(requests)
    , m_request(std::move(request))
    , m_policy(std::move(policy))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply && !m_reply->isFinished()) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &RestJob::attempt);
}

RestJob::~RestJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RestJob::start()
{
    if (m_requests.apiKey().isEmpty()) {
        RestResponse r;
        r.error = makeError(Kind::InvalidApiKey, QStringLiteral("no API key configured"));
        r.error.message = QStringLiteral("No RunPod API key is configured. Create one at "
                                         "https://www.runpod.io/console/user/settings and run `autopod config set "
                                         "api-key`.");
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    attempt();
}

void RestJob::attempt()
{
    ++m_attempt;
    m_timedOut = false;
    const QByteArray body = m_request.body.isNull() ? QByteArray() : m_request.body.toJson(QJsonDocument::Compact);
    qCInfo(lcApi).noquote() << "request" << m_request.operation << m_request.method << m_request.path << "attempt"
                            << m_attempt << QString::fromUtf8(body);
    m_elapsed.start();
    m_reply = m_nam.sendCustomRequest(m_requests.restRequest(m_request.path), m_request.method, body);
    connect(m_reply, &QNetworkReply::finished, this, &RestJob::onReplyFinished);
    m_timeout.start(m_policy.timeoutMs);
}

void RestJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    m_timeout.stop();
    m_reply = nullptr;
    reply->deleteLater();

    const HttpReplyData data = HttpReplyData::fromReply(*reply, m_timedOut);
    const RestResponse response = interpretRestReply(data, m_request);
    qCInfo(lcApi).noquote() << "response" << m_request.operation << "HTTP" << data.httpStatus << "in"
                            << m_elapsed.elapsed() << "ms"
                            << (response.ok() ? QStringLiteral("ok") : kindName(response.error.kind));
    qCDebug(lcApi).noquote() << "response body" << m_request.operation << QString::fromUtf8(data.body.left(20000));

    if (!response.ok() && response.error.isTransient() && m_attempt <= m_policy.maxRetries()) {
        const int delay = m_policy.delayBeforeRetry(m_attempt - 1, response.retryAfterSeconds);
        qCWarning(lcApi).noquote() << QStringLiteral("retry %1/%2 of %3 at %4 (in %5 ms): %6: %7")
                                          .arg(m_attempt)
                                          .arg(m_policy.maxRetries())
                                          .arg(m_request.operation,
                                               QDateTime::currentDateTimeUtc().addMSecs(delay).toString(
                                                   Qt::ISODateWithMs))
                                          .arg(delay)
                                          .arg(kindName(response.error.kind), response.error.detail);
        m_retryTimer.start(delay);
        return;
    }
    finish(response);
}

void RestJob::finish(const RestResponse& response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT finished(response, m_attempt);
    deleteLater();
}

} // namespace autopod::api
