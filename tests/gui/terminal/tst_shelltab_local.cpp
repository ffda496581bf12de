// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// ShellTab's terminal: xterm.js from qrc:/terminal bridged over QWebChannel. Driven here by a
// local shell on a real PTY (util-linux `script`), so the bridge is tested without a pod; the
// pod test is tst_shelltab_pod. Also "Open in system terminal". Runs under Xvfb.
#include "gui/terminal/ShellTab.h"
#include "gui/terminal/SystemTerminal.h"
#include "gui/terminal/TerminalSession.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace autopod::gui;

namespace {

class LocalPtySession : public TerminalSession
{
public:
    using TerminalSession::TerminalSession;
    QList<QPair<int, int>> sizes;
    QByteArray written;

    void start(int cols, int rows) override
    {
        sizes << qMakePair(cols, rows);
        connect(&m_process, &QProcess::readyReadStandardOutput, this,
                [this] { Q_EMIT dataReceived(m_process.readAllStandardOutput()); });
        connect(&m_process, &QProcess::finished, this, [this](int code) { Q_EMIT finished(code); });
        connect(&m_process, &QProcess::started, this, [this] { Q_EMIT started(); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PS1"), QStringLiteral("pty$ "));
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("script"),
                        {QStringLiteral("-qfec"),
                         QStringLiteral("stty cols %1 rows %2; exec sh -i").arg(cols).arg(rows),
                         QStringLiteral("/dev/null")});
    }
    void write(const QByteArray& bytes) override
    {
        written += bytes;
        m_process.write(bytes);
    }
    void resize(int cols, int rows) override { sizes << qMakePair(cols, rows); }
    void close() override
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }

private:
    QProcess m_process;
};

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

} // namespace

class TestShellTabLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingRunsCommandsAndShowsOutput();
    void systemTerminalCommand();
    void noTerminalFound();
    void noTerminalIsSaidInTheTerminalNotInTheHeader();
};

void TestShellTabLocal::typingRunsCommandsAndShowsOutput()
{
    auto owned = std::make_unique<LocalPtySession>();
    LocalPtySession* session = owned.get();
    ShellTab tab(QStringLiteral("autopod-2026-11-30-001"), std::move(owned));
    tab.resize(900, 500);
    QSignalSpy started(&tab, &ShellTab::sessionStarted);
    QSignalSpy finished(&tab, &ShellTab::sessionFinished);
    tab.show();
    QTRY_VERIFY_WITH_TIMEOUT(tab.isTerminalReady(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
    QVERIFY(!session->sizes.isEmpty());
    QVERIFY2(session->sizes.first().first > 20 && session->sizes.first().second > 5, "the terminal was fitted");
    QTRY_VERIFY_WITH_TIMEOUT(!terminalText(tab).trimmed().isEmpty(), 10000); // the prompt

    // Real keystrokes into the web view reach the shell, its output reaches the terminal.
    tab.webView()->setFocus();
    QWidget* input = tab.webView()->focusProxy() ? tab.webView()->focusProxy() : tab.webView();
    QTest::keyClicks(input, QStringLiteral("echo typed-$((6*7))"));
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("typed-42")), 10000);
    QVERIFY(session->written.contains("echo typed-$((6*7))"));

    // Ctrl+Shift+C copies the selection (Ctrl+C stays the shell's interrupt).
    // runJavaScript is asynchronous: press the keys only once the selection exists.
    const auto selected = std::make_shared<bool>(false);
    tab.page()->runJavaScript(QStringLiteral("autopodTerminal.selectAll(); autopodTerminal.hasSelection()"),
                              [selected](const QVariant& result) { *selected = result.toBool(); });
    QTRY_VERIFY_WITH_TIMEOUT(*selected, 5000);
    QTest::keyClick(input, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().contains(QStringLiteral("typed-42")), 5000);
    // Ctrl+Shift+V pastes into the shell.
    QGuiApplication::clipboard()->setText(QStringLiteral("echo pasted-$((50+5))"));
    QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("pasted-55")), 10000);

    // UTF-8 both ways.
    tab.page()->runJavaScript(QStringLiteral("autopodTerminal.input('echo gr\\u00fc\\u00dfe-$((2+3))\\r', true)"));
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("grüße-5")), 10000);

    // The exit status is shown.
    tab.page()->runJavaScript(QStringLiteral("autopodTerminal.input('exit 3\\r', true)"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().toInt(), 3);
    QCOMPARE(tab.exitStatus().value_or(-1), 3);
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("exited with status 3")), 10000);
    QVERIFY(tab.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("3")));
}

void TestShellTabLocal::systemTerminalCommand()
{
    QString program;
    QStringList arguments;
    auto terminal = std::make_shared<SystemTerminal>(
        [&](const QString& p, const QStringList& a) {
            program = p;
            arguments = a;
            return true;
        },
        QStringLiteral("/opt/autopod/bin/autopod"));

    qputenv("TERMINAL", "sh"); // any executable on PATH stands in for the user's terminal
    ShellTab tab(QStringLiteral("autopod-2026-11-30-002"), nullptr, nullptr, terminal);
    tab.findChild<QPushButton*>(QStringLiteral("systemTerminalButton"))->click();
    QVERIFY(program.endsWith(QStringLiteral("/sh")));
    QCOMPARE(arguments,
             (QStringList{QStringLiteral("-e"), QStringLiteral("/opt/autopod/bin/autopod"), QStringLiteral("pod"),
                          QStringLiteral("shell"), QStringLiteral("--"), QStringLiteral("autopod-2026-11-30-002")}));

    // gnome-terminal takes the command after "--".
    QTemporaryDir bin;
    const QString gnome = bin.filePath(QStringLiteral("gnome-terminal"));
    QFile f(gnome);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("TERMINAL", gnome.toUtf8());
    const auto command = terminal->commandFor(QStringLiteral("p1"));
    QCOMPARE(command.program, gnome);
    QCOMPARE(command.arguments.value(0), QStringLiteral("--"));
    qunsetenv("TERMINAL");
}

void TestShellTabLocal::noTerminalFound()
{
    const QByteArray oldPath = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    qunsetenv("TERMINAL");
    bool started = false;
    SystemTerminal terminal([&](const QString&, const QStringList&) { return started = true; },
                            QStringLiteral("autopod"));
    QString error;
    QVERIFY(!terminal.open(QStringLiteral("autopod-x"), &error));
    QVERIFY(!started);
    QVERIFY(error.contains(QStringLiteral("autopod pod shell autopod-x")));
    qputenv("PATH", oldPath);
}

void TestShellTabLocal::noTerminalIsSaidInTheTerminalNotInTheHeader()
{
    bool started = false;
    auto terminal = std::make_shared<SystemTerminal>([&](const QString&, const QStringList&) { return started = true; },
                                                     QStringLiteral("autopod"));
    ShellTab tab(QStringLiteral("autopod-2026-12-05-003"), std::make_unique<LocalPtySession>(), nullptr, terminal);
    tab.resize(900, 500);
    QSignalSpy failed(&tab, &ShellTab::systemTerminalFailed);
    tab.show();
    QTRY_VERIFY_WITH_TIMEOUT(tab.isSessionRunning(), 20000);
    auto* status = tab.findChild<QLabel*>(QStringLiteral("statusLabel"));
    const QString header = status->text();

    const QByteArray oldPath = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toUtf8());
    qunsetenv("TERMINAL");
    tab.findChild<QPushButton*>(QStringLiteral("systemTerminalButton"))->click();
    qputenv("PATH", oldPath);

    QVERIFY(!started);
    QCOMPARE(failed.count(), 1);
    // Said where the user looks, with the command to run instead; the header keeps saying where the tab is.
    QTRY_VERIFY_WITH_TIMEOUT(terminalText(tab).contains(QStringLiteral("autopod pod shell autopod-2026-12-05-003")),
                             10000);
    QCOMPARE(status->text(), header);
}

QTEST_MAIN(TestShellTabLocal)
#include "tst_shelltab_local.moc"
