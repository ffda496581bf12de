// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/app/PrintableText.h"

#include <QList>

namespace autopod {

namespace {

bool isDirectionControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

QString filtered(const QString& text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    for (const uint code : text.toUcs4()) {
        const char32_t c = code;
        if (c == U'\n' || c == U'\t') {
            out += keepLines ? QChar(c) : QLatin1Char(' ');
            continue;
        }
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isDirectionControl(c)) {
            continue;
        }
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

} // namespace

QString printable(const QString& text)
{
    return filtered(text, true);
}

QString printableLine(const QString& text)
{
    return filtered(text, false);
}

} // namespace autopod
