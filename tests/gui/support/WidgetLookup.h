// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QAbstractButton;
class QWidget;

namespace autopod::test {

// The button under `parent` whose text is `text` (mnemonic included: "&Create pod…"), or null.
QAbstractButton* button(QWidget* parent, const QString& text);

} // namespace autopod::test
