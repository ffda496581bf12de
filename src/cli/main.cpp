#include "core/app/AppInfo.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("autopod"));
    QCoreApplication::setApplicationVersion(autopod::AppInfo::version());

    CLI::App cli{"autopod: rent a RunPod GPU for ComfyUI, reach it through an SSH tunnel, never forget it running"};
    cli.set_version_flag("--version", autopod::AppInfo::versionLine(QStringLiteral("autopod")).toStdString());
    cli.require_subcommand(0, 1);

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return cli.exit(e);
    }
    if (cli.get_subcommands().empty()) {
        std::fputs(cli.help().c_str(), stdout);
    }
    return 0;
}
