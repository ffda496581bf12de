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

QString AppInfo::versionLine(const QString& program)
{
    const QString spdlogVersion =
        QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    return QStringLiteral("%1 %2 (Qt %3, libssh %4, spdlog %5)")
        .arg(program, version(), QString::fromLatin1(qVersion()), QString::fromLatin1(ssh_version(0)), spdlogVersion);
}

} // namespace autopod
