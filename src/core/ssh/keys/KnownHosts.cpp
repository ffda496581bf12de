// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/ssh/keys/KnownHosts.h"

#include <QCoreApplication>

#include "core/config/FileLock.h"
#include "core/ssh/SshIdentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

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
        if (podRestarted) {
            return QCoreApplication::translate(
                       "SshHostKeys", "Pod %1 presents a new host key at %2. It was just started again, and RunPod "
                                      "gives a restarted pod new host keys, so this is expected.\n"
                                      "  trusted before: %3 (%4)\n"
                                      "  presented now:  %5 (%6)\n"
                                      "RunPod shows the pod's host key in the pod's logs; trust it only if it matches.")
                .arg(podId, where, stored.fingerprint(), stored.type, presented.fingerprint(), presented.type);
        }
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

const QLatin1String kPodPatternPrefix("autopod-pod-");

struct Entry
{
    QStringList patterns;
    HostKey key;

    bool namesAPod() const
    {
        return std::any_of(patterns.cbegin(), patterns.cend(),
                           [](const QString& p) { return p.startsWith(kPodPatternPrefix); });
    }
};

// rawLines gets every non-empty line as the bytes it is (a line autopod does not understand, or
// that is not UTF-8, is written back exactly as it was).
QList<Entry> readEntries(const QString& file, QList<QByteArray>* rawLines)
{
    QList<Entry> entries;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return entries;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (rawLines && !raw.trimmed().isEmpty())
            rawLines->append(raw.trimmed());
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f3 = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f3.size() < 3)
            continue;
        const auto blob = QByteArray::fromBase64Encoding(f3.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        // Like ssh, a line without a readable key is skipped: it holds no key to compare with
        // ("a" decodes without error, to nothing).
        if (!blob || blob.decoded.isEmpty())
            continue;
        entries.append(Entry{f3.at(0).split(QLatin1Char(',')), HostKey{f3.at(1), *blob}});
    }
    return entries;
}

// The host patterns of a known_hosts line (none for a comment).
QStringList patternsOf(const QByteArray& line)
{
    if (line.startsWith('#'))
        return {};
    const QStringList f = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return f.isEmpty() ? QStringList() : f.first().split(QLatin1Char(','));
}

bool lineMatches(const QByteArray& line, const QString& pattern)
{
    return patternsOf(line).contains(pattern);
}

// The line without `pattern` among its host patterns; empty when it named nothing else.
QByteArray withoutPattern(const QByteArray& line, const QString& pattern)
{
    QStringList f = QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList patterns = f.first().split(QLatin1Char(','));
    patterns.removeAll(pattern);
    if (patterns.isEmpty())
        return {};
    f[0] = patterns.join(QLatin1Char(','));
    return f.join(QLatin1Char(' ')).toUtf8();
}

bool writeLines(const QString& file, const QList<QByteArray>& lines, QString* error)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("SshHostKeys", "Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (const QByteArray& l : lines)
        out.write(l + '\n');
    if (!out.commit()) {
        if (error)
            *error = QCoreApplication::translate("SshHostKeys", "Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString KnownHosts::podPattern(const QString& podId)
{
    return kPodPatternPrefix + podId;
}

HostKeyCheck KnownHosts::check(const QString& host, int port, const HostKey& presented, const QString& podId) const
{
    HostKeyCheck result;
    result.host = host;
    result.port = port;
    result.presented = presented;
    result.knownHostsFile = m_file;
    result.podId = podId;
    result.status = HostKeyStatus::Unknown;
    const QString address = hostPattern(host, port);
    const QList<Entry> entries = readEntries(m_file, nullptr);
    if (!podId.isEmpty()) {
        const QString alias = podPattern(podId);
        for (const Entry& e : entries) {
            if (!e.patterns.contains(alias))
                continue;
            result.stored = e.key;
            if (e.key == presented) {
                result.status = HostKeyStatus::Known;
                return result;
            }
            result.status = HostKeyStatus::Changed;
        }
        if (result.status == HostKeyStatus::Changed)
            return result;
        // An entry from before keys were tied to pods: the same key at the same address is this pod's.
        for (const Entry& e : entries) {
            if (e.patterns.contains(address) && !e.namesAPod() && e.key == presented) {
                result.status = HostKeyStatus::Known;
                result.stored = e.key;
                result.legacyEntry = true;
                return result;
            }
        }
        return result; // another pod's key at this address (RunPod reuses them) says nothing about this pod
    }
    for (const Entry& e : entries) {
        if (!e.patterns.contains(address))
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

bool KnownHosts::trust(const QString& host, int port, const HostKey& key, QString* error, const QString& podId)
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
    QList<QByteArray> lines;
    readEntries(m_file, &lines);
    const QString address = hostPattern(host, port);
    const QString alias = podId.isEmpty() ? QString() : podPattern(podId);
    QList<QByteArray> kept;
    for (const QByteArray& line : std::as_const(lines)) {
        if (!alias.isEmpty() && lineMatches(line, alias))
            continue; // this pod's old key: replaced below
        if (lineMatches(line, address)) {
            // The address is this pod's now; another pod's entry keeps its key under its own name.
            const QByteArray rest = alias.isEmpty() ? QByteArray() : withoutPattern(line, address);
            if (!rest.isEmpty())
                kept.append(rest);
            continue;
        }
        kept.append(line);
    }
    const QString patterns = alias.isEmpty() ? address : QString(address + QLatin1Char(',') + alias);
    kept.append((patterns + QLatin1Char(' ') + key.line()).toUtf8());
    if (!writeLines(m_file, kept, error))
        return false;
    qCInfo(lcSshHostKeys) << "trusted host key" << key.fingerprint() << "for" << address << alias;
    return true;
}

bool KnownHosts::forget(const QString& host, int port, QString* error)
{
    return removeEntries(hostPattern(host, port), error) >= 0;
}

bool KnownHosts::forgetPod(const QString& podId, QString* error)
{
    if (podId.isEmpty())
        return true;
    const int removed = removeEntries(podPattern(podId), error);
    if (removed > 0)
        qCInfo(lcSshHostKeys) << "forgot the host key of terminated pod" << podId;
    return removed >= 0;
}

int KnownHosts::removeEntries(const QString& pattern, QString* error) const
{
    if (!QFile::exists(m_file))
        return 0;
    config::FileLock lock(m_file);
    if (!lock.acquire(error))
        return -1;
    QList<QByteArray> lines;
    readEntries(m_file, &lines);
    const qsizetype removed = lines.removeIf([&](const QByteArray& l) { return lineMatches(l, pattern); });
    if (removed == 0)
        return 0;
    return writeLines(m_file, lines, error) ? int(removed) : -1;
}

} // namespace autopod::ssh
