// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class LogViewer;
}

namespace autopod::gui {

// The tail of autopod.log, filtered by level and text. Follows the file through the file
// system watcher, so an idle log costs nothing.
class LogViewer : public QWidget
{
    Q_OBJECT

public:
    enum Level
    {
        Trace,
        Debug,
        Info,
        Warning,
        Error,
        Critical
    };
    static constexpr qint64 tailBytes = 512 * 1024;

    explicit LogViewer(const QString& logFile, QWidget* parent = nullptr);
    ~LogViewer() override;

    void setMinimumLevel(Level level);
    void setFilterText(const QString& text);
    void reload();
    QString visibleText() const;

    // The level a log line was written at (lines without one, e.g. a backtrace, count as Info).
    static Level levelOf(const QString& line);

private:
    void render();

    std::unique_ptr<Ui::LogViewer> m_ui;
    QString m_path;
    QFileSystemWatcher m_watcher;
    QStringList m_lines;
};

} // namespace autopod::gui
