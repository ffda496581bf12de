// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QWebChannel;
class QWebEngineProfile;
class QWebEnginePage;
class QWebEngineView;

namespace autopod::gui {

class SystemTerminal;
class TerminalBridge;
class TerminalSession;

// A shell on a pod, in a tab: xterm.js (bundled from npm into qrc:/terminal) in a web view,
// bridged over QWebChannel to a PTY session. Keystrokes go to the session, its output to the
// terminal, the terminal's size to the PTY; the exit status is shown when the shell ends.
// The session starts once the terminal page is ready, so no output is lost.
class ShellTab : public QWidget
{
    Q_OBJECT

public:
    // systemTerminal: used by "Open in system terminal"; null = a default SystemTerminal.
    ShellTab(QString podName, std::unique_ptr<TerminalSession> session, QWidget* parent = nullptr,
             std::shared_ptr<SystemTerminal> systemTerminal = nullptr);
    ~ShellTab() override;

    QString podName() const { return m_podName; }
    bool isTerminalReady() const { return m_terminalReady; }
    bool isSessionRunning() const { return m_sessionRunning; }
    std::optional<int> exitStatus() const { return m_exitStatus; }
    QWebEngineView* webView() const { return m_view; }
    // The page: runJavaScript("autopodTerminalText()") answers the terminal's text.
    QWebEnginePage* page() const;

    void openInSystemTerminal();

Q_SIGNALS:
    void terminalReady();
    void sessionStarted();
    void sessionFinished(int exitStatus);
    void sessionFailed(const QString& message);
    // "Open in system terminal" found no terminal emulator (said in the terminal too).
    void systemTerminalFailed(const QString& message);

private:
    void onPageReady(int cols, int rows);
    void onFinished(int exitStatus);
    void onFailed(const QString& message);
    void setStatus(const QString& text);

    QString m_podName;
    std::unique_ptr<TerminalSession> m_session;
    std::shared_ptr<SystemTerminal> m_systemTerminal;
    bool m_terminalReady = false;
    bool m_sessionRunning = false;
    bool m_sessionEnded = false;
    std::optional<int> m_exitStatus;

    QLabel* m_statusLabel = nullptr;
    QPushButton* m_systemTerminalButton = nullptr;
    QWebEngineProfile* m_profile = nullptr;
    QWebEnginePage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
    QWebChannel* m_channel = nullptr;
    TerminalBridge* m_bridge = nullptr;
};

} // namespace autopod::gui
