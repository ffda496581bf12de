// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace autopod {

// Text that comes from RunPod, from a pod or from a hand-edited file (pod names, error messages,
// HTTP status lines) is shown only through these: control characters (C0, DEL, C1) and the
// invisible direction overrides are removed, so an escape sequence in a pod name cannot rewrite the
// user's terminal or disguise what is shown.
QString printable(const QString& text);     // keeps line breaks and tabs
QString printableLine(const QString& text); // one line: line breaks and tabs become spaces
// JSON text as QJsonDocument writes it, for a terminal: every character printable() would drop is
// written as a \uXXXX escape instead (outside strings JSON holds only ASCII structure and
// whitespace), so a program reading the JSON gets the exact text and the terminal gets none of it.
QString printableJson(const QString& json);

} // namespace autopod
