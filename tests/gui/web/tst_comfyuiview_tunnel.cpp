// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ComfyUiView on a real tunnel: the core's TunnelController to a simulated pod (OpenSSH sshd +
// the ComfyUI stand-in, tests/ssh/pod-fixture.mjs). The stand-in page renders in the tab; when
// the pod's SSH connections are dropped the tab shows the reconnect notice and, once the tunnel
// has healed, shows the page again without the user doing anything. Runs under Xvfb.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "core/ssh/tunnel/TunnelController.h"
#include "gui/web/ComfyUiView.h"
#include "gui/web/LocalOriginPage.h"
#include "support/TempHome.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace autopod;
using autopod::gui::ComfyUiView;

namespace {

// A late answer (after the wait gave up) lands in the shared state, not in a dead stack frame.
QVariant runJs(QWebEnginePage* page, const QString& script)
{
    const auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant& v) { *result = v; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 10000)) {
        return QStringLiteral("<timeout>");
    }
    return **result;
}

// Screenshots for reviews: <build>/screenshots/<name>.png.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUTOPOD_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(300); // let the compositor paint the last frame
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

} // namespace

class TestComfyUiViewTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAndRecoversAfterReconnect();
};

void TestComfyUiViewTunnel::rendersAndRecoversAfterReconnect()
{
    test::TempHome home;
    QDir().mkpath(home.path(QStringLiteral(".ssh")));
    const QString keyPath = home.path(QStringLiteral(".ssh/id_ed25519"));
    const QString publicKey = test::makeKey(keyPath);
    QVERIFY(!publicKey.isEmpty());
    test::PodFixture pod;
    QVERIFY2(pod.start(publicKey), qPrintable(pod.errorString()));

    ssh::TunnelConfig config;
    config.target.host = pod.ip();
    config.target.port = pod.port();
    config.target.identity.source = ssh::KeySource::DefaultFile;
    config.target.identity.privateKeyPath = keyPath;
    config.target.identity.publicKeyLine = publicKey;
    config.target.knownHostsFile = home.path(QStringLiteral("known_hosts"));
    config.target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    config.podId = QStringLiteral("sshtestpod01");
    config.preferredLocalPort = freePort();
    ssh::TunnelController tunnel(config);

    QList<QUrl> opened;
    ComfyUiView view(QString(), [&](const QUrl& url) { opened << url; });
    view.resize(1200, 800);
    view.followTunnel(&tunnel);
    QCOMPARE(view.tunnelStatus(), ComfyUiView::TunnelStatus::Down);
    QSignalSpy loaded(&view, &ComfyUiView::pageLoaded);
    view.show();
    QString error;
    QVERIFY2(tunnel.start(&error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(view.tunnelStatus(), ComfyUiView::TunnelStatus::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().toBool(), 30000);
    QCOMPARE(view.webView()->url().port(), tunnel.localPort());
    QTRY_COMPARE_WITH_TIMEOUT(runJs(view.page(), QStringLiteral("document.title")).toString(),
                              QStringLiteral("ComfyUI"), 10000);
    QCOMPARE(
        runJs(view.page(), QStringLiteral("document.getElementById('autopod-sim-banner').dataset.podId")).toString(),
        QStringLiteral("sshtestpod01"));

    screenshot(&view, QStringLiteral("comfyui-view-on-tunnel"));

    // The pod's SSH connections drop: the tab says so, then recovers by itself.
    auto* stack = view.findChild<QStackedWidget*>();
    auto* notice = view.findChild<QLabel*>(QStringLiteral("noticeLabel"));
    const qsizetype loadsBefore = loaded.size();
    bool sawNotice = false;
    connect(&view, &ComfyUiView::tunnelStatusChanged, this, [&](ComfyUiView::TunnelStatus status) {
        if (status == ComfyUiView::TunnelStatus::Reconnecting) {
            sawNotice = stack->currentWidget() == notice && notice->text().contains(QStringLiteral("Reconnecting"));
        }
    });
    QVERIFY(pod.dropSshConnections());
    QTRY_VERIFY_WITH_TIMEOUT(sawNotice, 30000);
    if (view.tunnelStatus() == ComfyUiView::TunnelStatus::Reconnecting) {
        screenshot(&view, QStringLiteral("comfyui-view-reconnecting"));
    }
    QTRY_COMPARE_WITH_TIMEOUT(view.tunnelStatus(), ComfyUiView::TunnelStatus::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.size() > loadsBefore && loaded.last().first().toBool(), 30000);
    QCOMPARE(stack->currentWidget(), view.webView());
    QCOMPARE(runJs(view.page(), QStringLiteral("document.title")).toString(), QStringLiteral("ComfyUI"));
    QVERIFY(opened.isEmpty());
    tunnel.stop();
}

QTEST_MAIN(TestComfyUiViewTunnel)
#include "tst_comfyuiview_tunnel.moc"
