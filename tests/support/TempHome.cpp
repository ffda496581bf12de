#include "support/TempHome.h"

#include <QDir>

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
    qputenv("HOME", m_oldHome);
    if (m_hadAutopodHome) {
        qputenv("AUTOPOD_HOME", m_oldAutopodHome);
    } else {
        qunsetenv("AUTOPOD_HOME");
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
