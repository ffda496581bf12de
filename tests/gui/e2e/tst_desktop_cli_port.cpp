// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// autopod-desktop and the `autopod` CLI on one home, one pod: the desktop app holds the tunnel port
// for its pod (its tunnels run inside the app, which records its own pid for the port), and the
// user runs `autopod pod start <pod>` in a terminal. The CLI must never signal the app: the app
// and its tunnel keep running, and the CLI says that the port is taken, by whom, and which port it
// used instead. This test process is the desktop app: a signal from the CLI ends it with a message.
#include "DesktopFixture.h"
#include "DesktopTestHelpers.h"

#include "core/ssh/tunnel/TunnelRegistry.h"
#include "e2e/CliProcess.h"
#include "gui/DesktopApp.h"
#include "gui/MainWindow.h"
#include "gui/newpod/CreationProgress.h"
#include "gui/newpod/PodCreator.h"
#include "gui/pods/PodListModel.h"
#include "gui/pods/PodRow.h"
#include "gui/web/WebEngineGl.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace autopod;
using test::button;
using test::waitForConnection;

namespace {

// Replaces Qt Test's own handler so the failure says what happened. Only async-signal-safe calls.
void onSignalled(int signal, siginfo_t* info, void*)
{
    static const char text[] = "FAIL! the desktop app was signalled by another process (the CLI reclaimed its port)\n";
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, text, sizeof(text) - 1);
    (void)signal;
    (void)info;
    ::_exit(3);
}

} // namespace

class DesktopCliPort : public QObject
{
    Q_OBJECT

    test::DesktopFixture m_fx;
    std::unique_ptr<test::CliProcess> m_cli;
    int m_port = 0;
    QString m_podId;
    QString m_podName;
    QNetworkAccessManager m_net;

    // ComfyUI's HTTP status through the tunnel on `port` (0: nothing answered), with the event loop
    // running: the desktop's own tunnel serves from this process.
    int comfyStatus(int port)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/system_stats").arg(port)));
        request.setTransferTimeout(10000);
        std::unique_ptr<QNetworkReply> reply(m_net.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            return 0;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QJsonObject podsJsonEntry() const
    {
        QFile f(m_fx.home().autopodHome() + QStringLiteral("/pods.json"));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value(m_podName).toObject();
    }

public:
    static void initMain() { gui::deferWebEngineGl(); }

private Q_SLOTS:
    void initTestCase()
    {
        struct sigaction action = {};
        action.sa_sigaction = onSignalled;
        action.sa_flags = SA_SIGINFO;
        sigemptyset(&action.sa_mask);
        QCOMPARE(::sigaction(SIGTERM, &action, nullptr), 0);

        // A free port stands in for 8188, so parallel test runs do not meet on it.
        m_port = test::freeLocalPort();
        const QString error = m_fx.start({{QStringLiteral("ssh.tunnel_port"), QString::number(m_port)}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_cli = std::make_unique<test::CliProcess>(m_fx.home(), m_fx.sim());

        QSignalSpy connected(m_fx.app().creator(), &gui::PodCreator::connected);
        QSignalSpy failed(m_fx.app().creator(), &gui::PodCreator::failed);
        QString why;
        m_podId = m_fx.createPodThroughDialog(&why);
        QVERIFY2(!m_podId.isEmpty(), qPrintable(why));
        QVERIFY(waitForConnection(connected, failed));
        QVERIFY(failed.isEmpty());
        if (gui::CreationProgress* progress = m_fx.app().creator()->activeProgress())
            progress->close();
        const gui::PodRow* row = m_fx.app().model()->find(m_podId);
        QVERIFY(row);
        m_podName = row->name;
    }

    void desktopHoldsTheTunnelPort()
    {
        QCOMPARE(ssh::TunnelRegistry::listeningProcess(m_port), QCoreApplication::applicationPid());
        const auto record = ssh::TunnelRegistry(m_fx.home().autopodHome() + QStringLiteral("/run")).read(m_port);
        QVERIFY2(record, "the desktop app wrote no tunnel record for its port");
        QCOMPARE(record->pid, QCoreApplication::applicationPid());
        QCOMPARE(record->podId, m_podId);
        QCOMPARE(comfyStatus(m_port), 200);
    }

    void podStartFromATerminalLeavesTheDesktopRunning()
    {
        auto p = m_cli->start({QStringLiteral("pod"), QStringLiteral("start"), m_podName, QStringLiteral("--yes")});
        p->closeWriteChannel();
        // The app's event loop keeps running while the CLI works, as it does for a user.
        QTRY_VERIFY_WITH_TIMEOUT(p->state() == QProcess::NotRunning, 120000);
        const test::CliResult r = m_cli->wait(*p, 5000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
        QVERIFY2(r.out.contains(QStringLiteral("Connected!")), qPrintable(r.all()));

        // What the CLI says: the port is taken, by this app, which it leaves running; and the port it took.
        const QString holder = QStringLiteral("Port %1 is used by ").arg(m_port);
        const QString leftAlone =
            QStringLiteral("(pid %1), which autopod leaves running").arg(QCoreApplication::applicationPid());
        QVERIFY2(r.all().contains(holder) && r.all().contains(leftAlone), qPrintable(r.all()));
        const int cliPort = podsJsonEntry().value(QStringLiteral("tunnel_port")).toInt();
        QVERIFY2(cliPort > 0 && cliPort != m_port, qPrintable(QString::number(cliPort)));
        QVERIFY2(r.all().contains(QStringLiteral("using port %1 instead").arg(cliPort)), qPrintable(r.all()));

        // The app was not touched: its tunnel still holds the port and ComfyUI answers through both.
        QTest::qWait(1000);
        QCOMPARE(ssh::TunnelRegistry::listeningProcess(m_port), QCoreApplication::applicationPid());
        QCOMPARE(comfyStatus(m_port), 200);
        QCOMPARE(comfyStatus(cliPort), 200);
        QVERIFY(m_fx.window()->isVisible());
        const gui::PodRow* row = m_fx.app().model()->find(m_podId);
        QVERIFY(row);
        QCOMPARE(row->state, gui::PodRow::State::Connected);

        // The CLI's background tunnel is an `autopod tunnel` this test started: end it.
        const qint64 tunnelPid = podsJsonEntry().value(QStringLiteral("tunnel_pid")).toInteger();
        QVERIFY(ssh::TunnelRegistry::isAutopodTunnelProcess(tunnelPid, m_podId));
        ::kill(pid_t(tunnelPid), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(tunnelPid), 0) != 0, 10000);
    }

    void cleanupTestCase() { m_fx.stop(); }
};

QTEST_MAIN(DesktopCliPort)
#include "tst_desktop_cli_port.moc"
