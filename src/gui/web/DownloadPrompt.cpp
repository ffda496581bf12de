// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/web/DownloadPrompt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStandardPaths>
#include <QWebEngineDownloadRequest>

namespace autopod::gui {

namespace {

Q_LOGGING_CATEGORY(lcDownload, "autopod.gui.web")

// The page chooses the name: only its last path component is used, never a path.
QString safeName(const QWebEngineDownloadRequest* download)
{
    QString name = QFileInfo(download->suggestedFileName()).fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        name = QFileInfo(download->downloadFileName()).fileName();
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QStringLiteral("download"));
    }
    return name;
}

} // namespace

DownloadPrompt::DownloadPrompt(QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{}

QString DownloadPrompt::directory() const
{
    return m_directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) : m_directory;
}

QString DownloadPrompt::freeFileName(const QString& directory, const QString& name)
{
    const QDir dir(directory);
    if (!QFileInfo::exists(dir.filePath(name))) {
        return name;
    }
    const QFileInfo info(name);
    const QString base = info.completeBaseName().isEmpty() ? name : info.completeBaseName();
    const QString suffix = info.completeBaseName().isEmpty() || info.suffix().isEmpty()
                               ? QString()
                               : QLatin1Char('.') + info.completeSuffix();
    for (int i = 1;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(i).arg(suffix);
        if (!QFileInfo::exists(dir.filePath(candidate))) {
            return candidate;
        }
    }
}

void DownloadPrompt::ask(QWebEngineDownloadRequest* download)
{
    const QString name = safeName(download);
    if (m_question) {
        qCInfo(lcDownload) << "download of" << name << "cancelled: another download question is open";
        download->cancel();
        Q_EMIT downloadRefused(name);
        return;
    }
    if (!m_staging) {
        m_staging = std::make_unique<QTemporaryDir>();
    }
    const QString staging = m_staging->filePath(QString::number(download->id()));
    if (!m_staging->isValid() || !QDir().mkpath(staging)) {
        qCWarning(lcDownload) << "download of" << name << "cancelled: no staging folder";
        download->cancel();
        Q_EMIT downloadFailed(name, tr("No temporary folder to download into."));
        return;
    }
    // Accepted now or dropped by the web engine; held until the user answers.
    download->setDownloadDirectory(staging);
    download->setDownloadFileName(name);
    download->accept();
    download->pause();

    const QString dir = directory();
    const QString target = freeFileName(dir, name);
    QString text = tr("ComfyUI wants to save “%1” to the folder %2.").arg(name, QDir::toNativeSeparators(dir));
    if (target != name) {
        text += QLatin1Char('\n') + tr("A file of that name is already there; this one is saved as “%1”.").arg(target);
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Save download?"), text,
                                QMessageBox::Save | QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("downloadQuestion"));
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;

    QPointer<QWebEngineDownloadRequest> request(download);
    // The page (or the profile) may drop the download while the question is open.
    connect(download, &QObject::destroyed, box, &QMessageBox::reject);
    connect(box, &QMessageBox::finished, this, [this, box, request, name] {
        if (request) {
            answered(request, name, box->clickedButton() == box->button(QMessageBox::Save));
        }
    });
    box->open();
}

void DownloadPrompt::answered(QWebEngineDownloadRequest* download, const QString& name, bool save)
{
    if (!save) {
        qCInfo(lcDownload) << "download of" << name << "cancelled by the user";
        if (download->isFinished()) {
            QFile::remove(QDir(download->downloadDirectory()).filePath(download->downloadFileName()));
        } else {
            download->cancel(); // the web engine deletes the partial file
        }
        Q_EMIT downloadRefused(name);
        return;
    }
    if (download->isFinished()) {
        moveIntoPlace(download, name);
        return;
    }
    connect(download, &QWebEngineDownloadRequest::isFinishedChanged, this, [this, download, name] {
        if (download->isFinished()) {
            moveIntoPlace(download, name);
        }
    });
    download->resume();
}

void DownloadPrompt::moveIntoPlace(QWebEngineDownloadRequest* download, const QString& name)
{
    const QString staged = QDir(download->downloadDirectory()).filePath(download->downloadFileName());
    if (download->state() != QWebEngineDownloadRequest::DownloadCompleted) {
        QFile::remove(staged);
        qCWarning(lcDownload) << "download of" << name << "failed:" << download->interruptReasonString();
        Q_EMIT downloadFailed(name, download->interruptReasonString());
        return;
    }
    const QString dir = directory();
    QDir().mkpath(dir);
    // Chosen now: a file of that name may have appeared meanwhile. QFile::rename never replaces
    // an existing file, so a file that appears in between is not lost either.
    const QString path = QDir(dir).filePath(freeFileName(dir, name));
    if (!QFile::rename(staged, path)) {
        QFile::remove(staged);
        qCWarning(lcDownload) << "could not save" << name << "to" << dir;
        Q_EMIT downloadFailed(name, tr("Could not write to %1.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    qCInfo(lcDownload) << "saved download to" << path;
    Q_EMIT downloadSaved(path);
}

} // namespace autopod::gui
