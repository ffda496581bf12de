// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod {

// Names and versions shown by --version and in the about box.
struct AppInfo
{
    static QString version();
    // "io.github.autopod.autopod": the desktop file id, AppStream id and icon name.
    static QString appId();
    // "0.1.0 (Qt 6.4.2, libssh 0.10.6, spdlog 1.10.0)"
    static QString versionDetails();
    // "autopod 0.1.0 (Qt 6.4.2, libssh 0.10.6, spdlog 1.10.0)"
    static QString versionLine(const QString& program);
};

} // namespace autopod
