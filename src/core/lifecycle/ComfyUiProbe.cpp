// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/lifecycle/ComfyUiProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace autopod::lifecycle {

void ComfyUiProbe::check(QNetworkAccessManager& http, int localPort, QObject* context, Callback done)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/system_stats").arg(localPort)));
    request.setTransferTimeout(kTimeoutMs);
    QElapsedTimer started;
    started.start();
    QNetworkReply* reply = http.get(request);
    reply->setParent(context);
    // The body is taken as it arrives through a small read buffer, so the network layer stops reading at the cap.
    reply->setReadBufferSize(64 * 1024);
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    // The transfer timeout above only fires when nothing arrives for that long: a pod that sends a
    // byte now and then would keep the check (and the connect waiting on it) going for days.
    auto late = std::make_shared<bool>(false);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, late] {
        *late = true;
        reply->abort(); // finished() follows
    });
    deadline->start(kTimeoutMs);
    QObject::connect(reply, &QNetworkReply::readyRead, context, [reply, body, tooLarge] {
        if (*tooLarge) {
            return;
        }
        *body += reply->read(kMaxAnswerBytes + 1 - body->size());
        if (body->size() > kMaxAnswerBytes) {
            *tooLarge = true;
            body->clear();
            reply->abort(); // finished() follows
        }
    });
    QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, started, body, tooLarge, late, done = std::move(done)] {
            reply->deleteLater();
            Answer answer;
            if (*late) {
                answer.problem = QCoreApplication::translate("ComfyUiProbe", "no complete answer to GET /system_stats "
                                                                             "within %1 s")
                                     .arg(kTimeoutMs / 1000);
                done(answer);
                return;
            }
            if (*tooLarge) {
                answer.problem =
                    QStringLiteral("the answer to GET /system_stats is larger than %1 KiB").arg(kMaxAnswerBytes / 1024);
                done(answer);
                return;
            }
            *body += reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status == 200 &&
                QJsonDocument::fromJson(*body).object().contains(QLatin1String("system"))) {
                answer.ready = true;
                answer.latencyMs = int(started.elapsed());
            } else {
                answer.problem = reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                                          : QStringLiteral("HTTP %1").arg(status);
            }
            done(answer);
        });
}

} // namespace autopod::lifecycle
