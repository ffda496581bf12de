// Composition root of the desktop application: builds the object graph and hands
// dependencies down through constructors.
#include "core/api/RunPodApi.h"
#include "core/app/AppInfo.h"
#include "core/app/CoreDumps.h"
#include "core/config/Paths.h"
#include "core/setup/SetupController.h"
#include "gui/DesktopApp.h"
#include "gui/DesktopRuntime.h"
#include "gui/GuiResources.h"
#include "gui/MainWindow.h"
#include "gui/web/WebEngineGl.h"
#include "gui/wizard/SetupWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

Q_LOGGING_CATEGORY(lcApp, "autopod.desktop")

// --version and --help must work on a machine without a display, so they are answered
// before a QApplication (which needs a windowing system) exists.
bool wantsTextOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            return true;
        }
    }
    return false;
}

void setupParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "autopod desktop: rent a RunPod GPU for ComfyUI in one step."));
    parser.addHelpOption();
    parser.addVersionOption();
}

void installTranslators(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    // The installed .qm files (<prefix>/share/autopod/translations) first, then the embedded ones.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/" AUTOPOD_TRANSLATIONS_FROM_BIN);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("autopod"), QStringLiteral("_"), installed) ||
        own->load(QLocale(), QStringLiteral("autopod"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
}

// Owns the desktop for the process's lifetime and handles the first run (no API key yet: the
// setup wizard first) and the wizard opened from the menu.
class Desktop : public QObject
{
public:
    explicit Desktop(QElapsedTimer started)
        : m_started(started)
    {}

    bool start()
    {
        QString error;
        if (!m_runtime.init(&error)) {
            auto* box = new QMessageBox(QMessageBox::Critical, QCoreApplication::translate("main", "autopod"), error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, qApp, &QCoreApplication::quit);
            box->open();
            return true;
        }
        m_app = std::make_unique<autopod::gui::DesktopApp>(m_runtime.services(nullptr));
        QObject::connect(m_app.get(), &autopod::gui::DesktopApp::quitConfirmed, qApp, &QCoreApplication::quit);
        QObject::connect(m_app.get(), &autopod::gui::DesktopApp::setupRequested, this, [this] { openWizard(false); });
        QObject::connect(&m_runtime, &autopod::gui::DesktopRuntime::warningRaised, m_app->window(),
                         &autopod::gui::MainWindow::showMessage);
        m_app->start(true);
        qCInfo(lcApp) << "main window shown after" << m_started.elapsed() << "ms";
        for (const QString& w : m_runtime.warnings()) {
            m_app->window()->showMessage(w);
        }
        m_runtime.loadApiKey([this](bool found, const QString& problem) {
            if (found) {
                m_app->startRefreshing();
                return;
            }
            if (!problem.isEmpty()) {
                m_app->window()->showMessage(problem);
            }
            openWizard(true);
        });
        return true;
    }

private:
    void openWizard(bool firstRun)
    {
        if (m_wizard) {
            m_wizard->raise();
            return;
        }
        m_controller = std::make_unique<autopod::setup::SetupController>(
            m_runtime.core().apiFactory(), m_runtime.secrets(), autopod::config::Paths::configFile());
        m_wizard = new autopod::gui::SetupWizard(*m_controller, m_app->window());
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(m_wizard, &autopod::gui::SetupWizard::setupSaved, this, [this](const QStringList& warnings) {
            QString error;
            if (!m_runtime.reloadConfig(&error)) {
                m_app->window()->showMessage(error);
            }
            for (const QString& w : warnings) {
                m_app->window()->showMessage(w);
            }
            m_runtime.loadApiKey([this](bool found, const QString&) {
                if (found) {
                    m_app->startRefreshing();
                }
            });
        });
        QObject::connect(m_wizard, &QWizard::rejected, this, [this, firstRun] {
            if (firstRun && !m_runtime.hasApiKey()) {
                m_app->window()->showMessage(QCoreApplication::translate(
                    "main", "autopod needs a RunPod API key: open File → Setup wizard when you are ready."));
            }
        });
        m_wizard->open();
    }

    QElapsedTimer m_started;
    autopod::gui::DesktopRuntime m_runtime;
    std::unique_ptr<autopod::gui::DesktopApp> m_app;
    std::unique_ptr<autopod::setup::SetupController> m_controller;
    QPointer<autopod::gui::SetupWizard> m_wizard;
};

} // namespace

int main(int argc, char** argv)
{
    autopod::disableCoreDumps();
    QElapsedTimer started;
    started.start();
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("autopod-desktop"));
        QCoreApplication::setApplicationVersion(autopod::AppInfo::versionDetails());
        installTranslators(app); // --help speaks the user's language too
        QCommandLineParser parser;
        setupParser(parser);
        parser.process(app);
        return 0;
    }

    // The web views' OpenGL context is made when the first ComfyUI or shell tab opens, not now.
    autopod::gui::deferWebEngineGl();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("autopod-desktop"));
    QApplication::setApplicationVersion(autopod::AppInfo::version());
    QApplication::setDesktopFileName(autopod::AppInfo::appId());
    autopod::gui::initResources();
    installTranslators(app);
    QCommandLineParser parser;
    setupParser(parser);
    parser.process(app);

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/autopod.svg")));
    // Closing the window keeps the tray; quitting is explicit (and asks about running pods).
    QApplication::setQuitOnLastWindowClosed(false);

    Desktop desktop(started);
    desktop.start();
    return QApplication::exec();
}
