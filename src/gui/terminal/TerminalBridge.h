// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QGuiApplication>
#include <QObject>
#include <QString>

namespace autopod::gui {

// The object terminal.html sees as `bridge` over QWebChannel. Output travels as base64 so that a
// UTF-8 sequence split across two reads reaches xterm.js intact; input comes back as the string
// xterm.js produced (onData: UTF-16 text; onBinary: one char per byte).
class TerminalBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void writeOutput(const QByteArray& bytes) { Q_EMIT output(QString::fromLatin1(bytes.toBase64())); }
    void showNotice(const QString& text) { Q_EMIT notice(text); }

public Q_SLOTS:
    // Called from JavaScript.
    void sendInput(const QString& data) { Q_EMIT inputTyped(data.toUtf8()); }
    void sendBinary(const QString& data) { Q_EMIT inputTyped(data.toLatin1()); }
    void resize(int cols, int rows) { Q_EMIT resized(cols, rows); }
    void ready(int cols, int rows) { Q_EMIT pageReady(cols, rows); }
    void copyText(const QString& text) { QGuiApplication::clipboard()->setText(text); }
    void requestPaste() { Q_EMIT pasteText(QGuiApplication::clipboard()->text()); }

Q_SIGNALS:
    // To JavaScript.
    void output(const QString& base64);
    void notice(const QString& text);
    void pasteText(const QString& text);
    // To C++.
    void inputTyped(const QByteArray& bytes);
    void resized(int cols, int rows);
    void pageReady(int cols, int rows);
};

} // namespace autopod::gui
