// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A RunPod endpoint that answers with a 1 GB or an endless body cannot make autopod read it all, whatever the shape of
// the answer (a Content-Length, chunked without end, no length and never closing; success or error status; plain HTTP
// or TLS): the call fails with a clear message once the answer passes the size cap, on the GraphQL and the REST path
// alike and for the pod's log stream, and the server sees autopod stop reading long before the end. A declared length
// past the cap is refused from the headers. While autopod's own thread is busy (a loaded machine, a sanitizer build),
// Qt's network thread does not read ahead of it: the server's flood stalls instead.
#include "api/ApiTestUtil.h"
#include "core/api/GraphQlRunPodApi.h"
#include "core/api/RestV2RunPodApi.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace autopod;
using namespace autopod::api;

namespace {

// How the flood is framed.
enum class Shape
{
    ContentLength,
    EndlessChunked,
    EndlessUntilClose,
    DeclaredOnly // a Content-Length, then nothing: only the headers can tell the answer is too large
};

// Answers every request with `status` and a body of spaces (or another fill byte): `length` bytes long with a
// Content-Length, chunked without end, or without a length and never closing. Over TLS when given a configuration.
// Counts what it managed to hand to the client.
class FloodServer : public QObject
{
public:
    FloodServer(Shape shape, qint64 length, const QSslConfiguration& tls, QByteArray status, char fill = ' ')
        : m_shape(shape)
        , m_length(length)
        , m_status(std::move(status))
        , m_tls(!tls.isNull())
        , m_chunk(64 * 1024, fill)
    {
        if (m_tls) {
            auto* server = new QSslServer(this);
            server->setSslConfiguration(tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRequest(s); });
                connect(s, &QTcpSocket::bytesWritten, this, [this, s] { pump(s); });
                if (auto* secure = qobject_cast<QSslSocket*>(s)) {
                    connect(secure, &QSslSocket::encryptedBytesWritten, this, [this, s] { pump(s); });
                }
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort())
                        .arg(path));
    }
    qint64 bodyBytesSent() const { return m_sent.load(); }

private:
    void onRequest(QTcpSocket* s)
    {
        m_request += s->readAll();
        if (m_started || !m_request.contains("\r\n\r\n")) {
            return;
        }
        m_started = true;
        QByteArray head = "HTTP/1.1 " + m_status + "\r\nContent-Type: application/json\r\n";
        switch (m_shape) {
        case Shape::ContentLength:
        case Shape::DeclaredOnly:
            head += "Content-Length: " + QByteArray::number(m_length) + "\r\n";
            break;
        case Shape::EndlessChunked:
            head += "Transfer-Encoding: chunked\r\n";
            break;
        case Shape::EndlessUntilClose:
            head += "Connection: close\r\n";
            break;
        }
        s->write(head + "\r\n");
        pump(s);
    }

    void pump(QTcpSocket* s)
    {
        const QByteArray& chunk = m_chunk;
        // What is still queued in this process, plain or (with TLS) encrypted: the server only
        // writes more once the client has taken most of it off the wire.
        const auto queued = [s] {
            const auto* tls = qobject_cast<QSslSocket*>(s);
            return s->bytesToWrite() + (tls ? tls->encryptedBytesToWrite() : 0);
        };
        while (m_started && m_shape != Shape::DeclaredOnly && s->state() == QAbstractSocket::ConnectedState &&
               queued() < 1024 * 1024) {
            if (m_shape == Shape::ContentLength) {
                const qint64 n = std::min<qint64>(chunk.size(), m_length - m_sent);
                if (n <= 0) {
                    return;
                }
                s->write(chunk.constData(), n);
                m_sent += n;
            } else if (m_shape == Shape::EndlessChunked) {
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
                m_sent += chunk.size();
            } else {
                s->write(chunk);
                m_sent += chunk.size();
            }
        }
    }

    QTcpServer* m_server = nullptr;
    Shape m_shape;
    qint64 m_length;
    QByteArray m_status;
    bool m_tls;
    QByteArray m_chunk;
    std::atomic<qint64> m_sent = 0; // read from the test's thread when the server runs in its own
    bool m_started = false;
    QByteArray m_request;
};

// A FloodServer in a thread of its own: it keeps sending while the client's thread is busy.
class FloodThread
{
public:
    FloodThread(Shape shape, qint64 length, const QSslConfiguration& tls, const QByteArray& status)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_anchor, [&] { m_server = new FloodServer(shape, length, tls, status); }, Qt::BlockingQueuedConnection);
    }
    ~FloodThread()
    {
        QMetaObject::invokeMethod(
            &m_anchor,
            [this] {
                delete m_server;
                m_anchor.moveToThread(nullptr);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    FloodServer& server() { return *m_server; }

private:
    QThread m_thread;
    QObject m_anchor;
    FloodServer* m_server = nullptr;
};

RetryPolicy oneTry()
{
    RetryPolicy p;
    p.delaysMs.clear();
    p.timeoutMs = 60000;
    return p;
}

constexpr qint64 kGiB = 1024LL * 1024 * 1024;
// The cap is 16 MiB; what the server got rid of beyond it sits in socket buffers and Qt's read
// buffers. Without a cap that holds, the whole 1 GB (or, endless, gigabytes) is read.
constexpr qint64 kStoppedReadingBy = 256LL * 1024 * 1024;
// The cap itself: a declared 1 GB is refused from its headers, so the server never gets this far.
constexpr qint64 kCapBytes = 16LL * 1024 * 1024;
// The pod log's cap (RestV2RunPodApi::kMaxLogBytes): 5000 lines of log come nowhere near it.
constexpr qint64 kLogCapBytes = 4LL * 1024 * 1024;
// What the server may get rid of while the client's thread does nothing for kBusyMs: the client's
// read buffers (a few hundred KiB) and the sockets' buffers on both ends, never the pause's worth.
constexpr qint64 kBusyBound = 32LL * 1024 * 1024;
constexpr int kBusyMs = 2000;

std::unique_ptr<RunPodApi> makeApi(bool rest, QNetworkAccessManager& nam, const FloodServer& server)
{
    const auto key = [] {
        return QStringLiteral("rp_test");
    };
    if (rest) {
        auto r = std::make_unique<RestV2RunPodApi>(nam, server.url(QStringLiteral("v2")), key);
        r->setRetryPolicy(oneTry());
        return r;
    }
    auto g = std::make_unique<GraphQlRunPodApi>(nam, server.url(QStringLiteral("graphql")), key);
    g->setRetryPolicy(oneTry());
    return g;
}

// A throwaway self-signed certificate for 127.0.0.1 (openssl from the build machine).
QSslConfiguration makeServerTls(const QString& dir)
{
    const QString key = dir + QStringLiteral("/key.pem");
    const QString cert = dir + QStringLiteral("/cert.pem");
    const int rc =
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                           QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-batch")});
    if (rc != 0) {
        return {};
    }
    QFile keyFile(key);
    QFile certFile(cert);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

} // namespace

Q_DECLARE_METATYPE(Shape)

class tst_apireplybounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tls = makeServerTls(m_dir.path());
        QVERIFY2(!m_tls.isNull(), "could not make a test certificate with openssl");
    }

    void stopsReadingAHugeAnswer_data()
    {
        QTest::addColumn<bool>("rest");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<QByteArray>("status");
        const QByteArray ok("200 OK");
        for (const bool rest : {false, true}) {
            const char* api = rest ? "REST" : "GraphQL";
            for (const bool tls : {false, true}) {
                const char* wire = tls ? "https" : "http";
                QTest::addRow("%s, %s, 1 GB with Content-Length", api, wire)
                    << rest << tls << Shape::ContentLength << ok;
                QTest::addRow("%s, %s, endless until close", api, wire)
                    << rest << tls << Shape::EndlessUntilClose << ok;
                // Not over plain HTTP: Qt 6.4 decodes a chunked body on an unencrypted connection in a loop that
                // reads the socket for as long as data keeps coming, before autopod sees any of it (a local flood
                // can outrun it: measured 0.5-1.6 GB). autopod speaks plain HTTP only to a loopback address (it
                // refuses any other, see tst_graphql_transport), so no remote server can do this; docs/api-client.md.
                if (tls) {
                    QTest::addRow("%s, %s, endless chunked", api, wire) << rest << tls << Shape::EndlessChunked << ok;
                }
            }
            // An error status with a huge body is capped the same way and not retried.
            QTest::addRow("%s, https, HTTP 500 with 1 GB", api)
                << rest << true << Shape::ContentLength << QByteArray("500 Internal Server Error");
        }
    }

    void stopsReadingAHugeAnswer()
    {
        QFETCH(bool, rest);
        QFETCH(bool, tls);
        QFETCH(Shape, shape);
        QFETCH(QByteArray, status);
        FloodServer server(shape, kGiB, tls ? m_tls : QSslConfiguration(), status);
        QNetworkAccessManager nam;
        // The test's certificate is self-signed; the client trusts it for this test only.
        connect(&nam, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const std::unique_ptr<RunPodApi> api = makeApi(rest, nam, server);

        const auto r = test::awaitResult<QList<Pod>>([&](QObject* c, auto done) { api->pods(c, done); }, 90000);
        qInfo("the server handed over %lld bytes of body", server.bodyBytesSent());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::UnexpectedResponse);
        QVERIFY2(r.error.text().contains(QStringLiteral("larger than")), qPrintable(r.error.text()));
        QVERIFY2(server.bodyBytesSent() < kStoppedReadingBy,
                 qPrintable(QStringLiteral("the server sent %1 bytes").arg(server.bodyBytesSent())));
        if (shape == Shape::ContentLength) {
            QVERIFY2(server.bodyBytesSent() < kCapBytes,
                     qPrintable(QStringLiteral("a declared 1 GB was read into: the server sent %1 bytes")
                                    .arg(server.bodyBytesSent())));
        }
    }

    void stopsReadingWhileBusy_data()
    {
        QTest::addColumn<bool>("rest");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<Shape>("shape");
        for (const bool rest : {false, true}) {
            const char* api = rest ? "REST" : "GraphQL";
            QTest::addRow("%s, http, endless until close", api) << rest << false << Shape::EndlessUntilClose;
            QTest::addRow("%s, https, endless until close", api) << rest << true << Shape::EndlessUntilClose;
            QTest::addRow("%s, https, endless chunked", api) << rest << true << Shape::EndlessChunked;
        }
    }

    // autopod's thread does nothing for two seconds while the answer floods in: Qt's network thread
    // must hold back (the server stalls on full socket buffers) instead of reading on into memory.
    void stopsReadingWhileBusy()
    {
        QFETCH(bool, rest);
        QFETCH(bool, tls);
        QFETCH(Shape, shape);
        FloodThread flood(shape, kGiB, tls ? m_tls : QSslConfiguration(), QByteArray("200 OK"));
        FloodServer& server = flood.server();
        QNetworkAccessManager nam;
        connect(&nam, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const std::unique_ptr<RunPodApi> api = makeApi(rest, nam, server);

        QObject context;
        std::optional<ApiResult<QList<Pod>>> result;
        api->pods(&context, [&result](const ApiResult<QList<Pod>>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(server.bodyBytesSent() > 0, 30000);
        const qint64 before = server.bodyBytesSent();
        QThread::msleep(kBusyMs); // this thread, autopod's, is busy elsewhere
        const qint64 during = server.bodyBytesSent() - before;
        qInfo("the server handed over %lld bytes while the client was busy", during);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 90000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error.kind, ApiError::Kind::UnexpectedResponse);
        QVERIFY2(during < kBusyBound,
                 qPrintable(QStringLiteral("the network thread read %1 bytes ahead of autopod").arg(during)));
    }

    // The pod's log (REST only) is an event stream that RunPod keeps open: a stream that never ends a
    // line, ends lines without ever sending an event, or declares 1 GB is not read past the cap
    // either (a declared 1 GB fails at once, without waiting for the stream's deadline); an error
    // status is not read on.
    void podLogsStopReadingAHugeStream_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<char>("fill");
        QTest::addColumn<QByteArray>("status");
        const QByteArray ok("200 OK");
        for (const bool tls : {false, true}) {
            const char* wire = tls ? "https" : "http";
            QTest::addRow("%s, 1 GB with Content-Length", wire) << tls << Shape::ContentLength << ' ' << ok;
            QTest::addRow("%s, 1 GB declared, nothing sent", wire) << tls << Shape::DeclaredOnly << ' ' << ok;
            QTest::addRow("%s, one endless line", wire) << tls << Shape::EndlessUntilClose << ' ' << ok;
            QTest::addRow("%s, endless empty lines", wire) << tls << Shape::EndlessUntilClose << '\n' << ok;
        }
        QTest::addRow("https, endless chunked") << true << Shape::EndlessChunked << ' ' << ok;
        QTest::addRow("https, HTTP 500 with an endless body")
            << true << Shape::EndlessUntilClose << ' ' << QByteArray("500 Internal Server Error");
    }

    void podLogsStopReadingAHugeStream()
    {
        QFETCH(bool, tls);
        QFETCH(Shape, shape);
        QFETCH(char, fill);
        QFETCH(QByteArray, status);
        FloodServer server(shape, kGiB, tls ? m_tls : QSslConfiguration(), status, fill);
        QNetworkAccessManager nam;
        connect(&nam, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const std::unique_ptr<RunPodApi> api = makeApi(true, nam, server);

        QElapsedTimer took;
        took.start();
        const auto r = test::awaitResult<QStringList>(
            [&](QObject* c, auto done) { api->podLogs(QStringLiteral("p1"), 50, c, done); }, 60000);
        qInfo("the server handed over %lld bytes of body in %lld ms", server.bodyBytesSent(), took.elapsed());
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("%1 line(s) of log").arg(r.ok() ? r.value->size() : 0)));
        QVERIFY2(r.error.kind != ApiError::Kind::Cancelled, qPrintable(r.error.message)); // the test's own timeout
        if (status.startsWith("200")) {
            QCOMPARE(r.error.kind, ApiError::Kind::UnexpectedResponse);
            QVERIFY2(r.error.text().contains(QStringLiteral("larger than")), qPrintable(r.error.text()));
        } else {
            QVERIFY2(r.error.detail.contains(QStringLiteral("HTTP 500")), qPrintable(r.error.detail));
        }
        QVERIFY2(server.bodyBytesSent() < kLogCapBytes + kBusyBound,
                 qPrintable(QStringLiteral("the server sent %1 bytes").arg(server.bodyBytesSent())));
    }

    // While autopod's thread is busy, Qt's network thread does not read the log stream ahead of it.
    void podLogsStopReadingWhileBusy()
    {
        FloodThread flood(Shape::EndlessUntilClose, kGiB, m_tls, QByteArray("200 OK"));
        FloodServer& server = flood.server();
        QNetworkAccessManager nam;
        connect(&nam, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply* reply, const QList<QSslError>&) { reply->ignoreSslErrors(); });
        const std::unique_ptr<RunPodApi> api = makeApi(true, nam, server);

        QObject context;
        std::optional<ApiResult<QStringList>> result;
        api->podLogs(QStringLiteral("p1"), 50, &context, [&result](const ApiResult<QStringList>& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(server.bodyBytesSent() > 0, 30000);
        const qint64 before = server.bodyBytesSent();
        QThread::msleep(kBusyMs);
        const qint64 during = server.bodyBytesSent() - before;
        qInfo("the server handed over %lld bytes while the client was busy", during);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        // The stream's deadline may pass while the thread is busy: then what came by then is the log (no line).
        QVERIFY(result->ok() ? result->value->isEmpty() : result->error.kind == ApiError::Kind::UnexpectedResponse);
        QVERIFY2(during < kBusyBound,
                 qPrintable(QStringLiteral("the network thread read %1 bytes ahead of autopod").arg(during)));
    }

private:
    QTemporaryDir m_dir;
    QSslConfiguration m_tls;
};

QTEST_GUILESS_MAIN(tst_apireplybounds)
#include "tst_apireplybounds.moc"
