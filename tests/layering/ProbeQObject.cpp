// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include <QObject>

int probe()
{
    return QObject().objectName().size();
}
