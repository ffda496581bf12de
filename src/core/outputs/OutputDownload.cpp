// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/outputs/OutputDownload.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace autopod::outputs {

OutputDownload::OutputDownload(QNetworkAccessManager& nam, const QUrl& url, const ReadLimits& limits, QString toFile,
                               QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(url)
    , m_limits(limits)
    , m_toFile(std::move(toFile))
{
    m_stall.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("no data for %1 s").arg(m_limits.stallMs / 1000)); });
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { fail(QStringLiteral("took longer than %1 s").arg(m_limits.deadlineMs / 1000)); });
}

OutputDownload::~OutputDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_toFile.isEmpty() && !m_done) {
        m_file.close();
        QFile::remove(m_toFile);
    }
}

void OutputDownload::start()
{
    if (!m_toFile.isEmpty()) {
        m_file.setFileName(m_toFile);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTimer::singleShot(0, this, [this, why = m_file.errorString()] { end(Result::Failed, why); });
            return;
        }
    }
    QNetworkRequest request(m_url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setMaximumRedirectsAllowed(0);
    m_reply = m_nam.get(request);
    // Qt's network thread stops reading from the socket while this much is waiting for us: however
    // busy this thread is, the pod is throttled instead of the answer piling up in memory.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &OutputDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &OutputDownload::onFinished);
    m_stall.start(m_limits.stallMs);
    m_deadline.start(m_limits.deadlineMs);
}

void OutputDownload::abort()
{
    fail(QStringLiteral("stopped"));
}

void OutputDownload::onReadyRead()
{
    if (!m_reply || m_done) {
        return;
    }
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > m_limits.maxBytes) {
        fail(QStringLiteral("larger than %1 bytes").arg(m_limits.maxBytes));
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_limits.maxBytes) {
        fail(QStringLiteral("larger than %1 bytes").arg(m_limits.maxBytes));
        return;
    }
    if (m_toFile.isEmpty()) {
        m_body.append(chunk);
    } else if (m_file.write(chunk) != chunk.size()) {
        fail(m_file.errorString());
        return;
    }
    m_stall.start(m_limits.stallMs);
}

void OutputDownload::onFinished()
{
    if (!m_reply || m_done) {
        return;
    }
    onReadyRead();
    if (m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (status == 404) {
        end(Result::NotFound, QStringLiteral("HTTP 404"));
    } else if (m_reply->error() != QNetworkReply::NoError) {
        fail(m_reply->errorString());
    } else if (status != 200) {
        fail(QStringLiteral("HTTP %1").arg(status));
    } else if (length.isValid() && length.toLongLong() != m_received) {
        fail(QStringLiteral("answer cut off after %1 of %2 bytes").arg(m_received).arg(length.toLongLong()));
    } else if (!m_toFile.isEmpty() && !m_file.flush()) {
        fail(m_file.errorString());
    } else {
        m_file.close();
        end(Result::Ok, {});
    }
}

void OutputDownload::fail(const QString& error)
{
    end(Result::Failed, error);
}

void OutputDownload::end(Result result, const QString& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_stall.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_file.close();
    if (result != Result::Ok && !m_toFile.isEmpty()) {
        QFile::remove(m_toFile);
    }
    Q_EMIT finished(result, error);
    deleteLater();
}

} // namespace autopod::outputs
