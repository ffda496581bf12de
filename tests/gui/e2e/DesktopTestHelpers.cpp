// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "DesktopTestHelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
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

bool waitForConnection(const QSignalSpy& connected, const QSignalSpy& failed,
                       const std::function<void(QMessageBox*)>& onPrompt, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    bool trusted = false;
    while (connected.isEmpty() && failed.isEmpty()) {
        if (deadline.hasExpired()) {
            return false;
        }
        if (!trusted) {
            if (QMessageBox* box = hostKeyPrompt()) {
                if (onPrompt) {
                    onPrompt(box);
                }
                button(box, QStringLiteral("Trust and connect"))->click();
                trusted = true;
            }
        }
        QTest::qWait(50);
    }
    return true;
}

} // namespace autopod::test
