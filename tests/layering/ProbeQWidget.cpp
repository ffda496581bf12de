// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include <QWidget>

int probe()
{
    return QWidget().width();
}
