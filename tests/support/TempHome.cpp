// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "support/TempHome.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <atomic>

namespace autopod::test {

TempHome::TempHome()
    : m_oldHome(qgetenv("HOME"))
    , m_oldAutopodHome(qgetenv("AUTOPOD_HOME"))
    , m_hadAutopodHome(qEnvironmentVariableIsSet("AUTOPOD_HOME"))
{
    qputenv("HOME", QFile::encodeName(home()));
    qputenv("AUTOPOD_HOME", QFile::encodeName(autopodHome()));
}

TempHome::~TempHome()
{
    keepLogs();
    qputenv("HOME", m_oldHome);
    if (m_hadAutopodHome) {
        qputenv("AUTOPOD_HOME", m_oldAutopodHome);
    } else {
        qunsetenv("AUTOPOD_HOME");
    }
}

void TempHome::keepLogs() const
{
    // The suite-wide credential scan (tests/security) reads every log a test produced: copy
    // <autopod home>/logs into $AUTOPOD_BUILD_DIR/test-logs/<binary>/<pid>-<test function>-<n>/.
    const QString buildDir = qEnvironmentVariable("AUTOPOD_BUILD_DIR");
    const QDir logs(QDir(autopodHome()).filePath(QStringLiteral("logs")));
    if (buildDir.isEmpty() || !logs.exists()) {
        return;
    }
    const QFileInfoList files = logs.entryInfoList(QDir::Files | QDir::Hidden);
    if (files.isEmpty()) {
        return;
    }
    static std::atomic<int> counter{0};
    const char* function = QTest::currentTestFunction();
    const QString name = QStringLiteral("%1-%2-%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(function ? QString::fromLatin1(function) : QStringLiteral("main"))
                             .arg(++counter);
    const QString app = QCoreApplication::instance() ? QCoreApplication::applicationName() : QStringLiteral("test");
    const QDir target(QDir(buildDir).filePath(QStringLiteral("test-logs/") + app + QLatin1Char('/') + name));
    if (!QDir().mkpath(target.path())) {
        return;
    }
    for (const QFileInfo& f : files) {
        QFile::copy(f.filePath(), target.filePath(f.fileName()));
    }
}

QString TempHome::home() const
{
    return m_dir.path();
}

QString TempHome::autopodHome() const
{
    return path(QStringLiteral(".autopod"));
}

QString TempHome::path(const QString& relative) const
{
    return QDir(m_dir.path()).filePath(relative);
}

} // namespace autopod::test
