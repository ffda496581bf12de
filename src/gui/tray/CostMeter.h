// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pods/PodRow.h"

#include <QHash>

namespace autopod::gui {

// What this session of the app has cost: each pod that billed between two observations adds
// its $/hr for the time in between. Pods that ran before the app started add nothing for that.
class CostMeter
{
public:
    // nowMs: any monotonic clock in milliseconds (QElapsedTimer in the app, chosen values in tests).
    void observe(const PodRows& rows, qint64 nowMs);
    double sessionCost() const { return m_sessionCost; }
    double currentCostPerHr() const;

private:
    struct Seen
    {
        double costPerHr = 0;
        bool billing = false;
    };
    QHash<QString, Seen> m_last;
    qint64 m_lastMs = -1;
    double m_sessionCost = 0;
};

} // namespace autopod::gui
