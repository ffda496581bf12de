// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pods/PodRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace autopod::gui {

// RunPod's `lastStatusChange`, read: GraphQL sends JavaScript's Date.toString() behind a reason
// ("Rented by User: Sun Nov 29 2026 10:01:02 GMT+0000 (Coordinated Universal Time)", "Exited by
// user: Wed Sep 02 2026 01:48:45 GMT+0000", "Rented by User: Tue Aug 15 2023"), sometimes only a
// reason ("Exited by RunPod: Insufficient balance"); the REST transport fills it with an ISO
// timestamp. Text that matches none of these keeps only `detail`: it is shown as RunPod wrote it.
struct StatusChange
{
    Q_DECLARE_TR_FUNCTIONS(StatusChange)

public:
    enum class Kind
    {
        Started, // rented, resumed, started
        Stopped, // exited, stopped, paused
        Terminated,
        Other
    };

    Kind kind = Kind::Other;
    QString actor;        // "User", "RunPod"; empty when the text does not say
    QString detail;       // what follows the reason when it is no date ("Insufficient balance")
    QDateTime when;       // invalid when no date could be read
    bool hasTime = false; // false: a date without a time of day

    static StatusChange parse(const QString& text);

    // The status line of the details panel: "Running since 10:01 (2 h 14 min)" in local time, the
    // date alone for an older change, RunPod's words when they carry no date. `now` is passed in
    // so that tests can fix it.
    static QString describe(PodRow::State state, const QString& lastStatusChange, const QDateTime& now);
};

} // namespace autopod::gui
