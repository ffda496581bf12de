// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/api/RateLimitPacer.h"

#include <QHash>

#include <algorithm>

namespace autopod::api {

namespace {

// A parameter's value as a whole number of at most nine digits (-1 otherwise): no window holds a
// billion requests or lasts 30 years, and a longer number is not one RunPod sent.
qint64 parameterNumber(const QByteArray& value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 9 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return -1;
    }
    return v.toLongLong();
}

// `"name";key=value;key=value, ...` (a structured-field list): name -> key -> number.
QHash<QString, QHash<QByteArray, qint64>> parseList(const QByteArray& header)
{
    QHash<QString, QHash<QByteArray, qint64>> items;
    for (const QByteArray& member : header.split(',')) {
        const QList<QByteArray> parts = member.split(';');
        QByteArray name = parts.value(0).trimmed();
        if (name.size() >= 2 && name.startsWith('"') && name.endsWith('"')) {
            name = name.mid(1, name.size() - 2);
        }
        if (name.isEmpty() || name.size() > 32) {
            continue;
        }
        QHash<QByteArray, qint64>& params = items[QString::fromLatin1(name)];
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const qsizetype eq = parts[i].indexOf('=');
            if (eq > 0) {
                params.insert(parts[i].left(eq).trimmed(), parameterNumber(parts[i].mid(eq + 1)));
            }
        }
    }
    return items;
}

} // namespace

QList<RateLimitWindow> parseRateLimit(const QByteArray& rateLimit, const QByteArray& policy)
{
    const auto live = parseList(rateLimit);
    const auto quotas = parseList(policy);
    QList<RateLimitWindow> windows;
    for (auto it = live.begin(); it != live.end(); ++it) {
        RateLimitWindow w;
        w.name = it.key();
        w.remaining = it.value().value("r", -1);
        w.resetSeconds = it.value().value("t", -1);
        w.quota = quotas.value(it.key()).value("q", -1);
        if (w.remaining >= 0 && w.resetSeconds >= 0) {
            windows.append(w);
        }
    }
    std::sort(windows.begin(), windows.end(),
              [](const RateLimitWindow& a, const RateLimitWindow& b) { return a.name < b.name; });
    return windows;
}

qint64 RateLimitPacer::reserveOf(const RateLimitWindow& window)
{
    return std::max<qint64>(2, window.quota > 0 ? window.quota / 6 : 0);
}

int RateLimitPacer::spacingFor(const RateLimitWindow& window, qint64 sinceStatedMs)
{
    const qint64 untilResetMs = window.resetSeconds * 1000 - sinceStatedMs;
    if (untilResetMs <= 0) {
        return 0; // the window has begun again since
    }
    const qint64 usable = window.remaining - reserveOf(window);
    const qint64 spacing = usable > 0 ? untilResetMs / usable : untilResetMs;
    return int(std::min<qint64>(spacing, kMaxSpacingMs));
}

void RateLimitPacer::note(const QByteArray& rateLimit, const QByteArray& policy)
{
    if (rateLimit.isEmpty()) {
        return;
    }
    const QList<RateLimitWindow> windows = parseRateLimit(rateLimit, policy);
    if (windows.isEmpty()) {
        return;
    }
    m_windows.clear();
    for (const RateLimitWindow& w : windows) {
        m_windows.append({w, m_clock.elapsed()});
    }
}

int RateLimitPacer::spacingMs() const
{
    int spacing = 0;
    for (const Stated& s : m_windows) {
        spacing = std::max(spacing, spacingFor(s.window, m_clock.elapsed() - s.atMs));
    }
    return spacing;
}

} // namespace autopod::api
