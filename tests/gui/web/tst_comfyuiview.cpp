// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUiView: created lazily, stays on the tunnel's origin, hands other links to the system
// browser (a recording stub here), shows a notice while the tunnel is down and reloads when it
// comes back. Runs under Xvfb: the web engine needs a window system.
#include "WebViewTestSupport.h"
#include "core/ssh/tunnel/TunnelConfig.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/LocalOriginPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEngineView>

using autopod::gui::ComfyUiView;
using autopod::gui::LocalOriginPage;
using autopod::webtest::clickElement;
using autopod::webtest::runJs;

namespace {

// A tiny HTTP server standing in for ComfyUI behind the tunnel: every path answers a page with
// links in and out of the origin, and the server counts the requests it served.
class PageServer : public QObject
{
public:
    PageServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    int port() const { return m_server.serverPort(); }
    QStringList paths;

private:
    void answer(QTcpSocket* socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        paths << QString::fromLatin1(path);
        const QByteArray body = "<html><head><title>stand-in " + path +
                                "</title></head><body>"
                                "<a id=local href=\"/other\">local</a>"
                                "<a id=external href=\"https://example.com/docs?x=1\">docs</a>"
                                "<a id=popup target=_blank href=\"https://github.com/comfyanonymous\">gh</a>"
                                "<a id=otherport href=\"http://127.0.0.1:1/\">other port</a>"
                                "<a id=js href=\"javascript:void(0)\">js</a>"
                                "</body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
};

QString title(ComfyUiView& view)
{
    return runJs(view.page(), QStringLiteral("document.title")).toString();
}

} // namespace

class TestComfyUiView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void originRule();
    void tunnelStatesMapped();
    void createdOnlyWhenShown();
    void staysOnTheTunnelOrigin();
    void noticeWhileDownAndReloadOnReconnect();
};

void TestComfyUiView::originRule()
{
    QVERIFY(LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://127.0.0.1:8188/")), 8188));
    QVERIFY(LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://localhost:8188/view?x=1")), 8188));
    QVERIFY(LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://LOCALHOST:8189/")), 8189));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://127.0.0.1:8189/")), 8188));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("https://127.0.0.1:8188/")), 8188));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://127.0.0.2:8188/")), 8188));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://example.com:8188/")), 8188));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://127.0.0.1/")), 8188));
    QVERIFY(!LocalOriginPage::isLocalOrigin(QUrl(QStringLiteral("http://127.0.0.1:8188/")), 0));
}

void TestComfyUiView::tunnelStatesMapped()
{
    using S = autopod::ssh::TunnelState;
    using V = ComfyUiView::TunnelStatus;
    QCOMPARE(ComfyUiView::statusFor(S::Idle), V::Down);
    QCOMPARE(ComfyUiView::statusFor(S::Connecting), V::Connecting);
    QCOMPARE(ComfyUiView::statusFor(S::Verifying), V::Connecting);
    QCOMPARE(ComfyUiView::statusFor(S::Connected), V::Connected);
    QCOMPARE(ComfyUiView::statusFor(S::Reconnecting), V::Reconnecting);
    QCOMPARE(ComfyUiView::statusFor(S::Failed), V::Failed);
    QCOMPARE(ComfyUiView::statusFor(S::Stopped), V::Down);
}

void TestComfyUiView::createdOnlyWhenShown()
{
    ComfyUiView view(QString(), [](const QUrl&) {});
    view.setTunnelState(ComfyUiView::TunnelStatus::Connected, 8188);
    QVERIFY(!view.isWebEngineCreated());
    QVERIFY(view.webView() == nullptr);
    QSignalSpy created(&view, &ComfyUiView::webEngineCreated);
    view.show();
    QVERIFY(view.isWebEngineCreated());
    QCOMPARE(created.count(), 1);
}

void TestComfyUiView::staysOnTheTunnelOrigin()
{
    PageServer server;
    QVERIFY(server.port() > 0);
    QList<QUrl> opened;
    ComfyUiView view(QString(), [&](const QUrl& url) { opened << url; });
    view.resize(800, 600);
    QSignalSpy loaded(&view, &ComfyUiView::pageLoaded);
    view.setTunnelState(ComfyUiView::TunnelStatus::Connected, server.port());
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(loaded.first().first().toBool(), true);
    QCOMPARE(title(view), QStringLiteral("stand-in /"));
    QCOMPARE(view.webView()->url(), view.tunnelUrl());

    // A link inside the origin loads here.
    runJs(view.page(), QStringLiteral("document.getElementById('local').click()"));
    QTRY_COMPARE_WITH_TIMEOUT(title(view), QStringLiteral("stand-in /other"), 10000);

    // A link elsewhere the user clicks goes to the system browser, and the page stays.
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(clickElement(view, QStringLiteral("external")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.at(0), QUrl(QStringLiteral("https://example.com/docs?x=1")));
    QTest::qWait(300);
    QCOMPARE(title(view), QStringLiteral("stand-in /other"));

    // A new window (target=_blank) elsewhere: the system browser, no second view.
    QVERIFY(clickElement(view, QStringLiteral("popup")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    QCOMPARE(opened.at(1), QUrl(QStringLiteral("https://github.com/comfyanonymous")));

    // Another local port is another origin: not loaded here.
    QVERIFY(clickElement(view, QStringLiteral("otherport")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 3, 10000);
    QCOMPARE(opened.at(2).port(), 1);
    QCOMPARE(title(view), QStringLiteral("stand-in /other"));

    // localhost:<port> is the same tunnel.
    runJs(view.page(), QStringLiteral("location.href = 'http://localhost:%1/via-localhost'").arg(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(title(view), QStringLiteral("stand-in /via-localhost"), 10000);
    QCOMPARE(opened.size(), 3);

    // "Open in browser" hands the tunnel URL over.
    view.findChild<QPushButton*>(QStringLiteral("openInBrowserButton"))->click();
    QCOMPARE(opened.size(), 4);
    QCOMPARE(opened.at(3), QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())));
}

void TestComfyUiView::noticeWhileDownAndReloadOnReconnect()
{
    PageServer server;
    ComfyUiView view(QString(), [](const QUrl&) {});
    auto* stack = view.findChild<QStackedWidget*>();
    auto* notice = view.findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QVERIFY(stack && notice);
    view.show();
    QCOMPARE(stack->currentWidget(), notice); // not connected yet: the notice, no page
    QVERIFY(server.paths.isEmpty());

    QSignalSpy loaded(&view, &ComfyUiView::pageLoaded);
    view.setTunnelState(ComfyUiView::TunnelStatus::Connected, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(stack->currentWidget(), view.webView());
    const qsizetype served = server.paths.size();

    QSignalSpy statusChanged(&view, &ComfyUiView::tunnelStatusChanged);
    view.setTunnelState(ComfyUiView::TunnelStatus::Reconnecting, server.port(), QStringLiteral("keepalive lost"));
    QCOMPARE(statusChanged.count(), 1);
    QCOMPARE(stack->currentWidget(), notice);
    QVERIFY(notice->text().contains(QStringLiteral("Reconnecting")));
    QVERIFY(notice->text().contains(QStringLiteral("keepalive lost")));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("openInBrowserButton"))->isEnabled());

    view.setTunnelState(ComfyUiView::TunnelStatus::Connected, server.port());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
    QVERIFY(server.paths.size() > served); // the page was fetched again through the new connection
    QCOMPARE(stack->currentWidget(), view.webView());
}

QTEST_MAIN(TestComfyUiView)
#include "tst_comfyuiview.moc"
