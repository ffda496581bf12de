// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/config/Paths.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace autopod::config {

namespace {
Q_LOGGING_CATEGORY(lcPaths, "autopod.config")

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

QString Paths::home()
{
    const QString env = qEnvironmentVariable("AUTOPOD_HOME");
    if (!env.isEmpty()) {
        return QDir::cleanPath(expandTilde(env));
    }
    return QDir(QDir::homePath()).filePath(QStringLiteral(".autopod"));
}

QString Paths::configFile()
{
    return QDir(home()).filePath(QStringLiteral("config.json"));
}

QString Paths::podsFile()
{
    return QDir(home()).filePath(QStringLiteral("pods.json"));
}

QString Paths::logDir()
{
    return QDir(home()).filePath(QStringLiteral("logs"));
}

QString Paths::knownHostsFile()
{
    return QDir(home()).filePath(QStringLiteral("known_hosts"));
}

QString Paths::runDir()
{
    return QDir(home()).filePath(QStringLiteral("run"));
}

QString Paths::expandTilde(const QString& path)
{
    if (path == QLatin1String("~")) {
        return QDir::homePath();
    }
    if (path.startsWith(QLatin1String("~/"))) {
        return QDir::homePath() + path.mid(1);
    }
    return path;
}

bool Paths::ensurePrivateDir(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            if (error) {
                *error = QCoreApplication::translate("Config", "Cannot create %1: parent directory cannot be created")
                             .arg(path);
            }
            return false;
        }
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
            if (error) {
                *error = QCoreApplication::translate("Config", "Cannot create %1: %2").arg(path, errnoText());
            }
            return false;
        }
        if (::stat(native.constData(), &st) != 0) {
            if (error) {
                *error = QCoreApplication::translate("Config", "Cannot read %1: %2").arg(path, errnoText());
            }
            return false;
        }
    }
    if (!S_ISDIR(st.st_mode)) {
        if (error) {
            *error = QCoreApplication::translate("Config", "%1 exists but is not a directory").arg(path);
        }
        return false;
    }
    if ((st.st_mode & 0777) != 0700) {
        if (st.st_mode & 077) {
            qCWarning(lcPaths, "%s had permissions %o, narrowing to 0700", qUtf8Printable(path),
                      static_cast<unsigned>(st.st_mode & 0777));
        }
        if (::chmod(native.constData(), 0700) != 0) {
            if (error) {
                *error = QCoreApplication::translate("Config", "Cannot set permissions 0700 on %1: %2")
                             .arg(path, errnoText());
            }
            return false;
        }
    }
    return true;
}

bool Paths::repairPrivateFile(const QString& path, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        return true; // nothing to repair
    }
    if ((st.st_mode & 077) == 0) {
        return true;
    }
    qCWarning(lcPaths, "%s had permissions %o, narrowing to 0600", qUtf8Printable(path),
              static_cast<unsigned>(st.st_mode & 0777));
    if (::chmod(native.constData(), 0600) != 0) {
        if (error) {
            *error =
                QCoreApplication::translate("Config", "Cannot set permissions 0600 on %1: %2").arg(path, errnoText());
        }
        return false;
    }
    return true;
}

bool Paths::ensureHome(QString* error)
{
    return ensurePrivateDir(home(), error) && ensurePrivateDir(logDir(), error) && ensurePrivateDir(runDir(), error);
}

} // namespace autopod::config
