// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
// A probe for CheckCoreMessages.cmake, never compiled: a core message that tells the user to run a
// CLI command, split over two literals as clang-format leaves a long one. The check must reject it.
#include <QCoreApplication>

QString stopItYourself(const QString& name)
{
    return QCoreApplication::translate("ConnectFlow", "It may still be billing: stop it with `autopod pod "
                                                      "stop %1` once RunPod is reachable again.")
        .arg(name);
}
