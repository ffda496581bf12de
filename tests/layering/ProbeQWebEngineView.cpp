// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include <QWebEngineView>

int probe()
{
    return 0;
}
