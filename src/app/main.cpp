// Composition root of the desktop application: builds the object graph and hands
// dependencies down through constructors.
#include "core/app/AppInfo.h"
#include "gui/GuiResources.h"
#include "gui/MainWindow.h"
#include "gui/pods/PodListModel.h"
#include "gui/tray/TrayController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

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

} // namespace

int main(int argc, char** argv)
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("autopod-desktop"));
        QCoreApplication::setApplicationVersion(autopod::AppInfo::versionDetails());
        QCommandLineParser parser;
        setupParser(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("autopod-desktop"));
    QApplication::setApplicationVersion(autopod::AppInfo::version());
    QCommandLineParser parser;
    setupParser(parser);
    parser.process(app);

    autopod::gui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/autopod.svg")));
    QApplication::setQuitOnLastWindowClosed(false);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("autopod"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    autopod::gui::PodListModel model;
    autopod::gui::MainWindow window(model);
    autopod::gui::TrayController tray(model);
    window.setKeepRunningInTray(tray.show());
    QObject::connect(&tray, &autopod::gui::TrayController::showWindowRequested, &window,
                     &autopod::gui::MainWindow::bringToFront);
    QObject::connect(&tray, &autopod::gui::TrayController::quitRequested, &app, &QCoreApplication::quit);
    QObject::connect(&window, &autopod::gui::MainWindow::quitRequested, &app, &QCoreApplication::quit);
    window.show();
    return QApplication::exec();
}
