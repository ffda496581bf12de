#pragma once

#include <QString>

namespace autopod {

// Names and versions shown by --version and in the about box.
struct AppInfo
{
    static QString version();
    // "0.1.0 (Qt 6.4.2, libssh 0.10.6, spdlog 1.10.0)"
    static QString versionDetails();
    // "autopod 0.1.0 (Qt 6.4.2, libssh 0.10.6, spdlog 1.10.0)"
    static QString versionLine(const QString& program);
};

} // namespace autopod
