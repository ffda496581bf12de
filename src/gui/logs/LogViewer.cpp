// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/logs/LogViewer.h"

#include "logs/ui_LogViewer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScrollBar>

namespace autopod::gui {

LogViewer::LogViewer(const QString& logFile, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LogViewer>())
    , m_path(logFile)
{
    m_ui->setupUi(this);
    m_ui->levelCombo->addItem(tr("Everything"), Trace);
    m_ui->levelCombo->addItem(tr("Debug and above"), Debug);
    m_ui->levelCombo->addItem(tr("Info and above"), Info);
    m_ui->levelCombo->addItem(tr("Warnings and errors"), Warning);
    m_ui->levelCombo->addItem(tr("Errors only"), Error);
    m_ui->levelCombo->setCurrentIndex(2);
    m_ui->text->setFont(QFont(QStringLiteral("monospace")));
    m_ui->text->setMaximumBlockCount(20000);
    m_ui->pathLabel->setText(m_path);

    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &LogViewer::render);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &LogViewer::render);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &LogViewer::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (m_ui->followCheck->isChecked()) {
            reload();
        }
    });
    // The file may not exist yet, or be rotated away: watch its directory too.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path)) {
            m_watcher.addPath(m_path);
            reload();
        }
    });
    const QFileInfo info(m_path);
    if (info.dir().exists()) {
        m_watcher.addPath(info.absolutePath());
    }
    if (info.exists()) {
        m_watcher.addPath(m_path);
    }
    reload();
}

LogViewer::~LogViewer() = default;

LogViewer::Level LogViewer::levelOf(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\[(trace|debug|info|warn|warning|error|critical)\]|\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch()) {
        return Info;
    }
    const QString word = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toLower();
    if (word == QLatin1String("trace")) {
        return Trace;
    }
    if (word == QLatin1String("debug")) {
        return Debug;
    }
    if (word.startsWith(QLatin1String("warn"))) {
        return Warning;
    }
    if (word == QLatin1String("error")) {
        return Error;
    }
    if (word == QLatin1String("critical")) {
        return Critical;
    }
    return Info;
}

void LogViewer::setMinimumLevel(Level level)
{
    const int i = m_ui->levelCombo->findData(level);
    if (i >= 0) {
        m_ui->levelCombo->setCurrentIndex(i);
    }
}

void LogViewer::setFilterText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

void LogViewer::reload()
{
    m_lines.clear();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_ui->text->setPlainText(tr("No log yet at %1.").arg(m_path));
        return;
    }
    const qint64 size = f.size();
    if (size > tailBytes) {
        f.seek(size - tailBytes);
        f.readLine(); // drop the partial first line
    }
    const QString content = QString::fromUtf8(f.readAll());
    m_lines = content.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    render();
}

void LogViewer::render()
{
    if (m_lines.isEmpty()) {
        return;
    }
    const auto minLevel = static_cast<Level>(m_ui->levelCombo->currentData().toInt());
    const QString search = m_ui->searchEdit->text();
    QStringList shown;
    Level last = Info;
    for (const QString& line : std::as_const(m_lines)) {
        // Continuation lines (backtraces) belong to the entry above them.
        const bool startsEntry = line.startsWith(QLatin1Char('[')) || line.at(0).isDigit();
        const Level level = startsEntry ? levelOf(line) : last;
        last = level;
        if (level < minLevel) {
            continue;
        }
        if (!search.isEmpty() && !line.contains(search, Qt::CaseInsensitive)) {
            continue;
        }
        shown.append(line);
    }
    const bool follow = m_ui->followCheck->isChecked();
    m_ui->text->setPlainText(shown.join(QLatin1Char('\n')));
    if (follow) {
        m_ui->text->verticalScrollBar()->setValue(m_ui->text->verticalScrollBar()->maximum());
    }
}

QString LogViewer::visibleText() const
{
    return m_ui->text->toPlainText();
}

} // namespace autopod::gui
