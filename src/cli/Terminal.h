// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

#include <optional>

namespace autopod::cli {

// Everything the CLI says and asks. Output goes to stdout (results) and stderr (errors); every
// string passes through the log redaction first, so a credential can never be printed. Questions
// read stdin: arrow-key menus and hidden input on a terminal, numbered choices and plain lines
// otherwise (scripts, tests).
class Terminal
{
public:
    Terminal();

    bool stdinIsTty() const { return m_stdinTty; }
    bool stdoutIsTty() const { return m_stdoutTty; }
    bool interactive() const { return m_stdinTty && m_stdoutTty; }

    void print(const QString& text);    // stdout, with a newline
    void printRaw(const QString& text); // stdout, as is
    // stdout, indented, with a newline; the text in its strings kept exact (control characters escaped).
    void printJson(const QJsonDocument& document);
    void error(const QString& text);   // stderr, with a newline
    void success(const QString& text); // "✓ text"
    void failure(const QString& text); // "✗ text" on stderr
    void step(const QString& text);    // "→ text"
    void warning(const QString& text); // "! text" on stderr

    // One line from stdin; nullopt at end of input.
    std::optional<QString> readLine(const QString& prompt);
    // Without echo on a terminal. The value is never logged.
    std::optional<QString> readSecret(const QString& prompt);
    // y/N question; end of input answers the default.
    bool confirm(const QString& question, bool defaultYes = false);
    // One of `options`; -1 at end of input. Arrow keys + Enter on a terminal, "[1-N]:" otherwise.
    // `header` lines are printed above the options (a table's head).
    int choose(const QString& title, const QStringList& options, int defaultIndex = 0, const QStringList& header = {},
               const QStringList& footer = {});

private:
    int chooseWithArrows(const QString& title, const QStringList& options, int defaultIndex, const QStringList& header,
                         const QStringList& footer);
    int chooseNumbered(const QString& title, const QStringList& options, int defaultIndex, const QStringList& header,
                       const QStringList& footer);

    bool m_stdinTty = false;
    bool m_stdoutTty = false;
};

// A box-drawn table, as the GPU list is shown.
class Table
{
public:
    explicit Table(QStringList headers)
        : m_headers(std::move(headers))
    {}
    void addRow(QStringList row); // cells are made printable on one line
    int rowCount() const { return int(m_rows.size()); }
    // All lines, top border to bottom border.
    QStringList render() const;
    // Header block only (top border, headers, separator) and the row lines alone, for menus.
    QStringList renderHead() const;
    QStringList renderRows() const;
    QString renderBottom() const;

private:
    QList<int> widths() const;
    QString line(const QStringList& cells, const QList<int>& widths) const;
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace autopod::cli
