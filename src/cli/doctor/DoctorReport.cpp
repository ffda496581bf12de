// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "cli/doctor/DoctorReport.h"

#include "cli/ExitCode.h"
#include "cli/Terminal.h"

#include <QJsonArray>

namespace autopod::cli {

QString DoctorReport::verdictName(DoctorCheck::Verdict verdict)
{
    switch (verdict) {
    case DoctorCheck::Verdict::Ok:
        return QStringLiteral("ok");
    case DoctorCheck::Verdict::Warning:
        return QStringLiteral("warning");
    case DoctorCheck::Verdict::Failure:
        return QStringLiteral("failure");
    case DoctorCheck::Verdict::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

int DoctorReport::exitCode() const
{
    for (const DoctorCheck& c : m_checks) {
        if (c.verdict == DoctorCheck::Verdict::Failure) {
            return c.exitCode == Ok ? GenericError : c.exitCode;
        }
    }
    return Ok;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray checks;
    for (const DoctorCheck& c : m_checks) {
        QJsonObject o{{QStringLiteral("id"), c.id},
                      {QStringLiteral("title"), c.title},
                      {QStringLiteral("verdict"), verdictName(c.verdict)},
                      {QStringLiteral("message"), c.message}};
        if (!c.fix.isEmpty()) {
            o.insert(QStringLiteral("fix"), c.fix);
        }
        checks.append(o);
    }
    return QJsonObject{{QStringLiteral("ok"), exitCode() == Ok},
                       {QStringLiteral("exit_code"), exitCode()},
                       {QStringLiteral("checks"), checks}};
}

void DoctorReport::print(Terminal& terminal) const
{
    int width = 0;
    for (const DoctorCheck& c : m_checks) {
        width = qMax(width, int(c.title.size()));
    }
    for (const DoctorCheck& c : m_checks) {
        QString mark;
        switch (c.verdict) {
        case DoctorCheck::Verdict::Ok:
            mark = QStringLiteral("ok  ");
            break;
        case DoctorCheck::Verdict::Warning:
            mark = QStringLiteral("WARN");
            break;
        case DoctorCheck::Verdict::Failure:
            mark = QStringLiteral("FAIL");
            break;
        case DoctorCheck::Verdict::Skipped:
            mark = QStringLiteral("skip");
            break;
        }
        terminal.print(QStringLiteral("%1  %2  %3").arg(mark, c.title.leftJustified(width), c.message));
        if (!c.fix.isEmpty()) {
            terminal.print(QStringLiteral("%1  fix: %2").arg(QString(4 + 2 + width, QLatin1Char(' ')), c.fix));
        }
    }
    const int code = exitCode();
    terminal.print(code == Ok ? QStringLiteral("\nNothing blocks `autopod connect`.")
                              : QStringLiteral("\n`autopod connect` would fail: fix the FAIL lines above."));
}

} // namespace autopod::cli
