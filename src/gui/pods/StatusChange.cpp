// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/StatusChange.h"

#include "core/pods/Presentation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace autopod::gui {

namespace {

StatusChange::Kind kindOf(const QString& verb)
{
    const QString v = verb.trimmed().toLower();
    for (const char* started : {"rented", "resumed", "started", "restarted", "created"}) {
        if (v.startsWith(QLatin1String(started))) {
            return StatusChange::Kind::Started;
        }
    }
    for (const char* stopped : {"exited", "stopped", "paused"}) {
        if (v.startsWith(QLatin1String(stopped))) {
            return StatusChange::Kind::Stopped;
        }
    }
    if (v.startsWith(QLatin1String("terminated")) || v.startsWith(QLatin1String("deleted"))) {
        return StatusChange::Kind::Terminated;
    }
    return StatusChange::Kind::Other;
}

// JavaScript's Date.toString() (always English), with or without the time and zone:
// "Sun Nov 29 2026 10:01:02 GMT+0000 (Coordinated Universal Time)", "Tue Aug 15 2023".
bool parseJsDate(const QString& text, QDateTime* when, bool* hasTime)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[A-Za-z]{3}[a-z]*,?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4}))"
        R"((?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(?:GMT|UTC|Z)\s*(?:([+-])(\d{1,2}):?(\d{2}))?)?)?)"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    static const QString months = QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec");
    const qsizetype monthAt = months.indexOf(m.captured(1).toLower());
    if (monthAt < 0 || monthAt % 3 != 0) {
        return false;
    }
    const QDate date(m.captured(3).toInt(), int(monthAt / 3) + 1, m.captured(2).toInt());
    if (!date.isValid()) {
        return false;
    }
    if (m.captured(4).isEmpty()) {
        *when = QDateTime(date, QTime(0, 0), QTimeZone::utc());
        *hasTime = false;
        return true;
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!time.isValid()) {
        return false;
    }
    int offset = 0; // RunPod's servers speak UTC when the zone is missing
    if (!m.captured(7).isEmpty()) {
        offset = (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60) * (m.captured(7) == u'-' ? -1 : 1);
        if (qAbs(offset) > 18 * 3600) {
            return false;
        }
    }
    *when = QDateTime(date, time, QTimeZone(offset));
    *hasTime = true;
    return when->isValid();
}

bool parseIsoDate(const QString& text, QDateTime* when, bool* hasTime)
{
    const QString t = text.trimmed();
    if (t.size() < 16 || !t.at(0).isDigit() || t.at(10) != u'T') {
        return false;
    }
    const QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        return false;
    }
    *when = dt;
    *hasTime = true;
    return true;
}

bool parseDate(const QString& text, QDateTime* when, bool* hasTime)
{
    return parseIsoDate(text, when, hasTime) || parseJsDate(text, when, hasTime);
}

bool stateMatches(StatusChange::Kind kind, PodRow::State state)
{
    switch (kind) {
    case StatusChange::Kind::Started:
        return state == PodRow::State::Starting || state == PodRow::State::Running;
    case StatusChange::Kind::Stopped:
        return state == PodRow::State::Stopped;
    case StatusChange::Kind::Terminated:
        return state == PodRow::State::Terminated;
    case StatusChange::Kind::Other:
        break;
    }
    return true;
}

} // namespace

StatusChange StatusChange::parse(const QString& text)
{
    StatusChange change;
    const QString simple = text.simplified();
    if (simple.isEmpty()) {
        return change;
    }
    if (parseDate(simple, &change.when, &change.hasTime)) {
        return change;
    }
    // "<Verb> by <actor>: <date or detail>"
    static const QRegularExpression reason(
        QStringLiteral(R"(^([A-Za-z][A-Za-z ]*?)(?:\s+by\s+([^:]+?))?\s*:\s*(.*)$)"));
    const QRegularExpressionMatch m = reason.match(simple);
    if (!m.hasMatch()) {
        change.detail = simple;
        return change;
    }
    change.kind = kindOf(m.captured(1));
    change.actor = m.captured(2).trimmed();
    const QString rest = m.captured(3).trimmed();
    if (!parseDate(rest, &change.when, &change.hasTime)) {
        // A known reason keeps what follows it; an unknown one RunPod's words as they are.
        change.detail = change.kind == Kind::Other || rest.isEmpty() ? simple : rest;
    }
    return change;
}

QString StatusChange::describe(PodRow::State state, const QString& lastStatusChange, const QDateTime& now)
{
    const QString stateText = pods::Presentation::stateText(state);
    const StatusChange change = parse(lastStatusChange);
    if (!change.when.isValid()) {
        // Nothing to count from: RunPod's own words still say what happened (and who did it).
        const QString raw = lastStatusChange.simplified();
        return raw.isEmpty() ? stateText : tr("%1 (%2)").arg(stateText, raw);
    }

    const QLocale locale;
    const QDateTime local = change.when.toLocalTime();
    QString since;
    if (!change.hasTime) {
        since = locale.toString(change.when.date(), QLocale::ShortFormat);
    } else if (local.date() == now.toLocalTime().date()) {
        since = locale.toString(local.time(), QLocale::ShortFormat);
    } else {
        since = locale.toString(local, QLocale::ShortFormat);
    }

    QString line;
    if (stateMatches(change.kind, state)) {
        line = change.hasTime
                   ? tr("%1 since %2 (%3)").arg(stateText, since, pods::Presentation::duration(change.when.secsTo(now)))
                   : tr("%1 since %2").arg(stateText, since);
    } else {
        // e.g. Connected, while RunPod's last change is the rent: say both.
        QString event;
        switch (change.kind) {
        case Kind::Started:
            event = change.hasTime ? tr("running since %1 (%2)") : tr("running since %1");
            break;
        case Kind::Stopped:
            event = change.hasTime ? tr("stopped since %1 (%2)") : tr("stopped since %1");
            break;
        case Kind::Terminated:
        case Kind::Other: // never here: an unknown reason matches any state
            event = change.hasTime ? tr("terminated since %1 (%2)") : tr("terminated since %1");
            break;
        }
        event =
            change.hasTime ? event.arg(since, pods::Presentation::duration(change.when.secsTo(now))) : event.arg(since);
        line = tr("%1, %2").arg(stateText, event);
    }
    if (!change.actor.isEmpty() && change.actor.compare(QLatin1String("user"), Qt::CaseInsensitive) != 0) {
        line = tr("%1, by %2").arg(line, change.actor);
    }
    return line;
}

} // namespace autopod::gui
