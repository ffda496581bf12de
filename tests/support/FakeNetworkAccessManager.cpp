// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/FakeNetworkAccessManager.h"

#include <QTimer>

#include <cstring>

namespace autopod::test {

namespace {

class FakeReply : public QNetworkReply
{
public:
    FakeReply(const RecordedRequest& recorded, FakeResponse response, QObject* parent)
        : QNetworkReply(parent)
        , m_response(std::move(response))
    {
        setRequest(recorded.request);
        setUrl(recorded.request.url());
        setOperation(recorded.operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!m_response.hang) {
            QTimer::singleShot(m_response.delayMs, this, [this] { finishNow(); });
        }
    }

    void abort() override
    {
        if (isFinished()) {
            return;
        }
        fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    }

    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0) {
            return isFinished() ? -1 : 0;
        }
        std::memcpy(data, m_body.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void finishNow()
    {
        if (isFinished()) {
            return;
        }
        if (m_response.error != QNetworkReply::NoError) {
            fail(m_response.error, QStringLiteral("Simulated network failure"));
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto& [name, value] : std::as_const(m_response.headers)) {
            setRawHeader(name, value);
        }
        if (m_response.status >= 400) {
            // QNetworkAccessManager reports HTTP errors as reply errors as well.
            setError(m_response.status >= 500 ? QNetworkReply::InternalServerError
                                              : QNetworkReply::ProtocolInvalidOperationError,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        }
        m_body = m_response.body;
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        if (error() != QNetworkReply::NoError) {
            Q_EMIT errorOccurred(error());
        }
        setFinished(true);
        Q_EMIT finished();
    }

    void fail(QNetworkReply::NetworkError code, const QString& text)
    {
        setError(code, text);
        Q_EMIT errorOccurred(code);
        setFinished(true);
        Q_EMIT finished();
    }

    FakeResponse m_response;
    QByteArray m_body;
    qint64 m_offset = 0;
};

} // namespace

FakeResponse FakeResponse::json(const QByteArray& body, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.error = error;
    return r;
}

FakeResponse FakeResponse::hanging()
{
    FakeResponse r;
    r.hang = true;
    return r;
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData)
{
    RecordedRequest recorded{op, request, outgoingData ? outgoingData->readAll() : QByteArray()};
    m_requests.append(recorded);

    FakeResponse response;
    if (m_handler) {
        response = m_handler(recorded);
    } else if (!m_queue.empty()) {
        response = std::move(m_queue.front());
        m_queue.pop_front();
    } else {
        response = FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
    }
    return new FakeReply(recorded, std::move(response), this);
}

} // namespace autopod::test
