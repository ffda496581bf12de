#pragma once

#include <QUrl>
#include <QWebEnginePage>

#include <functional>

namespace autopod::gui {

// A page that stays on one local origin (the tunnel's http://127.0.0.1:<port>, also reached as
// localhost:<port>). A link anywhere else, in this tab or a new window, is handed to the system
// browser through the opener and never loaded here.
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
    static bool isLocalOrigin(const QUrl& url, int port);

Q_SIGNALS:
    // A navigation was refused here and handed to the system browser (http/https only).
    void externalLinkOpened(const QUrl& url);
    // A navigation was refused and dropped (another scheme, or a sub-frame elsewhere).
    void navigationBlocked(const QUrl& url);

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage* createWindow(WebWindowType type) override;

private:
    void handOff(const QUrl& url);

    UrlOpener m_openExternal;
    int m_port = 0;
};

} // namespace autopod::gui
