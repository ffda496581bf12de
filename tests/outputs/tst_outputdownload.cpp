// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A download of an output from the pod (OutputDownload) holds little of it in memory, however fast the pod sends
// and however busy autopod's thread is: Qt's network thread stops reading while autopod has not taken what it read.
// The pod here is a plain socket server in a thread of its own that sends without end as fast as it is let.
#include "core/outputs/OutputDownload.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace autopod::outputs;

namespace {

// Answers one GET with 200 and an endless body; counts what the kernel took from it.
class EndlessPod
{
public:
    EndlessPod()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 && ::listen(m_listen, 1) == 0 &&
            ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
            m_port = ntohs(a.sin_port);
        }
        m_thread = std::thread([this] { serve(); });
    }
    ~EndlessPod()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        if (m_conn >= 0) {
            ::shutdown(m_conn, SHUT_RDWR);
        }
        m_thread.join();
        ::close(m_listen);
    }
    int port() const { return m_port; }
    qint64 bodyBytesSent() const { return m_sent.load(); }

private:
    void serve()
    {
        const int c = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
        if (c < 0) {
            return;
        }
        m_conn = c;
        char request[4096];
        [[maybe_unused]] const ssize_t n = ::recv(c, request, sizeof request, 0);
        const char head[] = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nConnection: close\r\n\r\n";
        ::send(c, head, sizeof head - 1, MSG_NOSIGNAL);
        static const QByteArray chunk(64 * 1024, 'x');
        while (!m_stop) {
            const ssize_t w = ::send(c, chunk.constData(), size_t(chunk.size()), MSG_NOSIGNAL);
            if (w <= 0) {
                break;
            }
            m_sent += w;
        }
        ::close(c);
    }

    int m_listen = -1;
    std::atomic<int> m_conn = -1;
    int m_port = 0;
    std::atomic<bool> m_stop = false;
    std::atomic<qint64> m_sent = 0;
    std::thread m_thread;
};

// What Qt's network thread and the sockets on both ends may hold while autopod's thread does nothing; without a
// bound on Qt's read buffer the pod gets rid of the whole pause's worth (hundreds of MB on loopback).
constexpr qint64 kBusyBound = 32LL * 1024 * 1024;

} // namespace

class tst_OutputDownload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doesNotReadAheadWhileBusy()
    {
        EndlessPod pod;
        QVERIFY(pod.port() > 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QNetworkAccessManager nam;
        ReadLimits limits;
        limits.maxBytes = 32LL * 1024 * 1024 * 1024; // a file: capped by the disk-side limit, not by memory
        auto* download =
            new OutputDownload(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/view?filename=big.png").arg(pod.port())),
                               limits, dir.filePath(QStringLiteral("big.png.part")));
        QSignalSpy finished(download, &OutputDownload::finished);
        download->start();
        QTRY_VERIFY_WITH_TIMEOUT(pod.bodyBytesSent() > 1024 * 1024, 30000);
        const qint64 before = pod.bodyBytesSent();
        QThread::msleep(2000); // autopod's thread is busy elsewhere
        const qint64 during = pod.bodyBytesSent() - before;
        qInfo("the pod handed over %lld bytes while the client was busy", during);
        download->abort();
        QCOMPARE(finished.size(), 1);
        delete download;
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("big.png.part"))));
        QVERIFY2(during < kBusyBound,
                 qPrintable(QStringLiteral("the network thread read %1 bytes ahead of autopod").arg(during)));
    }
};

QTEST_GUILESS_MAIN(tst_OutputDownload)
#include "tst_outputdownload.moc"
