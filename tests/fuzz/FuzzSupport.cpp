// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "FuzzSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace autopod::fuzz {

namespace {

QTemporaryDir& dir()
{
    static QTemporaryDir d;
    return d;
}

} // namespace

void initialize(int* argc, char*** argv)
{
    static QCoreApplication* app = nullptr;
    if (!app) {
        // The targets never read the user's real files.
        qputenv("AUTOPOD_HOME", dir().filePath(QStringLiteral("home")).toLocal8Bit());
        qunsetenv("AUTOPOD_API_URL");
        app = new QCoreApplication(*argc, *argv);
    }
}

QString scratchDir()
{
    return dir().path();
}

QString writeScratchFile(const QString& name, const QByteArray& bytes)
{
    const QString path = dir().filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        fail("scratch file written", path);
    }
    return path;
}

void fail(const char* invariant, const QString& detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", invariant, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace autopod::fuzz
