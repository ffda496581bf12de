// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The shell tab on a real pod: the simulator's pod host (OpenSSH sshd in its own network
// namespace, via tests/ssh/pod-fixture.mjs) reached through the core's ssh::ShellSession (libssh
// PTY). Typing a command shows its output in xterm.js, read back from the terminal's buffer;
// the size of the terminal reaches the PTY; `exit` shows the status. Runs under Xvfb.
#include "PodFixture.h"
#include "SshTestSupport.h"
#include "gui/terminal/ShellSessionTerminal.h"
#include "gui/terminal/ShellTab.h"
#include "support/TempHome.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace autopod;
using autopod::gui::ShellTab;

namespace {

// A late answer (after the wait gave up) lands in the shared state, not in a dead stack frame.
QString terminalText(ShellTab& tab)
{
    const auto text = std::make_shared<std::optional<QString>>();
    tab.page()->runJavaScript(QStringLiteral("window.autopodTerminalText ? autopodTerminalText() : ''"),
                              [text](const QVariant& v) { *text = v.toString(); });
    if (!QTest::qWaitFor([&] { return text->has_value(); }, 10000)) {
        return QStringLiteral("<timeout>");
    }
    return **text;
}

// Screenshots for reviews: <build>/screenshots/<name>.png.
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUTOPOD_BUILD_DIR") + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QTest::qWait(300); // let the compositor paint the last frame
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void type(ShellTab& tab, const QString& text)
{
    QWidget* input = tab.webView()->focusProxy() ? tab.webView()->focusProxy() : tab.webView();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

class TestShellTabPod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandOnThePod();
};

void TestShellTabPod::commandOnThePod()
{
    test::TempHome home;
    QVERIFY(home.isValid());
    const QString keyPath = home.path(QStringLiteral("id_ed25519"));
    const QString publicKey = test::makeKey(keyPath);
    QVERIFY(!publicKey.isEmpty());
    test::PodFixture pod;
    QVERIFY2(pod.start(publicKey), qPrintable(pod.errorString()));

    ssh::SshTarget target;
    target.host = pod.ip();
    target.port = pod.port();
    target.identity.source = ssh::KeySource::DefaultFile;
    target.identity.privateKeyPath = keyPath;
    target.identity.publicKeyLine = publicKey;
    target.knownHostsFile = home.path(QStringLiteral("known_hosts"));
    target.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;

    ShellTab tab(QStringLiteral("autopod-2026-11-30-001"), std::make_unique<gui::ShellSessionTerminal>(target));
    tab.resize(1000, 600);
    QSignalSpy started(&tab, &ShellTab::sessionStarted);
    QSignalSpy finished(&tab, &ShellTab::sessionFinished);
    QSignalSpy failed(&tab, &ShellTab::sessionFailed);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab.isTerminalReady(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(started.count() == 1 || failed.count() == 1, 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    tab.webView()->setFocus();
    // The command runs on the pod (its hostname is the pod's, not ours) and the PTY knows the
    // terminal's size.
    type(tab, QStringLiteral("echo pod-says-$((6*7)) $(id -un); stty size"));
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("pod-says-42 root")), 15000);
    const QString text = terminalText(tab);
    // Shared with the callback: it may answer after a failed wait has left this function.
    auto size = std::make_shared<std::optional<QVariantList>>();
    tab.page()->runJavaScript(QStringLiteral("[autopodTerminal.cols, autopodTerminal.rows]"),
                              [size](const QVariant& v) { *size = v.toList(); });
    QTRY_VERIFY(size->has_value());
    QVariant cols = (*size)->value(0);
    QVariant rows = (*size)->value(1);
    QVERIFY2(text.contains(QStringLiteral("%1 %2").arg(rows.toInt()).arg(cols.toInt())), qPrintable(text));

    type(tab, QStringLiteral("ls -la --color=always / | head -12"));
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("workspace")), 15000);
    screenshot(&tab, QStringLiteral("shell-tab"));

    // Resizing the tab resizes the PTY.
    tab.resize(700, 400);
    QTest::qWait(500);
    type(tab, QStringLiteral("echo size-now $(stty size)"));
    size = std::make_shared<std::optional<QVariantList>>();
    tab.page()->runJavaScript(QStringLiteral("[autopodTerminal.cols, autopodTerminal.rows]"),
                              [size](const QVariant& v) { *size = v.toList(); });
    QTRY_VERIFY(size->has_value());
    cols = (*size)->value(0);
    rows = (*size)->value(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        terminalText(tab).contains(QStringLiteral("size-now %1 %2").arg(rows.toInt()).arg(cols.toInt())), 15000);

    type(tab, QStringLiteral("exit 7"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(finished.first().first().toInt(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("exited with status 7")), 10000);
}

QTEST_MAIN(TestShellTabPod)
#include "tst_shelltab_pod.moc"
