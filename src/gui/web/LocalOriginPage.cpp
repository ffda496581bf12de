// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/web/LocalOriginPage.h"

#include <QLoggingCategory>
#include <QWebEngineNewWindowRequest>

namespace autopod::gui {

namespace {

Q_LOGGING_CATEGORY(lcWeb, "autopod.gui.web")

// How long after a click or key press a navigation still counts as the user's.
constexpr qint64 userInputWindowMs = 2000;

bool isHttp(const QUrl& url)
{
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

} // namespace

LocalOriginPage::LocalOriginPage(QWebEngineProfile* profile, UrlOpener openExternal, QObject* parent)
    : QWebEnginePage(profile, parent)
    , m_openExternal(std::move(openExternal))
{
    // No createWindow(): every new window (target=_blank, window.open) comes here and none opens.
    connect(this, &QWebEnginePage::newWindowRequested, this, &LocalOriginPage::onNewWindowRequested);
}

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
    if (isAllowed(url)) {
        return true;
    }
    // Frames may hold inline documents (about:blank, data:, blob:) that never leave the page.
    const QString scheme = url.scheme();
    if (!isMainFrame &&
        (scheme == QLatin1String("about") || scheme == QLatin1String("data") || scheme == QLatin1String("blob"))) {
        return true;
    }
    if (!isMainFrame || !isHttp(url)) {
        block(url, "not a web link of this tab");
    } else if (type != NavigationTypeLinkClicked || !takeUserInput()) {
        block(url, "not a link the user clicked");
    } else {
        handOff(url);
    }
    return false;
}

void LocalOriginPage::onNewWindowRequested(QWebEngineNewWindowRequest& request)
{
    const QUrl url = request.requestedUrl();
    if (!request.isUserInitiated() || !takeUserInput()) {
        block(url, "a new window the user did not ask for");
    } else if (isAllowed(url)) {
        // A new window on the tunnel itself: show it here rather than in a second view.
        setUrl(url);
    } else if (isHttp(url)) {
        handOff(url);
    } else {
        block(url, "a new window that is no web link");
    }
}

bool LocalOriginPage::takeUserInput()
{
    const bool recent = m_lastInput.isValid() && m_lastInput.elapsed() <= userInputWindowMs;
    m_lastInput.invalidate();
    return recent;
}

void LocalOriginPage::handOff(const QUrl& url)
{
    qCInfo(lcWeb) << "opening in the system browser:" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (m_openExternal) {
        m_openExternal(url);
    }
    Q_EMIT externalLinkOpened(url);
}

void LocalOriginPage::block(const QUrl& url, const char* why)
{
    qCInfo(lcWeb) << "blocked navigation to" << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "-"
                  << why;
    Q_EMIT navigationBlocked(url);
}

} // namespace autopod::gui
