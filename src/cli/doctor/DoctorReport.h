// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace autopod::cli {

class Terminal;

// One finding of `autopod doctor`: what was checked, the verdict, and what to do about it.
struct DoctorCheck
{
    enum class Verdict
    {
        Ok,
        Warning, // works, but worth fixing
        Failure, // blocks `autopod connect`
        Skipped  // could not be checked because an earlier check failed
    };

    DoctorCheck() = default;
    DoctorCheck(QString checkId, QString checkTitle, Verdict v = Verdict::Ok, QString text = {})
        : id(std::move(checkId))
        , title(std::move(checkTitle))
        , verdict(v)
        , message(std::move(text))
    {}

    QString id; // stable, for --json: "api_key", "ssh_key", "port"...
    QString title;
    Verdict verdict = Verdict::Ok;
    QString message;
    QString fix;      // empty when there is nothing to do
    int exitCode = 0; // for a failure: the exit code `connect` would end with
};

class DoctorReport
{
public:
    void add(DoctorCheck check) { m_checks.append(std::move(check)); }
    const QList<DoctorCheck>& checks() const { return m_checks; }

    // 0 when nothing blocks `connect`, else the exit code of the first failure.
    int exitCode() const;
    QJsonObject toJson() const;
    void print(Terminal& terminal) const;

    static QString verdictName(DoctorCheck::Verdict verdict);

private:
    QList<DoctorCheck> m_checks;
};

} // namespace autopod::cli
