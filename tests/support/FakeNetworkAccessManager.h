// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>

#include <deque>
#include <functional>

namespace autopod::test {

// What a fake server answers to one request.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A transport failure instead of an HTTP answer (connection refused, host not found...).
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false; // never answers; only abort() ends the reply
    int delayMs = 0;

    static FakeResponse json(const QByteArray& body, int status = 200);
    static FakeResponse networkError(QNetworkReply::NetworkError error);
    static FakeResponse hanging();
};

struct RecordedRequest
{
    QNetworkAccessManager::Operation operation = QNetworkAccessManager::GetOperation;
    QNetworkRequest request;
    QByteArray body;
};

// A QNetworkAccessManager that never touches the network: each request is recorded and answered
// by the handler, or else by the next queued response (Nextcloud's FakeQNAM is the model).
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest&)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void enqueue(FakeResponse response) { m_queue.push_back(std::move(response)); }
    const QList<RecordedRequest>& requests() const { return m_requests; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    std::deque<FakeResponse> m_queue;
    QList<RecordedRequest> m_requests;
};

} // namespace autopod::test
