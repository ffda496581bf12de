// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/app/AppInfo.h"

#include "core/app/Version.h"

#include <libssh/libssh.h>
#include <spdlog/version.h>

#include <QtGlobal>

namespace autopod {

QString AppInfo::version()
{
    return QStringLiteral(AUTOPOD_VERSION);
}

QString AppInfo::appId()
{
    return QStringLiteral(AUTOPOD_APP_ID);
}

QString AppInfo::versionDetails()
{
    const QString spdlogVersion =
        QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    return QStringLiteral("%1 (Qt %2, libssh %3, spdlog %4)")
        .arg(version(), QString::fromLatin1(qVersion()), QString::fromLatin1(ssh_version(0)), spdlogVersion);
}

QString AppInfo::versionLine(const QString& program)
{
    return program + QLatin1Char(' ') + versionDetails();
}

} // namespace autopod
