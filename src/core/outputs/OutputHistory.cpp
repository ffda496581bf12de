// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/outputs/OutputHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace autopod::outputs {

namespace {

constexpr int kMaxComponentBytes = 255; // NAME_MAX on the file systems autopod runs on
constexpr int kMaxPathChars = 1024;
constexpr int kMaxDepth = 16;

bool safeComponent(const QString& part)
{
    if (part.isEmpty() || part.startsWith(QLatin1Char('.')) || part.toUtf8().size() > kMaxComponentBytes) {
        return false;
    }
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || c == QLatin1Char('\\')) {
            return false;
        }
    }
    return true;
}

} // namespace

QString RemoteOutput::key() const
{
    return promptId + QLatin1Char('/') + subfolder + QLatin1Char('/') + filename;
}

std::optional<QString> safeRelativePath(const QString& subfolder, const QString& filename)
{
    if (subfolder.size() + filename.size() > kMaxPathChars || subfolder.startsWith(QLatin1Char('/')) ||
        !safeComponent(filename) || filename.contains(QLatin1Char('/'))) {
        return std::nullopt;
    }
    QStringList parts;
    if (!subfolder.isEmpty()) {
        // ComfyUI joins with the server's separator; an empty part ("a//b", a trailing "/") is harmless.
        const QStringList given = subfolder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (given.size() > kMaxDepth) {
            return std::nullopt;
        }
        for (const QString& part : given) {
            if (!safeComponent(part)) {
                return std::nullopt;
            }
            parts << part;
        }
    }
    parts << filename;
    return parts.join(QLatin1Char('/'));
}

QString numberedName(const QString& fileName, int n)
{
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString suffix = QStringLiteral(" (%1)").arg(n);
    if (dot <= 0) {
        return fileName + suffix;
    }
    return fileName.left(dot) + suffix + fileName.mid(dot);
}

std::optional<HistoryScan> parseHistory(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    HistoryScan scan;
    QSet<QString> seen;
    const QJsonObject history = doc.object();
    for (auto entry = history.begin(); entry != history.end(); ++entry) {
        const QJsonObject nodes = entry.value().toObject().value(QLatin1String("outputs")).toObject();
        for (const QJsonValue node : nodes) {
            const QJsonObject lists = node.toObject();
            for (const QJsonValue list : lists) {
                for (const QJsonValue item : list.toArray()) {
                    const QJsonObject file = item.toObject();
                    if (file.value(QLatin1String("type")).toString() != QLatin1String("output") ||
                        !file.value(QLatin1String("filename")).isString()) {
                        continue; // previews (temp), inputs, flags such as "animated": [true]
                    }
                    RemoteOutput out;
                    out.promptId = entry.key();
                    out.filename = file.value(QLatin1String("filename")).toString();
                    out.subfolder = file.value(QLatin1String("subfolder")).toString();
                    const auto local = safeRelativePath(out.subfolder, out.filename);
                    if (!local) {
                        scan.refused << out.subfolder + QLatin1Char('/') + out.filename;
                        continue;
                    }
                    out.localPath = *local;
                    if (!seen.contains(out.key())) {
                        seen.insert(out.key());
                        scan.outputs << out;
                    }
                }
            }
        }
    }
    return scan;
}

} // namespace autopod::outputs
