#include "gui/web/LocalOriginPage.h"

#include <QLoggingCategory>

namespace autopod::gui {

namespace {

Q_LOGGING_CATEGORY(lcWeb, "autopod.gui.web")

// Catches the first navigation of a window a page asked for (target="_blank", window.open) and
// hands it back to the owning page's policy; the window itself never shows anything.
class PopupCatcher : public QWebEnginePage
{
public:
    PopupCatcher(QWebEngineProfile* profile, std::function<void(const QUrl&)> onUrl, QObject* parent)
        : QWebEnginePage(profile, parent)
        , m_onUrl(std::move(onUrl))
    {}

protected:
    bool acceptNavigationRequest(const QUrl& url, NavigationType, bool) override
    {
        if (m_onUrl) {
            auto onUrl = std::move(m_onUrl);
            m_onUrl = nullptr;
            onUrl(url);
        }
        deleteLater();
        return false;
    }

private:
    std::function<void(const QUrl&)> m_onUrl;
};

bool isHttp(const QUrl& url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

LocalOriginPage::LocalOriginPage(QWebEngineProfile* profile, UrlOpener openExternal, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_openExternal(std::move(openExternal))
{}

bool LocalOriginPage::isLocalOrigin(const QUrl& url, int port)
{
    if (port <= 0 || url.scheme() != QLatin1String("http") || url.port(80) != port) {
        return false;
    }
    const QString host = url.host().toLower();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost");
}

bool LocalOriginPage::isAllowed(const QUrl& url) const
{
    return isLocalOrigin(url, m_port);
}

bool LocalOriginPage::acceptNavigationRequest(const QUrl& url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    if (isAllowed(url)) {
        return true;
    }
    // Frames may hold inline documents (about:blank, data:, blob:) that never leave the page.
    const QString scheme = url.scheme();
    if (!isMainFrame &&
        (scheme == QLatin1String("about") || scheme == QLatin1String("data") || scheme == QLatin1String("blob"))) {
        return true;
    }
    if (isMainFrame && isHttp(url)) {
        handOff(url);
    } else {
        qCInfo(lcWeb) << "blocked navigation to" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        Q_EMIT navigationBlocked(url);
    }
    return false;
}

QWebEnginePage* LocalOriginPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type)
    return new PopupCatcher(
        profile(),
        [this](const QUrl& url) {
            if (isAllowed(url)) {
                // A new window on the tunnel itself: show it here rather than in a second view.
                setUrl(url);
            } else if (isHttp(url)) {
                handOff(url);
            } else {
                Q_EMIT navigationBlocked(url);
            }
        },
        this);
}

void LocalOriginPage::handOff(const QUrl& url)
{
    qCInfo(lcWeb) << "opening in the system browser:" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_openExternal) {
        m_openExternal(url);
    }
    Q_EMIT externalLinkOpened(url);
}

} // namespace autopod::gui
