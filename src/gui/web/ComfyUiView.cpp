// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/web/ComfyUiView.h"

#include "core/ssh/tunnel/TunnelController.h"
#include "gui/web/DownloadPrompt.h"
#include "gui/web/LocalOriginPage.h"
#include "gui/web/WebEngineGl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

namespace autopod::gui {

namespace {

Q_LOGGING_CATEGORY(lcView, "autopod.gui.web")

// A load that fails while the tunnel reports "connected" (ComfyUI still starting, a reconnect
// racing the load) is tried again a few times before the error page is left standing.
constexpr int maxLoadRetries = 5;
constexpr int loadRetryDelayMs = 2000;
constexpr int storageSweepDelayMs = 2000;
// Chromium's net::ERR_ABORTED, which the web engine reports for a navigation that became a download.
constexpr int netErrAborted = -3;

} // namespace

ComfyUiView::ComfyUiView(QString storagePath, UrlOpener openExternal, QWidget* parent)
    : QWidget(parent)
    , m_storagePath(std::move(storagePath))
    , m_openExternal(std::move(openExternal))
{
    if (!m_openExternal) {
        m_openExternal = [](const QUrl& url) {
            QDesktopServices::openUrl(url);
        };
    }

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_reloadButton = new QPushButton(tr("Reload"), this);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_browserButton = new QPushButton(tr("Open in browser"), this);
    m_browserButton->setObjectName(QStringLiteral("openInBrowserButton"));
    connect(m_reloadButton, &QPushButton::clicked, this, &ComfyUiView::reload);
    connect(m_browserButton, &QPushButton::clicked, this, &ComfyUiView::openInBrowser);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_statusLabel, 1);
    bar->addWidget(m_reloadButton);
    bar->addWidget(m_browserButton);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_notice);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(loadRetryDelayMs);
    connect(m_retryTimer, &QTimer::timeout, this, &ComfyUiView::loadTunnel);

    m_downloads = new DownloadPrompt(this, this);

    updateNotice();
}

ComfyUiView::~ComfyUiView()
{
    releaseWebEngine();
}

void ComfyUiView::releaseWebEngine()
{
    // A page must go before its profile, or the web engine complains and may leak the profile.
    delete m_view;
    delete m_page;
    delete m_profile;
    m_view = nullptr;
    m_page = nullptr;
    m_profile = nullptr;
    m_loadedOnce = false;
}

QString ComfyUiView::storagePathFor(const QString& root, const QString& podId)
{
    if (root.isEmpty() || podId.isEmpty()) {
        return {};
    }
    // RunPod's pod ids are letters and digits; anything else never becomes a path of its own.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString dirName =
        plain.match(podId).hasMatch()
            ? podId
            : QString::fromLatin1(QCryptographicHash::hash(podId.toUtf8(), QCryptographicHash::Sha256).toHex());
    return QDir(root).filePath(QStringLiteral("pod-") + dirName);
}

bool ComfyUiView::removeStorage(const QString& root, const QString& podId)
{
    const QString path = storagePathFor(root, podId);
    return path.isEmpty() || QDir(path).removeRecursively();
}

void ComfyUiView::forgetSite()
{
    if (m_view) {
        m_stack->removeWidget(m_view);
    }
    m_retryTimer->stop();
    releaseWebEngine();
    if (!m_storagePath.isEmpty()) {
        // The web engine may still write back what it buffered after its profile is gone: a second
        // pass a little later removes that too (whether or not this tab still exists then).
        QDir(m_storagePath).removeRecursively();
        QTimer::singleShot(storageSweepDelayMs, QCoreApplication::instance(), [path = m_storagePath] {
            if (!QDir(path).removeRecursively()) {
                qCWarning(lcView) << "could not remove the site storage of a terminated pod:" << path;
            }
        });
        m_storagePath.clear();
    }
    updateNotice();
}

QUrl ComfyUiView::tunnelUrl() const
{
    if (m_port <= 0) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void ComfyUiView::setTunnelState(TunnelStatus status, int localPort, const QString& detail)
{
    const TunnelStatus previous = m_status;
    const bool wasConnected = m_status == TunnelStatus::Connected;
    const bool portChanged = localPort != m_port;
    m_status = status;
    m_port = localPort;
    m_detail = detail;
    if (m_page) {
        m_page->setAllowedPort(m_port);
    }
    if (status == TunnelStatus::Connected && (!wasConnected || portChanged)) {
        // (Re)connected: whatever the page showed was served by the previous connection.
        m_loadRetries = 0;
        loadTunnel();
    } else if (status != TunnelStatus::Connected) {
        m_retryTimer->stop();
    }
    updateNotice();
    if (status != previous) {
        Q_EMIT tunnelStatusChanged(status);
    }
}

ComfyUiView::TunnelStatus ComfyUiView::statusFor(ssh::TunnelState state)
{
    switch (state) {
    case ssh::TunnelState::Connecting:
    case ssh::TunnelState::Verifying:
        return TunnelStatus::Connecting;
    case ssh::TunnelState::Connected:
        return TunnelStatus::Connected;
    case ssh::TunnelState::Reconnecting:
        return TunnelStatus::Reconnecting;
    case ssh::TunnelState::Failed:
        return TunnelStatus::Failed;
    case ssh::TunnelState::Idle:
    case ssh::TunnelState::Stopped:
        break;
    }
    return TunnelStatus::Down;
}

void ComfyUiView::followTunnel(ssh::TunnelController* tunnel)
{
    disconnect(m_tunnelConnection);
    if (!tunnel) {
        setTunnelState(TunnelStatus::Down, 0);
        return;
    }
    m_tunnelConnection =
        connect(tunnel, &ssh::TunnelController::stateChanged, this, [this, tunnel](ssh::TunnelState s) {
            setTunnelState(statusFor(s), tunnel->localPort(), tunnel->failureReason());
        });
    setTunnelState(statusFor(tunnel->state()), tunnel->localPort(), tunnel->failureReason());
}

void ComfyUiView::ensureWebEngine()
{
    if (m_view) {
        return;
    }
    ensureWebEngineGl();
    if (m_storagePath.isEmpty()) {
        m_profile = new QWebEngineProfile(this); // off the record
    } else {
        QDir().mkpath(m_storagePath);
        // One storage name per directory: two profiles may not share a name in one process.
        const QByteArray hash = QCryptographicHash::hash(m_storagePath.toUtf8(), QCryptographicHash::Sha1).toHex();
        m_profile =
            new QWebEngineProfile(QStringLiteral("autopod-comfyui-") + QString::fromLatin1(hash.left(12)), this);
        m_profile->setPersistentStoragePath(m_storagePath);
        m_profile->setCachePath(QDir(m_storagePath).filePath(QStringLiteral("cache")));
    }
    // ComfyUI saves workflows and images as downloads: saved once the user says so.
    connect(m_profile, &QWebEngineProfile::downloadRequested, m_downloads, &DownloadPrompt::ask);
    m_page = new LocalOriginPage(m_profile, m_openExternal, this);
    m_page->setAllowedPort(m_port);
    connect(m_page, &LocalOriginPage::externalLinkOpened, this, &ComfyUiView::externalLinkOpened);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("comfyUiWebView"));
    m_view->setPage(m_page);
    // The page lets a link out of the origin only right after a real click or key press; those
    // reach the widget the web engine renders into, a child of the view (replaced when the
    // renderer restarts).
    m_view->installEventFilter(this);
    for (QWidget* child : m_view->findChildren<QWidget*>()) {
        child->installEventFilter(this);
    }
    connect(m_page, &QWebEnginePage::loadingChanged, this, &ComfyUiView::onLoadingChanged);
    m_stack->addWidget(m_view);
    Q_EMIT webEngineCreated();

    if (m_status == TunnelStatus::Connected) {
        loadTunnel();
    }
    updateNotice();
}

void ComfyUiView::reload()
{
    m_loadRetries = 0;
    loadTunnel();
}

void ComfyUiView::openInBrowser()
{
    const QUrl url = tunnelUrl();
    if (url.isValid() && !url.isEmpty()) {
        m_openExternal(url);
    }
}

void ComfyUiView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    ensureWebEngine();
}

bool ComfyUiView::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ChildAdded:
        if (watched == m_view) {
            if (auto* child = qobject_cast<QWidget*>(static_cast<QChildEvent*>(event)->child())) {
                child->installEventFilter(this);
            }
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_page) {
            m_page->noteUserInput();
        }
        break;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (m_page && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
            m_page->noteUserInput();
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ComfyUiView::loadTunnel()
{
    if (!m_view || m_status != TunnelStatus::Connected || m_port <= 0) {
        return;
    }
    const QUrl current = m_view->url();
    if (m_loadedOnce && LocalOriginPage::isLocalOrigin(current, m_port)) {
        m_view->reload(); // keep the page the user was on
    } else {
        m_view->setUrl(tunnelUrl());
    }
}

void ComfyUiView::onLoadingChanged(const QWebEngineLoadingInfo& info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus) {
        return;
    }
    const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
    // A load that was stopped or aborted (a link that turned out to be a download) left the page
    // as it was: nothing to try again.
    const bool failed = info.status() == QWebEngineLoadingInfo::LoadFailedStatus && info.errorCode() != netErrAborted;
    if (ok) {
        m_loadedOnce = true;
        m_loadRetries = 0;
    } else if (failed && m_status == TunnelStatus::Connected && m_loadRetries < maxLoadRetries) {
        ++m_loadRetries;
        m_retryTimer->start();
    }
    updateNotice();
    Q_EMIT pageLoaded(ok);
}

void ComfyUiView::updateNotice()
{
    const QUrl url = tunnelUrl();
    const QString where = url.isEmpty() ? QString() : url.toString(QUrl::StripTrailingSlash);
    QString status;
    QString notice;
    switch (m_status) {
    case TunnelStatus::Down:
        status = tr("Not connected");
        notice = tr("ComfyUI appears here once the pod is running and its tunnel is connected.");
        break;
    case TunnelStatus::Connecting:
        status = tr("Connecting…");
        notice = tr("Connecting to the pod…");
        break;
    case TunnelStatus::Connected:
        status = tr("Connected: %1").arg(where);
        break;
    case TunnelStatus::Reconnecting:
        status = tr("Reconnecting…");
        notice = tr("The connection to the pod dropped. Reconnecting; the page comes back by itself.");
        break;
    case TunnelStatus::Failed:
        status = tr("Disconnected");
        notice = tr("The tunnel to the pod failed.");
        break;
    }
    if (!m_detail.isEmpty() && m_status != TunnelStatus::Connected) {
        notice += QLatin1Char('\n') + m_detail;
    }
    m_statusLabel->setText(status);
    m_notice->setText(notice);
    m_browserButton->setEnabled(m_status == TunnelStatus::Connected);
    m_reloadButton->setEnabled(m_view && m_status == TunnelStatus::Connected);
    m_stack->setCurrentWidget(m_view && m_status == TunnelStatus::Connected ? static_cast<QWidget*>(m_view)
                                                                            : static_cast<QWidget*>(m_notice));
}

} // namespace autopod::gui
