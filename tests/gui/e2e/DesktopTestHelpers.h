// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "WidgetLookup.h"

#include <QString>
#include <QVariant>

#include <functional>

class QMessageBox;
class QSignalSpy;
class QWebEnginePage;
class QWidget;

namespace autopod::test {

// Runs JavaScript in a page and waits for its result. The answer may come after the wait gave up
// (a loaded machine, a page still loading): the callback then writes into state it shares, never
// into this function's stack frame, which is gone by then.
QVariant evaluate(QWebEnginePage* page, const QString& script, int timeoutMs = 10000);

// Where the GUI tests put their screenshots (the metainfo's screenshot comes from there).
QString screenshotDir();

// The trust-on-first-use prompt of a new pod's host key, if it is showing.
QMessageBox* hostKeyPrompt();

// Waits until a pod's creation ends (connected or failed has fired), trusting the new pod's host
// key once when its prompt shows, as a user would; onPrompt sees the prompt first (a screenshot).
// False when neither happened within timeoutMs.
bool waitForConnection(const QSignalSpy& connected, const QSignalSpy& failed,
                       const std::function<void(QMessageBox*)>& onPrompt = {}, int timeoutMs = 120000);

} // namespace autopod::test
