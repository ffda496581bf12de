// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWebEngineDownloadRequest;
class QWidget;

namespace autopod::gui {

// Asks the user before a file the page wants to download is saved (ComfyUI saves workflows and
// images as downloads, but a custom node's script can start downloads too). The question names
// the file and the folder it goes to and never blocks. The web engine must have a download accepted
// while it asks, so the download starts paused into a private staging folder; Save finishes it and
// moves it into the folder under a name no existing file has, Cancel (or closing the question)
// cancels it and deletes what arrived. While a question is open, further downloads are cancelled
// rather than stacking up questions.
class DownloadPrompt : public QObject
{
    Q_OBJECT

public:
    explicit DownloadPrompt(QWidget* dialogParent, QObject* parent = nullptr);

    // Where saved files go; empty (the default) = the user's Downloads folder.
    void setDirectory(const QString& directory) { m_directory = directory; }
    QString directory() const;

    void ask(QWebEngineDownloadRequest* download);
    // The open question, if any.
    QMessageBox* question() const { return m_question; }

    // `name` in `directory`, or "name (1).ext", "name (2).ext"... : the first no file has.
    static QString freeFileName(const QString& directory, const QString& name);

Q_SIGNALS:
    // The file is complete at `path`.
    void downloadSaved(const QString& path);
    void downloadRefused(const QString& fileName);
    void downloadFailed(const QString& fileName, const QString& reason);

private:
    void answered(QWebEngineDownloadRequest* download, const QString& name, bool save);
    void moveIntoPlace(QWebEngineDownloadRequest* download, const QString& name);

    QWidget* m_dialogParent;
    QString m_directory;
    QPointer<QMessageBox> m_question;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace autopod::gui
