// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// What a page in the ComfyUI tab may do on its own (ComfyUI's custom nodes run arbitrary scripts
// there): a download waits for the user's word and never overwrites a file; only a link the user
// clicks reaches the system browser (a recording stub here); each pod's site keeps its cookies
// and local storage to itself, and they are deleted with the pod. Runs under Xvfb: the web
// engine needs a window system.
#include "WebViewTestSupport.h"
#include "gui/DesktopApp.h"
#include "gui/pods/PodsController.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/DownloadPrompt.h"
#include "gui/web/LocalOriginPage.h"
#include "lifecycle/FakePodConnector.h"
#include "support/FakeRunPodApi.h"
#include "support/TempHome.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

using namespace autopod;
using autopod::gui::ComfyUiView;
using autopod::gui::LocalOriginPage;
using autopod::webtest::clickElement;
using autopod::webtest::runJs;

namespace {

const QByteArray workflowBody = "{\"nodes\": [], \"from\": \"the pod\"}";

// Stands in for ComfyUI behind the tunnel: "/" is a page with links out of the origin,
// /workflow.json a download (as ComfyUI's "Save" answers).
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
    int pagesServed = 0; // requests for the page (not the download)

private:
    void answer(QTcpSocket* socket)
    {
        const QByteArray path = socket->readAll().split(' ').value(1);
        if (path == "/") {
            ++pagesServed;
        }
        QByteArray head = "HTTP/1.1 200 OK\r\nConnection: close\r\n";
        QByteArray body;
        if (path.startsWith("/workflow.json")) {
            head += "Content-Type: application/json\r\nContent-Disposition: attachment; filename=\"workflow.json\"\r\n";
            body = workflowBody;
        } else {
            head += "Content-Type: text/html\r\n";
            body = "<html><head><title>stand-in</title><style>a{display:block;margin:20px;font-size:30px}</style>"
                   "</head><body>"
                   "<a id=external href=\"https://example.com/docs\">docs</a>"
                   "<a id=popup target=_blank href=\"https://github.com/comfyanonymous\">gh</a>"
                   "<a id=save href=\"/workflow.json\">save</a>"
                   "</body></html>";
        }
        socket->write(head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
    QTcpServer m_server;
};

QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Shows `view` on the stand-in and waits for the page.
bool loadStandIn(ComfyUiView& view, const PageServer& server)
{
    QSignalSpy loaded(&view, &ComfyUiView::pageLoaded);
    view.resize(800, 600);
    view.setTunnelState(ComfyUiView::TunnelStatus::Connected, server.port());
    view.show();
    view.ensureWebEngine();
    return QTest::qWaitForWindowExposed(&view) && QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000) &&
           loaded.first().first().toBool();
}

QMessageBox* downloadQuestion(ComfyUiView& view)
{
    return view.findChild<QMessageBox*>(QStringLiteral("downloadQuestion"));
}

} // namespace

class TestComfyUiViewExposure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void downloadWaitsForTheUsersWord();
    void onlyClickedLinksReachTheBrowser();
    void eachPodKeepsItsSiteToItselfUntilTerminated();
};

void TestComfyUiViewExposure::downloadWaitsForTheUsersWord()
{
    PageServer server;
    QTemporaryDir downloads;
    // The user's own file of the same name: never overwritten.
    const QString mine = downloads.filePath(QStringLiteral("workflow.json"));
    {
        QFile f(mine);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my work");
    }
    ComfyUiView view(QString(), [](const QUrl&) {});
    view.downloads()->setDirectory(downloads.path());
    QVERIFY(loadStandIn(view, server));

    // The page starts a download: nothing is written until the user answers.
    runJs(view.page(), QStringLiteral("location.href = '/workflow.json'"));
    QTRY_VERIFY_WITH_TIMEOUT(downloadQuestion(view) != nullptr, 10000);
    QMessageBox* question = downloadQuestion(view);
    QVERIFY(question->isVisible());
    QVERIFY2(question->text().contains(QStringLiteral("workflow.json")), qPrintable(question->text()));
    QVERIFY2(question->text().contains(QDir::toNativeSeparators(downloads.path())), qPrintable(question->text()));
    QVERIFY2(question->text().contains(QStringLiteral("workflow (1).json")), qPrintable(question->text()));
    QTest::qWait(500);
    QCOMPARE(QDir(downloads.path()).entryList(QDir::Files), QStringList{QStringLiteral("workflow.json")});

    // Cancel: nothing saved, and the page the user works in was not reloaded.
    const int pages = server.pagesServed;
    question->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(downloadQuestion(view) == nullptr, 5000);
    QTest::qWait(2500); // longer than the view's retry delay for a failed load
    QCOMPARE(QDir(downloads.path()).entryList(QDir::Files), QStringList{QStringLiteral("workflow.json")});
    QCOMPARE(server.pagesServed, pages);

    // Save: written next to the user's file, which keeps its content.
    QSignalSpy saved(view.downloads(), &gui::DownloadPrompt::downloadSaved);
    runJs(view.page(), QStringLiteral("location.href = '/workflow.json?again'"));
    QTRY_VERIFY_WITH_TIMEOUT(downloadQuestion(view) != nullptr, 10000);
    downloadQuestion(view)->button(QMessageBox::Save)->click();
    const QString second = downloads.filePath(QStringLiteral("workflow (1).json"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(saved.first().first().toString(), second);
    QCOMPARE(readFile(second), QString::fromUtf8(workflowBody));
    QCOMPARE(readFile(mine), QStringLiteral("my work"));
}

void TestComfyUiViewExposure::onlyClickedLinksReachTheBrowser()
{
    PageServer server;
    QList<QUrl> opened;
    ComfyUiView view(QString(), [&](const QUrl& url) { opened << url; });
    QVERIFY(loadStandIn(view, server));
    QSignalSpy blocked(view.page(), &LocalOriginPage::navigationBlocked);
    const auto wasBlocked = [&](const QString& url) {
        for (const QList<QVariant>& args : std::as_const(blocked)) {
            if (args.first().toUrl() == QUrl(url)) {
                return true;
            }
        }
        return false;
    };

    // A script changes the location, opens a window, clicks a link: no browser tab opens.
    runJs(view.page(), QStringLiteral("location.href = 'https://example.com/by-script'"));
    QTRY_VERIFY_WITH_TIMEOUT(wasBlocked(QStringLiteral("https://example.com/by-script")), 10000);
    runJs(view.page(), QStringLiteral("window.open('https://example.com/popup-by-script')"));
    QTRY_VERIFY_WITH_TIMEOUT(wasBlocked(QStringLiteral("https://example.com/popup-by-script")), 10000);
    runJs(view.page(), QStringLiteral("document.getElementById('external').click()"));
    QTRY_VERIFY_WITH_TIMEOUT(wasBlocked(QStringLiteral("https://example.com/docs")), 10000);
    runJs(view.page(), QStringLiteral("document.getElementById('popup').click()"));
    QTRY_VERIFY_WITH_TIMEOUT(wasBlocked(QStringLiteral("https://github.com/comfyanonymous")), 10000);
    QTest::qWait(500);
    QVERIFY2(opened.isEmpty(), qPrintable(opened.value(0).toString()));
    QCOMPARE(view.webView()->url(), view.tunnelUrl()); // the page stayed

    // The user clicks a link out of the origin: the system browser opens it.
    QVERIFY(clickElement(view, QStringLiteral("external")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.at(0), QUrl(QStringLiteral("https://example.com/docs")));
    // ...and one into a new window (target=_blank).
    QVERIFY(clickElement(view, QStringLiteral("popup")));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 10000);
    QCOMPARE(opened.at(1), QUrl(QStringLiteral("https://github.com/comfyanonymous")));
    QCOMPARE(view.webView()->url(), view.tunnelUrl());
}

void TestComfyUiViewExposure::eachPodKeepsItsSiteToItselfUntilTerminated()
{
    test::TempHome home;
    PageServer server;
    test::FakeRunPodApi api;
    api.addPod(test::FakeRunPodApi::runningPod(QStringLiteral("podA"), QStringLiteral("autopod-a"), 0.4));
    api.addPod(test::FakeRunPodApi::runningPod(QStringLiteral("podB"), QStringLiteral("autopod-b"), 0.4));
    QTemporaryDir root;
    test::FakeJournal journal;
    test::FakePodConnector connector;
    gui::DesktopServices services;
    services.api = &api;
    services.journal = &journal;
    services.connector = &connector;
    services.webStoragePath = root.path();
    gui::DesktopApp app(std::move(services));
    QSignalSpy refreshed(app.pods(), &gui::PodsController::refreshed);
    app.startRefreshing();
    QVERIFY(refreshed.wait(5000));
    // Both tunnels answer on the same local address, as every pod's does on 8188.
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    app.pods()->setLocalUrl(QStringLiteral("podA"), url);
    app.pods()->setLocalUrl(QStringLiteral("podB"), url);

    const auto open = [&](const QString& podId) -> ComfyUiView* {
        app.openComfyUi(podId);
        ComfyUiView* view = app.comfyUiView(podId);
        if (!view) {
            return nullptr;
        }
        QSignalSpy loaded(view, &ComfyUiView::pageLoaded);
        view->ensureWebEngine();
        return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 20000) ? view : nullptr;
    };
    ComfyUiView* a = open(QStringLiteral("podA"));
    QVERIFY(a);
    QCOMPARE(runJs(a->page(), QStringLiteral("localStorage.setItem('workflow', 'pod A secret');"
                                             " document.cookie = 'session=pod-a; max-age=3600';"
                                             " localStorage.getItem('workflow') + '|' + document.cookie"))
                 .toString(),
             QStringLiteral("pod A secret|session=pod-a"));

    ComfyUiView* b = open(QStringLiteral("podB"));
    QVERIFY(b);
    QVERIFY(b != a);
    QCOMPARE(
        runJs(b->page(), QStringLiteral("String(localStorage.getItem('workflow')) + '|' + document.cookie")).toString(),
        QStringLiteral("null|"));
    // Pod A's page still has its own.
    QCOMPARE(runJs(a->page(), QStringLiteral("localStorage.getItem('workflow')")).toString(),
             QStringLiteral("pod A secret"));

    const QString dirA = a->storagePath();
    const QString dirB = b->storagePath();
    QVERIFY(!dirA.isEmpty() && dirA != dirB);
    QVERIFY(dirA.startsWith(root.path()) && QDir(dirA).exists());
    QVERIFY(dirB.startsWith(root.path()) && QDir(dirB).exists());

    // Pod A is terminated: what its site stored goes with it; pod B's stays.
    QSignalSpy terminated(app.pods(), &gui::PodsController::podTerminated);
    app.pods()->terminatePod(QStringLiteral("podA"));
    QTRY_COMPARE_WITH_TIMEOUT(terminated.count(), 1, 5000);
    QVERIFY(!QDir(dirA).exists());
    QTest::qWait(1500); // the web engine writes nothing back afterwards
    QVERIFY(!QDir(dirA).exists());
    QVERIFY(QDir(dirB).exists());
    QCOMPARE(runJs(b->page(), QStringLiteral("String(localStorage.getItem('workflow'))")).toString(),
             QStringLiteral("null"));
}

QTEST_MAIN(TestComfyUiViewExposure)
#include "tst_comfyuiview_exposure.moc"
