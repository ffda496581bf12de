// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/Terminal.h"

#include "core/app/PrintableText.h"
#include "core/logging/Logging.h"

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace autopod::cli {

namespace {

// Verbatim: only for autopod's own escape sequences (the arrow menu).
void putVerbatim(FILE* stream, const QString& text)
{
    const QByteArray bytes = logging::redact(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Everything else: what is printed may hold a pod name or RunPod's words.
void put(FILE* stream, const QString& text)
{
    putVerbatim(stream, printable(text));
}

// Echo off (and, for menus, canonical mode off) while alive.
class TermiosGuard
{
public:
    TermiosGuard(bool echo, bool canonical)
    {
        m_ok = ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (!m_ok) {
            return;
        }
        termios t = m_saved;
        if (!echo) {
            t.c_lflag &= ~tcflag_t(ECHO);
        }
        if (!canonical) {
            t.c_lflag &= ~tcflag_t(ICANON);
            t.c_cc[VMIN] = 1;
            t.c_cc[VTIME] = 0;
        }
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &t);
    }
    ~TermiosGuard()
    {
        if (m_ok) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        }
    }
    TermiosGuard(const TermiosGuard&) = delete;
    TermiosGuard& operator=(const TermiosGuard&) = delete;

private:
    termios m_saved{};
    bool m_ok = false;
};

int displayWidth(const QString& s)
{
    // Box tables hold ASCII and a few single-width symbols (✓ ✗); count code points.
    return int(s.toUcs4().size());
}

QString pad(const QString& s, int width)
{
    return s + QString(qMax(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

Terminal::Terminal()
    : m_stdinTty(::isatty(STDIN_FILENO) == 1)
    , m_stdoutTty(::isatty(STDOUT_FILENO) == 1)
{}

void Terminal::print(const QString& text)
{
    put(stdout, text + QLatin1Char('\n'));
}

void Terminal::printJson(const QJsonDocument& document)
{
    putVerbatim(stdout, printableJson(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed()) +
                            QLatin1Char('\n'));
}

void Terminal::printRaw(const QString& text)
{
    put(stdout, text);
}

void Terminal::error(const QString& text)
{
    put(stderr, text + QLatin1Char('\n'));
}

void Terminal::success(const QString& text)
{
    print(QStringLiteral("✓ ") + text);
}

void Terminal::failure(const QString& text)
{
    error(QStringLiteral("✗ ") + text);
}

void Terminal::step(const QString& text)
{
    print(QStringLiteral("→ ") + text);
}

void Terminal::warning(const QString& text)
{
    error(QStringLiteral("! ") + text);
}

std::optional<QString> Terminal::readLine(const QString& prompt)
{
    printRaw(prompt);
    std::string line;
    if (!std::getline(std::cin, line)) {
        if (!prompt.isEmpty()) {
            print(QString());
        }
        return std::nullopt;
    }
    return QString::fromStdString(line).trimmed();
}

std::optional<QString> Terminal::readSecret(const QString& prompt)
{
    printRaw(prompt);
    std::string line;
    bool ok = false;
    if (m_stdinTty) {
        TermiosGuard noEcho(false, true);
        ok = bool(std::getline(std::cin, line));
        printRaw(QStringLiteral("\n"));
    } else {
        ok = bool(std::getline(std::cin, line));
    }
    if (!ok) {
        return std::nullopt;
    }
    return QString::fromStdString(line).trimmed();
}

bool Terminal::confirm(const QString& question, bool defaultYes)
{
    const auto answer = readLine(question + (defaultYes ? QStringLiteral(" [Y/n]: ") : QStringLiteral(" [y/N]: ")));
    if (!answer || answer->isEmpty()) {
        return defaultYes;
    }
    const QString a = answer->toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes");
}

int Terminal::choose(const QString& title, const QStringList& options, int defaultIndex, const QStringList& header,
                     const QStringList& footer)
{
    if (options.isEmpty()) {
        return -1;
    }
    defaultIndex = qBound(0, defaultIndex, int(options.size()) - 1);
    if (interactive()) {
        return chooseWithArrows(title, options, defaultIndex, header, footer);
    }
    return chooseNumbered(title, options, defaultIndex, header, footer);
}

int Terminal::chooseNumbered(const QString& title, const QStringList& options, int defaultIndex,
                             const QStringList& header, const QStringList& footer)
{
    print(title);
    for (const QString& h : header) {
        print(QStringLiteral("      ") + h);
    }
    for (int i = 0; i < options.size(); ++i) {
        print(QStringLiteral("  %1. %2").arg(i + 1, 2).arg(options.at(i)));
    }
    for (const QString& f : footer) {
        print(QStringLiteral("      ") + f);
    }
    for (int tries = 0; tries < 5; ++tries) {
        const auto answer = readLine(QStringLiteral("[1-%1] (default %2): ").arg(options.size()).arg(defaultIndex + 1));
        if (!answer) {
            return -1;
        }
        if (answer->isEmpty()) {
            return defaultIndex;
        }
        bool ok = false;
        const int n = answer->toInt(&ok);
        if (ok && n >= 1 && n <= options.size()) {
            return n - 1;
        }
        error(QStringLiteral("Please enter a number from 1 to %1.").arg(options.size()));
    }
    return -1;
}

int Terminal::chooseWithArrows(const QString& title, const QStringList& options, int defaultIndex,
                               const QStringList& header, const QStringList& footer)
{
    print(title + QStringLiteral("  [↑↓ arrows, Enter to confirm]"));
    for (const QString& h : header) {
        print(QStringLiteral("  ") + h);
    }
    int current = defaultIndex;
    const int lines = int(options.size() + footer.size());
    auto draw = [&](bool redraw) {
        QString out;
        if (redraw) {
            out += QStringLiteral("\x1b[%1A").arg(lines);
        }
        for (int i = 0; i < options.size(); ++i) {
            out += QStringLiteral("\r\x1b[2K") + (i == current ? QStringLiteral("\x1b[7m❯ ") : QStringLiteral("  ")) +
                   printableLine(options.at(i)) + (i == current ? QStringLiteral("\x1b[0m") : QString()) +
                   QLatin1Char('\n');
        }
        for (const QString& f : footer) {
            out += QStringLiteral("\r\x1b[2K  ") + printableLine(f) + QLatin1Char('\n');
        }
        putVerbatim(stdout, out);
    };
    TermiosGuard raw(false, false);
    draw(false);
    for (;;) {
        char c = 0;
        if (::read(STDIN_FILENO, &c, 1) != 1) {
            return -1;
        }
        if (c == '\n' || c == '\r') {
            return current;
        }
        if (c == 3 || c == 4 || c == 'q') { // Ctrl-C (when ISIG is off), Ctrl-D, q
            return -1;
        }
        if (c >= '1' && c <= '9' && c - '1' < options.size()) {
            current = c - '1';
        } else if (c == 'k') {
            current = (current + int(options.size()) - 1) % int(options.size());
        } else if (c == 'j') {
            current = (current + 1) % int(options.size());
        } else if (c == 0x1b) {
            char seq[2] = {0, 0};
            if (::read(STDIN_FILENO, &seq[0], 1) != 1 || ::read(STDIN_FILENO, &seq[1], 1) != 1) {
                continue;
            }
            if (seq[0] == '[' && seq[1] == 'A') {
                current = (current + int(options.size()) - 1) % int(options.size());
            } else if (seq[0] == '[' && seq[1] == 'B') {
                current = (current + 1) % int(options.size());
            }
        } else {
            continue;
        }
        draw(true);
    }
}

void Table::addRow(QStringList row)
{
    for (QString& cell : row) {
        cell = printableLine(cell);
    }
    m_rows.append(std::move(row));
}

QList<int> Table::widths() const
{
    QList<int> w;
    for (const QString& h : m_headers) {
        w.append(displayWidth(h));
    }
    for (const QStringList& row : m_rows) {
        for (int i = 0; i < row.size() && i < w.size(); ++i) {
            w[i] = qMax(w[i], displayWidth(row.at(i)));
        }
    }
    return w;
}

QString Table::line(const QStringList& cells, const QList<int>& w) const
{
    QString out = QStringLiteral("│");
    for (int i = 0; i < w.size(); ++i) {
        out += QLatin1Char(' ') + pad(cells.value(i), w.at(i)) + QStringLiteral(" │");
    }
    return out;
}

static QString border(const QList<int>& w, const QString& left, const QString& mid, const QString& right)
{
    QString out = left;
    for (int i = 0; i < w.size(); ++i) {
        out += QString(w.at(i) + 2, QChar(0x2500)) + (i + 1 < w.size() ? mid : right);
    }
    return out;
}

QStringList Table::renderHead() const
{
    const QList<int> w = widths();
    return {border(w, QStringLiteral("┌"), QStringLiteral("┬"), QStringLiteral("┐")), line(m_headers, w),
            border(w, QStringLiteral("├"), QStringLiteral("┼"), QStringLiteral("┤"))};
}

QStringList Table::renderRows() const
{
    const QList<int> w = widths();
    QStringList out;
    for (const QStringList& row : m_rows) {
        out.append(line(row, w));
    }
    return out;
}

QString Table::renderBottom() const
{
    return border(widths(), QStringLiteral("└"), QStringLiteral("┴"), QStringLiteral("┘"));
}

QStringList Table::render() const
{
    return renderHead() + renderRows() + QStringList{renderBottom()};
}

} // namespace autopod::cli
