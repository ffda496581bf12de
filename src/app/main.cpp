// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// Composition root of the desktop application: builds the object graph and hands
// dependencies down through constructors.
#include "core/app/AppInfo.h"
#include "core/app/CoreDumps.h"
#include "gui/DesktopSession.h"
#include "gui/GuiResources.h"
#include "gui/web/WebEngineGl.h"

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

} // namespace

int main(int argc, char** argv)
{
    autopod::disableCoreDumps();
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

    autopod::gui::DesktopSession desktop;
    QObject::connect(&desktop, &autopod::gui::DesktopSession::quitConfirmed, &app, &QCoreApplication::quit);
    if (!desktop.start() && desktop.handedOver()) {
        return 0; // the running instance shows its window
    }
    return QApplication::exec();
}
