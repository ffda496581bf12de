// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "core/pods/PodState.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

namespace autopod::pods {

// How autopod shows money, durations and pod states to a person: one rule for the tray, the pod
// list, the details panel, the dialogs and the CLI's text output, so one pod reads the same
// everywhere. Machine output (`--json`) carries the raw numbers and status values instead.
class Presentation
{
    Q_DECLARE_TR_FUNCTIONS(Presentation)

public:
    // "$0.80", "$12.35", "$0.00"; below a cent three decimals ("$0.004") so a small sum is never
    // shown as nothing, and "<$0.001" below a tenth of a cent.
    static QString money(double usd);
    // "$0.80/hr"
    static QString moneyPerHour(double usd);
    // "< 1 min", "5 min", "1 h 02 min", "2 d 03 h".
    static QString duration(qint64 seconds);
    // A pod's runtime: duration(), or "—" when it has not run.
    static QString runtime(qint64 seconds);
    // "Running", "Stopped", ...
    static QString stateText(PodState state);
    // "RTX A40", "2 × RTX A40"; empty without a GPU name.
    static QString gpu(int count, const QString& displayName);
};

} // namespace autopod::pods
