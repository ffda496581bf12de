// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "core/logging/Logging.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace autopod::logging {

namespace {

const QString kMask = QStringLiteral("[REDACTED]");

struct Secrets
{
    QMutex mutex;
    QStringList values;
};

Secrets& secrets()
{
    static Secrets s;
    return s;
}

struct Pattern
{
    QRegularExpression re;
    QString replacement;
};

const QList<Pattern>& patterns()
{
    using RE = QRegularExpression;
    static const QList<Pattern> list = [] {
        QList<Pattern> p;
        // Private key blocks, PEM and OpenSSH, also JSON-escaped (\n) and cut off before their END line.
        p << Pattern{RE(QStringLiteral("-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|$)"),
                        RE::DotMatchesEverythingOption),
                     QStringLiteral("[REDACTED private key]")};
        // Authorization headers, whatever the scheme.
        p << Pattern{RE(QStringLiteral("(authorization[\"']?\\s*[:=]\\s*[\"']?)(bearer|basic|token)\\s+[^\\s\"',;]+"),
                        RE::CaseInsensitiveOption),
                     QStringLiteral("\\1\\2 ") + kMask};
        p << Pattern{
            RE(QStringLiteral("(authorization[\"']?\\s*[:=]\\s*[\"']?)(?!(?:bearer|basic|token)\\s|\\[REDACTED)"
                              "[^\\s\"',;]+"),
               RE::CaseInsensitiveOption),
            QStringLiteral("\\1") + kMask};
        p << Pattern{
            RE(QStringLiteral("\\b(bearer)\\s+(?!\\[REDACTED\\])[A-Za-z0-9._~+/=-]+"), RE::CaseInsensitiveOption),
            QStringLiteral("\\1 ") + kMask};
        // api_key=... in URLs and forms, "api_key": "..." in JSON.
        p << Pattern{RE(QStringLiteral("\\b(api[_-]?key=)[^&\\s\"'#]+"), RE::CaseInsensitiveOption),
                     QStringLiteral("\\1") + kMask};
        p << Pattern{RE(QStringLiteral("(\"(?:api[_-]?key|apiKey|password|secret|token)\"\\s*:\\s*\")[^\"]*\""),
                        RE::CaseInsensitiveOption),
                     QStringLiteral("\\1") + kMask + QStringLiteral("\"")};
        // RunPod keys: rpa_ followed by the key body; rp_ test and legacy style keys.
        p << Pattern{RE(QStringLiteral("\\brpa_[A-Za-z0-9]{8,}")), kMask};
        p << Pattern{RE(QStringLiteral("\\brp_[A-Za-z0-9_-]{6,}")), kMask};
        for (Pattern& x : p) {
            x.re.optimize();
        }
        return p;
    }();
    return list;
}

} // namespace

void registerSecret(const QString& secret)
{
    const QString s = secret.trimmed();
    if (s.size() < 4) {
        return;
    }
    Secrets& store = secrets();
    QMutexLocker lock(&store.mutex);
    if (!store.values.contains(s)) {
        store.values << s;
        // Longest first, so a secret containing another is masked whole.
        std::sort(store.values.begin(), store.values.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
    }
}

QString redact(const QString& text)
{
    QString out = text;
    {
        Secrets& store = secrets();
        QMutexLocker lock(&store.mutex);
        for (const QString& s : std::as_const(store.values)) {
            out.replace(s, kMask);
        }
    }
    for (const Pattern& p : patterns()) {
        out.replace(p.re, p.replacement);
    }
    return out;
}

} // namespace autopod::logging
