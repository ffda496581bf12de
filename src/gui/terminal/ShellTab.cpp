// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/terminal/ShellTab.h"

#include "gui/terminal/SystemTerminal.h"
#include "gui/terminal/TerminalBridge.h"
#include "gui/terminal/TerminalSession.h"
#include "gui/web/WebEngineGl.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace autopod::gui {

namespace {

// The terminal page may load its own bundled files and nothing else.
class TerminalPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool) override
    {
        return url.scheme() == QLatin1String("qrc");
    }
    QWebEnginePage* createWindow(WebWindowType) override { return nullptr; }
};

} // namespace

ShellTab::ShellTab(QString podName, std::unique_ptr<TerminalSession> session, QWidget* parent,
                   std::shared_ptr<SystemTerminal> systemTerminal)
    : QWidget(parent)
    , m_podName(std::move(podName))
    , m_session(std::move(session))
    , m_systemTerminal(std::move(systemTerminal))
{
    if (!m_systemTerminal) {
        m_systemTerminal = std::make_shared<SystemTerminal>();
    }

    m_statusLabel = new QLabel(tr("Starting the terminal…"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_systemTerminalButton = new QPushButton(tr("Open in system terminal"), this);
    m_systemTerminalButton->setObjectName(QStringLiteral("systemTerminalButton"));
    // Enter belongs to the terminal: the button never takes the keyboard, nor acts as a default.
    m_systemTerminalButton->setFocusPolicy(Qt::NoFocus);
    m_systemTerminalButton->setAutoDefault(false);
    connect(m_systemTerminalButton, &QPushButton::clicked, this, &ShellTab::openInSystemTerminal);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_statusLabel, 1);
    bar->addWidget(m_systemTerminalButton);

    ensureWebEngineGl();
    m_profile = new QWebEngineProfile(this); // off the record: a terminal keeps nothing on disk
    m_page = new TerminalPage(m_profile, this);
    m_bridge = new TerminalBridge(this);
    m_channel = new QWebChannel(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("terminalWebView"));
    m_view->setPage(m_page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_bridge, &TerminalBridge::pageReady, this, &ShellTab::onPageReady);
    if (m_session) {
        connect(m_bridge, &TerminalBridge::inputTyped, m_session.get(), &TerminalSession::write);
        connect(m_bridge, &TerminalBridge::resized, m_session.get(), &TerminalSession::resize);
        connect(m_session.get(), &TerminalSession::dataReceived, m_bridge, &TerminalBridge::writeOutput);
        connect(m_session.get(), &TerminalSession::started, this, [this] {
            m_sessionRunning = true;
            setStatus(tr("Connected to %1").arg(m_podName));
            Q_EMIT sessionStarted();
        });
        connect(m_session.get(), &TerminalSession::finished, this, &ShellTab::onFinished);
        connect(m_session.get(), &TerminalSession::failed, this, &ShellTab::onFailed);
    }

    m_view->setUrl(QUrl(QStringLiteral("qrc:/terminal/terminal.html")));
}

ShellTab::~ShellTab()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->close();
    }
    // The page must go before its profile.
    delete m_view;
    delete m_page;
    delete m_profile;
}

QWebEnginePage* ShellTab::page() const
{
    return m_page;
}

void ShellTab::openInSystemTerminal()
{
    QString error;
    if (!m_systemTerminal->open(m_podName, &error)) {
        // In the terminal, where the user looks, and not as the tab's header that would stay.
        m_bridge->showNotice(error);
        Q_EMIT systemTerminalFailed(error);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void ShellTab::onPageReady(int cols, int rows)
{
    if (m_terminalReady) {
        return; // a reload of the page; the session already runs
    }
    m_terminalReady = true;
    if (isVisible()) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT terminalReady();
    if (!m_session) {
        onFailed(tr("No session to show."));
        return;
    }
    setStatus(tr("Connecting to %1…").arg(m_podName));
    m_session->start(cols, rows);
}

void ShellTab::onFinished(int exitStatus)
{
    if (m_sessionEnded) {
        return;
    }
    m_sessionEnded = true;
    m_sessionRunning = false;
    m_exitStatus = exitStatus;
    const QString text =
        exitStatus >= 0 ? tr("The shell exited with status %1.").arg(exitStatus) : tr("The shell ended.");
    setStatus(text);
    m_bridge->showNotice(text);
    Q_EMIT sessionFinished(exitStatus);
}

void ShellTab::onFailed(const QString& message)
{
    if (m_sessionEnded) {
        return;
    }
    m_sessionEnded = true;
    m_sessionRunning = false;
    setStatus(message);
    m_bridge->showNotice(message);
    Q_EMIT sessionFailed(message);
}

void ShellTab::setStatus(const QString& text)
{
    m_statusLabel->setText(text);
}

} // namespace autopod::gui
