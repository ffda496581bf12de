// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// The log viewer wraps long lines: a long log line is read without scrolling sideways.
#include "gui/logs/LogViewer.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using autopod::gui::LogViewer;

class TestLogViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void longLinesWrapInsteadOfScrollingSideways()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("autopod.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray tail = QByteArray("the end of a long line");
        file.write("[2026-12-05 00:00:00.000] [info] " + QByteArray(400, 'x') + ' ' + tail + '\n');
        file.close();

        LogViewer viewer(path);
        viewer.resize(500, 300);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto* text = viewer.findChild<QPlainTextEdit*>(QStringLiteral("text"));
        QVERIFY(text);
        QTRY_VERIFY(text->toPlainText().contains(QString::fromLatin1(tail)));
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
        const QTextBlock first = text->document()->firstBlock();
        QVERIFY2(first.layout() && first.layout()->lineCount() > 1, "the long line is shown on one line");
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"
