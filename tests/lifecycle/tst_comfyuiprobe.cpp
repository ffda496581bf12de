// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The readiness check of ComfyUI through the tunnel (ComfyUiProbe) reads what the pod sends, so it is bounded in
// both size and time: a ComfyUI that answers, answers ready; one that floods its answer, trickles it a byte at a
// time, or never answers, is "not ready" with a reason within a few seconds, having read little of it.
#include "core/lifecycle/ComfyUiProbe.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace autopod::lifecycle;

namespace {

enum class Mode
{
    Ready,   // ComfyUI's answer
    Flood,   // 200 without a length, then spaces without end
    Trickle, // 200 with a length, then one byte every 200 ms: never idle long enough for a transfer timeout
    Silent   // takes the request and says nothing
};

// A stand-in for ComfyUI at the tunnel's local port.
class FakeComfy : public QObject
{
public:
    explicit FakeComfy(Mode mode)
        : m_mode(mode)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
                connect(s, &QTcpSocket::bytesWritten, this, [this, s] { pump(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_trickle.setInterval(200);
        connect(&m_trickle, &QTimer::timeout, this, [this] {
            if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
                m_socket->write(" ");
                ++m_sent;
            }
        });
    }
    int port() const { return m_server.serverPort(); }
    qint64 bodyBytesSent() const { return m_sent; }

private:
    void onRequest(QTcpSocket* s)
    {
        m_request += s->readAll();
        if (m_socket || !m_request.contains("\r\n\r\n")) {
            return;
        }
        m_socket = s;
        switch (m_mode) {
        case Mode::Ready: {
            const QByteArray body = R"({"system": {"os": "posix", "comfyui_version": "0.3"}, "devices": []})";
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
            break;
        }
        case Mode::Flood:
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            pump(s);
            break;
        case Mode::Trickle:
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            m_trickle.start();
            break;
        case Mode::Silent:
            break;
        }
    }

    void pump(QTcpSocket* s)
    {
        static const QByteArray chunk(64 * 1024, ' ');
        while (m_mode == Mode::Flood && s == m_socket && s->state() == QAbstractSocket::ConnectedState &&
               s->bytesToWrite() < 1024 * 1024) {
            s->write(chunk);
            m_sent += chunk.size();
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    QTimer m_trickle;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_request;
    qint64 m_sent = 0;
};

// What ComfyUiProbe::check answered, and after how long.
struct Checked
{
    std::optional<ComfyUiProbe::Answer> answer;
    qint64 ms = 0;
};

Checked check(int port)
{
    QNetworkAccessManager http;
    QObject context;
    Checked out;
    QElapsedTimer took;
    took.start();
    ComfyUiProbe::check(http, port, &context, [&out](const ComfyUiProbe::Answer& a) { out.answer = a; });
    // Far longer than the check may take: a check that never answers fails below instead of hanging the test.
    while (!out.answer && took.elapsed() < 30000) {
        QTest::qWait(10);
    }
    out.ms = took.elapsed();
    return out;
}

// The check's own bound (ComfyUiProbe::kTimeoutMs) and some slack for a loaded machine.
constexpr qint64 kAnswerWithinMs = ComfyUiProbe::kTimeoutMs + 5000;

} // namespace

class tst_ComfyUiProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyComfyUiAnswersReady()
    {
        FakeComfy comfy(Mode::Ready);
        const Checked c = check(comfy.port());
        QVERIFY(c.answer.has_value());
        QVERIFY2(c.answer->ready, qPrintable(c.answer->problem));
        QVERIFY(c.answer->latencyMs >= 0);
    }

    void endlessAnswerIsCutAtTheCap()
    {
        FakeComfy comfy(Mode::Flood);
        const Checked c = check(comfy.port());
        qInfo("answered after %lld ms; ComfyUI handed over %lld bytes", c.ms, comfy.bodyBytesSent());
        QVERIFY2(c.answer.has_value(), "no answer within 30 s");
        QVERIFY(!c.answer->ready);
        QVERIFY2(c.answer->problem.contains(QStringLiteral("larger than")), qPrintable(c.answer->problem));
        QVERIFY2(comfy.bodyBytesSent() < 64 * 1024 * 1024,
                 qPrintable(QStringLiteral("read %1 bytes").arg(comfy.bodyBytesSent())));
    }

    // A pod that keeps the connection busy a byte at a time never trips an idle timeout: the check has a deadline
    // of its own.
    void tricklingAnswerEndsAtTheDeadline()
    {
        FakeComfy comfy(Mode::Trickle);
        const Checked c = check(comfy.port());
        qInfo("answered after %lld ms", c.ms);
        QVERIFY2(c.answer.has_value(), "no answer within 30 s");
        QVERIFY(!c.answer->ready);
        QVERIFY2(c.ms < kAnswerWithinMs, qPrintable(QStringLiteral("answered after %1 ms").arg(c.ms)));
        QVERIFY2(c.answer->problem.contains(QStringLiteral("within")), qPrintable(c.answer->problem));
    }

    void silentComfyUiEndsAtTheDeadline()
    {
        FakeComfy comfy(Mode::Silent);
        const Checked c = check(comfy.port());
        QVERIFY2(c.answer.has_value(), "no answer within 30 s");
        QVERIFY(!c.answer->ready);
        QVERIFY2(c.ms < kAnswerWithinMs, qPrintable(QStringLiteral("answered after %1 ms").arg(c.ms)));
        QVERIFY(!c.answer->problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ComfyUiProbe)
#include "tst_comfyuiprobe.moc"
