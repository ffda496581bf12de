// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/RunPodRequestFactory.h"

#include "core/api/ApiLogging.h"
#include "core/app/AppInfo.h"
#include "core/logging/Logging.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace autopod::api {

RunPodRequestFactory::RunPodRequestFactory(const QUrl& endpoint, KeyProvider key)
    : m_endpoint(endpoint)
    , m_key(std::move(key))
{
    QUrlQuery query(m_endpoint);
    if (query.hasQueryItem(QStringLiteral("api_key"))) {
        const QString leaked = query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
        logging::registerSecret(leaked);
        query.removeAllQueryItems(QStringLiteral("api_key"));
        m_endpoint.setQuery(query);
        qCWarning(lcApi) << "ignoring the api_key in the configured RunPod endpoint; the key is sent only"
                            " in the Authorization header";
    }
}

QString RunPodRequestFactory::apiKey() const
{
    const QString key = m_key ? m_key().trimmed() : QString();
    if (!key.isEmpty()) {
        logging::registerSecret(key);
    }
    return key;
}

QByteArray RunPodRequestFactory::userAgent()
{
    return QByteArrayLiteral("autopod/") + AppInfo::version().toUtf8();
}

bool RunPodRequestFactory::mayCarryKey(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme != QLatin1String("http")) {
        return false;
    }
    const QString host = url.host().toLower();
    return QHostAddress(host).isLoopback(); // not "localhost": it may resolve to ::1, where anyone may listen
}

QNetworkRequest RunPodRequestFactory::graphQlRequest() const
{
    return build(m_endpoint);
}

QNetworkRequest RunPodRequestFactory::restRequest(const QString& path) const
{
    QUrl url = m_endpoint;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    QString rest = path;
    while (rest.startsWith(QLatin1Char('/'))) {
        rest.remove(0, 1);
    }
    const qsizetype q = rest.indexOf(QLatin1Char('?'));
    if (q >= 0) {
        url.setQuery(rest.mid(q + 1));
        rest.truncate(q);
    }
    url.setPath(base + rest, QUrl::TolerantMode); // a pod id in it is percent-encoded already
    return build(url);
}

QNetworkRequest RunPodRequestFactory::build(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), userAgent());
    const QString key = mayCarryKey(url) ? apiKey() : QString();
    if (!key.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key.toUtf8());
    }
    // Timeouts are enforced by the job (it aborts the reply); no redirects to other hosts with the key.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace autopod::api
