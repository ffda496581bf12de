// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/outputs/OutputPlacement.h"

#include "core/outputs/OutputHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace autopod::outputs {

namespace {

Q_LOGGING_CATEGORY(lcPlacement, "autopod.outputs.placement")

constexpr int kMaxNumbered = 9999;

bool sameContent(const QString& a, const QString& b)
{
    qCDebug(lcPlacement).noquote() << "comparing" << a << "with the download";
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size()) {
        return false;
    }
    constexpr qint64 kChunk = 1024 * 1024;
    while (!fa.atEnd()) {
        if (fa.read(kChunk) != fb.read(kChunk)) {
            return false;
        }
    }
    return true;
}

} // namespace

Placement placeOutput(const QString& folder, const QString& localPath, const QString& tempPath)
{
    Placement p;
    const QFileInfo target(QDir(folder).filePath(localPath));
    bool lookedAgain = false;
    for (int n = 1; n <= kMaxNumbered; ++n) {
        const QString candidate =
            n == 1 ? target.filePath() : QDir(target.path()).filePath(numberedName(target.fileName(), n));
        if (QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink()) {
            if (QFileInfo(candidate).isFile() && !QFileInfo(candidate).isSymLink() &&
                sameContent(candidate, tempPath)) {
                QFile::remove(tempPath); // this very file is already there: not a second copy
                p.ok = true;
                p.alreadyThere = true;
                p.path = candidate;
                return p;
            }
            continue;
        }
        // Qt renames without replacing (renameat2 RENAME_NOREPLACE where the system has it).
        QFile temp(tempPath);
        if (temp.rename(candidate)) {
            p.ok = true;
            p.path = candidate;
            return p;
        }
        if (!QFileInfo::exists(candidate)) {
            p.error = temp.errorString();
            QFile::remove(tempPath);
            return p;
        }
        if (!lookedAgain) {
            lookedAgain = true; // that name was taken just now, maybe by these very bytes: compare with it
            --n;
        }
    }
    p.error = QStringLiteral("too many files of that name");
    QFile::remove(tempPath);
    return p;
}

} // namespace autopod::outputs
