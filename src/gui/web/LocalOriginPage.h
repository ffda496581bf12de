// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QUrl>
#include <QWebEnginePage>

#include <functional>

class QWebEngineNewWindowRequest;

namespace autopod::gui {

// A page that stays on one local origin (the tunnel's http://127.0.0.1:<port>, also reached as
// localhost:<port>). Only a link the user clicked, in this tab or into a new window, is handed to
// the system browser through the opener; anything else that would leave the origin (a script
// setting location, window.open without a click, a redirect) is blocked, logged and reported by
// navigationBlocked. ComfyUI's custom nodes run arbitrary scripts in this page: they must not be
// able to open browser tabs at will. The web engine calls a script's location change a link click
// too, so a navigation counts as the user's only when the view reported a real click or key press
// (noteUserInput) just before it, and each input lets one navigation out.
class LocalOriginPage : public QWebEnginePage
{
    Q_OBJECT

public:
    using UrlOpener = std::function<void(const QUrl&)>;

    LocalOriginPage(QWebEngineProfile* profile, UrlOpener openExternal, QObject* parent = nullptr);

    // 0 = no origin allowed yet (nothing loads until the tunnel has a port).
    void setAllowedPort(int port) { m_port = port; }
    int allowedPort() const { return m_port; }

    bool isAllowed(const QUrl& url) const;
    // The user just clicked or pressed a key in the view showing this page.
    void noteUserInput() { m_lastInput.start(); }
    static bool isLocalOrigin(const QUrl& url, int port);

Q_SIGNALS:
    // A link the user clicked was refused here and handed to the system browser (http/https only).
    void externalLinkOpened(const QUrl& url);
    // A navigation was refused and dropped (not started by the user, another scheme, or a
    // sub-frame elsewhere).
    void navigationBlocked(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;

private:
    void onNewWindowRequested(QWebEngineNewWindowRequest& request);
    void handOff(const QUrl& url);
    void block(const QUrl& url, const char* why);
    bool takeUserInput();

    UrlOpener m_openExternal;
    int m_port = 0;
    QElapsedTimer m_lastInput;
};

} // namespace autopod::gui
