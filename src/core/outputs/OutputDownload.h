// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace autopod::outputs {

// Limits of every read from the pod: a hostile or broken ComfyUI can neither fill the disk nor
// hold autopod forever.
struct ReadLimits
{
    qint64 maxBytes = 0;    // larger answers are cut off and count as failed
    int stallMs = 30000;    // no byte for this long: failed
    int deadlineMs = 60000; // the whole read takes longer: failed
};

// One GET through the tunnel, asynchronous: into memory (toFile empty) or streamed into a file
// (the caller's temporary name). finished() comes exactly once; the object deletes itself after.
class OutputDownload : public QObject
{
    Q_OBJECT

public:
    enum class Result
    {
        Ok,
        NotFound, // HTTP 404: the file is gone from the pod
        Failed,   // network, HTTP error, truncated answer, a limit
    };

    OutputDownload(QNetworkAccessManager& nam, const QUrl& url, const ReadLimits& limits, QString toFile,
                   QObject* parent = nullptr);
    ~OutputDownload() override;

    void start();
    void abort(); // finished(Failed, "stopped")

    QByteArray body() const { return m_body; } // the answer when reading into memory

    static constexpr qint64 kReadBufferBytes = 1024 * 1024;

Q_SIGNALS:
    void finished(autopod::outputs::OutputDownload::Result result, const QString& error);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString& error);
    void end(Result result, const QString& error);

    QNetworkAccessManager& m_nam;
    QUrl m_url;
    ReadLimits m_limits;
    QString m_toFile;
    QFile m_file;
    QByteArray m_body;
    qint64 m_received = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace autopod::outputs
