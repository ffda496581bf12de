// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/outputs/OutputLedger.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace autopod::outputs {

namespace {

constexpr qint64 kMaxLedgerBytes = 64LL * 1024 * 1024;

QJsonObject readCopied(const QString& folder)
{
    QFile file(QDir(folder).filePath(QString::fromLatin1(OutputLedger::kFileName)));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxLedgerBytes) {
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(kMaxLedgerBytes));
    return doc.object().value(QLatin1String("copied")).toObject();
}

} // namespace

OutputLedger::OutputLedger(QString folder)
    : m_folder(std::move(folder))
{}

void OutputLedger::load()
{
    m_copied.clear();
    const QJsonObject copied = readCopied(m_folder);
    for (auto it = copied.begin(); it != copied.end(); ++it) {
        m_copied.insert(it.key(), it.value().toString());
    }
}

bool OutputLedger::add(const QString& key, const QString& localPath, QString* error)
{
    m_copied.insert(key, localPath);
    QJsonObject copied;
    for (auto it = m_copied.cbegin(); it != m_copied.cend(); ++it) {
        copied.insert(it.key(), it.value());
    }
    QSaveFile file(QDir(m_folder).filePath(QString::fromLatin1(kFileName)));
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("copied"), copied}})
                   .toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

int OutputLedger::countIn(const QString& folder)
{
    return int(readCopied(folder).size());
}

} // namespace autopod::outputs
