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

bool isDropped(char32_t c)
{
    return (c < 0x20 && c != U'\n' && c != U'\t') || (c >= 0x7F && c < 0xA0) || isDirectionControl(c);
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
        if (isDropped(c)) {
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

QString printableJson(const QString& json)
{
    QString out;
    out.reserve(json.size());
    for (const QChar c : json) { // every character dropped is in the BMP: no surrogate pair is split
        if (isDropped(c.unicode())) {
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace autopod
