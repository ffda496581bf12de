// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "DesktopTestHelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMessageBox>
#include <QTest>
#include <QWebEnginePage>

#include <memory>

namespace autopod::test {

QVariant evaluate(QWebEnginePage* page, const QString& script, int timeoutMs)
{
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    const auto answer = std::make_shared<Answer>();
    page->runJavaScript(script, [answer](const QVariant& v) {
        answer->value = v;
        answer->done = true;
    });
    QDeadlineTimer deadline(timeoutMs);
    while (!answer->done && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    if (!answer->done) {
        qWarning("no answer from the page to: %s", qPrintable(script));
    }
    return answer->value;
}

QString screenshotDir()
{
    return QDir(qEnvironmentVariable("AUTOPOD_BUILD_DIR", QDir::currentPath())).filePath(QStringLiteral("screenshots"));
}

QMessageBox* hostKeyPrompt()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* box = qobject_cast<QMessageBox*>(w);
        if (box && box->isVisible() && button(box, QStringLiteral("Trust and connect"))) {
            return box;
        }
    }
    return nullptr;
}

} // namespace autopod::test
