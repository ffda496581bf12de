#include "core/ssh/KnownHosts.h"

#include <QCoreApplication>

#include "core/config/FileLock.h"
#include "core/ssh/SshIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStringList>

Q_LOGGING_CATEGORY(lcSshHostKeys, "autopod.ssh.hostkeys")

namespace autopod::ssh {

QString HostKey::fingerprint() const
{
    return fingerprintOfBlob(blob);
}

QString HostKey::line() const
{
    return type + QLatin1Char(' ') + QString::fromLatin1(blob.toBase64());
}

QString HostKeyCheck::explanation() const
{
    const QString where = host + QLatin1Char(':') + QString::number(port);
    switch (status) {
    case HostKeyStatus::Known:
        return QCoreApplication::translate("SshHostKeys",
                                           "The host key of %1 matches the one autopod trusted before (%2).")
            .arg(where, presented.fingerprint());
    case HostKeyStatus::Unknown:
        return QCoreApplication::translate(
                   "SshHostKeys", "autopod has not connected to %1 before. Its host key fingerprint is\n"
                                  "  %2 (%3)\n"
                                  "RunPod shows the pod's host key in the pod's logs; trust it only if it matches.")
            .arg(where, presented.fingerprint(), presented.type);
    case HostKeyStatus::Changed:
        return QCoreApplication::translate(
                   "SshHostKeys",
                   "The host key of %1 has CHANGED. autopod refused to connect.\n"
                   "  trusted before: %2 (%3)\n"
                   "  presented now:  %4 (%5)\n"
                   "This is expected when a pod was re-created or restarted and RunPod gave its address to a new "
                   "container; it can also mean someone is intercepting the connection. If you have just "
                   "(re)started this pod, remove the old key from %6 (the line for %7) and connect again to "
                   "trust the new one.")
            .arg(where, stored.fingerprint(), stored.type, presented.fingerprint(), presented.type,
                 knownHostsFile.isEmpty() ? QCoreApplication::translate("SshHostKeys", "autopod's known_hosts")
                                          : knownHostsFile,
                 KnownHosts::hostPattern(host, port));
    }
    return {};
}

KnownHosts::KnownHosts(QString filePath)
    : m_file(std::move(filePath))
{}

QString KnownHosts::hostPattern(const QString& host, int port)
{
    if (port == 22)
        return host;
    return QLatin1Char('[') + host + QStringLiteral("]:") + QString::number(port);
}

QString KnownHosts::insecureWarning(const QString& host, int port)
{
    return QCoreApplication::translate(
               "SshHostKeys", "WARNING: host key checking is OFF for %1:%2 (insecure option). The connection could be "
                              "intercepted without autopod noticing.")
        .arg(host)
        .arg(port);
}

namespace {

struct Entry
{
    QString pattern;
    HostKey key;
};

QList<Entry> readEntries(const QString& file, QStringList* rawLines)
{
    QList<Entry> entries;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (rawLines && !line.isEmpty())
            rawLines->append(line);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f3 = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f3.size() < 3)
            continue;
        const auto blob = QByteArray::fromBase64Encoding(f3.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!blob)
            continue;
        const QStringList patterns = f3.at(0).split(QLatin1Char(','));
        for (const QString& p : patterns)
            entries.append(Entry{p, HostKey{f3.at(1), *blob}});
    }
    return entries;
}

bool lineMatches(const QString& line, const QString& pattern)
{
    const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return !f.isEmpty() && f.first().split(QLatin1Char(',')).contains(pattern);
}

bool writeLines(const QString& file, const QStringList& lines, QString* error)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("SshHostKeys", "Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QString& l : lines)
        out.write(l.toUtf8() + '\n');
    if (!out.commit()) {
        if (error)
            *error = QCoreApplication::translate("SshHostKeys", "Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace

HostKeyCheck KnownHosts::check(const QString& host, int port, const HostKey& presented) const
{
    HostKeyCheck result;
    result.host = host;
    result.port = port;
    result.presented = presented;
    result.knownHostsFile = m_file;
    result.status = HostKeyStatus::Unknown;
    const QString pattern = hostPattern(host, port);
    for (const Entry& e : readEntries(m_file, nullptr)) {
        if (e.pattern != pattern)
            continue;
        if (e.key == presented) {
            result.status = HostKeyStatus::Known;
            result.stored = e.key;
            return result;
        }
        result.status = HostKeyStatus::Changed;
        result.stored = e.key;
    }
    return result;
}

bool KnownHosts::trust(const QString& host, int port, const HostKey& key, QString* error)
{
    if (key.isNull()) {
        if (error)
            *error = QCoreApplication::translate("SshHostKeys", "No host key to trust.");
        return false;
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    config::FileLock lock(m_file); // the desktop app and the CLI may trust keys at once
    if (!lock.acquire(error))
        return false;
    QStringList lines;
    readEntries(m_file, &lines);
    const QString pattern = hostPattern(host, port);
    lines.erase(std::remove_if(lines.begin(), lines.end(), [&](const QString& l) { return lineMatches(l, pattern); }),
                lines.end());
    lines.append(pattern + QLatin1Char(' ') + key.line());
    if (!writeLines(m_file, lines, error))
        return false;
    qCInfo(lcSshHostKeys) << "trusted host key" << key.fingerprint() << "for" << pattern;
    return true;
}

bool KnownHosts::forget(const QString& host, int port, QString* error)
{
    if (!QFile::exists(m_file))
        return true;
    config::FileLock lock(m_file);
    if (!lock.acquire(error))
        return false;
    QStringList lines;
    readEntries(m_file, &lines);
    const QString pattern = hostPattern(host, port);
    const auto before = lines.size();
    lines.erase(std::remove_if(lines.begin(), lines.end(), [&](const QString& l) { return lineMatches(l, pattern); }),
                lines.end());
    if (lines.size() == before)
        return true;
    return writeLines(m_file, lines, error);
}

} // namespace autopod::ssh
