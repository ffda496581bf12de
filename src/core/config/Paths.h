// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod::config {

// Where autopod keeps its files. Everything lives under one root: $AUTOPOD_HOME when set (tests,
// the demo), otherwise ~/.autopod. The root and its subdirectories are 0700, files 0600.
struct Paths
{
    static QString home();           // $AUTOPOD_HOME or ~/.autopod
    static QString configFile();     // <home>/config.json
    static QString podsFile();       // <home>/pods.json
    static QString logDir();         // <home>/logs
    static QString knownHostsFile(); // <home>/known_hosts
    static QString runDir();         // <home>/run: pid files, sockets

    // Creates home, logs and run with mode 0700. A directory found with wider permissions is
    // narrowed to 0700 and a warning is logged. False (with a message) when it cannot be created.
    static bool ensureHome(QString* error);

    // The same for any directory autopod owns (0700, repaired with a warning).
    static bool ensurePrivateDir(const QString& path, QString* error);
    // Narrows an existing file to 0600 with a warning when it is group/world accessible.
    // Returns false only when the file exists and cannot be fixed.
    static bool repairPrivateFile(const QString& path, QString* error);

    // "~/x" -> "<HOME>/x"; anything else unchanged.
    static QString expandTilde(const QString& path);
};

} // namespace autopod::config
