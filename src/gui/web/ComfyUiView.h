// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

namespace autopod::ssh {
class TunnelController;
enum class TunnelState;
} // namespace autopod::ssh

namespace autopod::gui {

class DownloadPrompt;
class LocalOriginPage;

// The embedded ComfyUI tab: a web view on the pod's tunnel URL.
//
// The web engine (~200 MB) is created only when the tab is first shown (or ensureWebEngine() is
// called), never at construction, so an app that never opens the tab stays small. The view has
// its own profile (off the record, or the storage directory of its pod: pods never see each
// other's cookies or local storage, though all are http://127.0.0.1:8188), loads only the
// tunnel's http://127.0.0.1:<port> / localhost:<port> origin, hands links the user clicks
// elsewhere to the system browser, and asks before saving a download. Feed it the tunnel's
// state: it shows a notice while the tunnel is down and reloads when the tunnel comes back.
class ComfyUiView : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<void(const QUrl&)>;

    enum class TunnelStatus
    {
        Down,         // no tunnel (pod stopped, not yet created...)
        Connecting,   // first connection under way
        Connected,    // verified: ComfyUI answers through the tunnel
        Reconnecting, // the connection dropped; the tunnel is healing itself
        Failed        // gave up; detail says why
    };
    Q_ENUM(TunnelStatus)

    // storagePath: where the profile keeps cookies and local storage, one per pod (see
    // storagePathFor); empty = off the record, nothing written to disk.
    // openExternal: how links outside the tunnel are opened; empty = QDesktopServices::openUrl.
    explicit ComfyUiView(QString storagePath = {}, UrlOpener openExternal = {}, QWidget* parent = nullptr);
    ~ComfyUiView() override;

    // The storage directory of one pod's site under `root` (for example
    // AUTOPOD_HOME/webengine/comfyui); empty when root is empty (off the record).
    static QString storagePathFor(const QString& root, const QString& podId);
    // Deletes the storage directory of a pod's site (its pod was terminated). False when it stays.
    static bool removeStorage(const QString& root, const QString& podId);

    void setTunnelState(TunnelStatus status, int localPort, const QString& detail = {});
    // Follows a tunnel from now on (its state, local port and failure reason), e.g.
    // `comfyView->followTunnel(&tunnelController)`. Replaces any tunnel followed before; null
    // = no tunnel (Down).
    void followTunnel(ssh::TunnelController* tunnel);
    static TunnelStatus statusFor(ssh::TunnelState state);
    TunnelStatus tunnelStatus() const { return m_status; }
    // http://127.0.0.1:<port>/ — empty while no port is known.
    QUrl tunnelUrl() const;

    // Creates the web engine now (the first show does it too). Idempotent.
    void ensureWebEngine();
    bool isWebEngineCreated() const { return m_view != nullptr; }
    QWebEngineView* webView() const { return m_view; }
    LocalOriginPage* page() const { return m_page; }
    DownloadPrompt* downloads() const { return m_downloads; }
    QString storagePath() const { return m_storagePath; }

    // The pod is gone: closes the page and deletes everything its site stored (cookies, local
    // storage, cache). Shown again, the tab starts off the record.
    void forgetSite();

    void reload();
    void openInBrowser();

Q_SIGNALS:
    void tunnelStatusChanged(autopod::gui::ComfyUiView::TunnelStatus status);
    void webEngineCreated();
    void pageLoaded(bool ok);
    void externalLinkOpened(const QUrl& url);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onLoadingChanged(const QWebEngineLoadingInfo& info);
    void updateNotice();
    void loadTunnel();
    void releaseWebEngine();

    QMetaObject::Connection m_tunnelConnection;
    QString m_storagePath;
    UrlOpener m_openExternal;
    TunnelStatus m_status = TunnelStatus::Down;
    int m_port = 0;
    QString m_detail;
    int m_loadRetries = 0;
    bool m_loadedOnce = false;

    QLabel* m_statusLabel = nullptr;
    QPushButton* m_reloadButton = nullptr;
    QPushButton* m_browserButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_notice = nullptr;
    QTimer* m_retryTimer = nullptr;
    DownloadPrompt* m_downloads = nullptr;
    QWebEngineProfile* m_profile = nullptr;
    LocalOriginPage* m_page = nullptr;
    QWebEngineView* m_view = nullptr;
};

} // namespace autopod::gui
