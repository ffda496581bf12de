// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/tray/CostMeter.h"

namespace autopod::gui {

void CostMeter::observe(const PodRows& rows, qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs) {
        const double hours = static_cast<double>(nowMs - m_lastMs) / 3'600'000.0;
        for (const Seen& seen : std::as_const(m_last)) {
            if (seen.billing) {
                m_sessionCost += seen.costPerHr * hours;
            }
        }
    }
    m_last.clear();
    for (const PodRow& row : rows) {
        m_last.insert(row.id, Seen{row.costPerHr, row.isBilling()});
    }
    m_lastMs = nowMs;
}

double CostMeter::currentCostPerHr() const
{
    double total = 0;
    for (const Seen& seen : m_last) {
        if (seen.billing) {
            total += seen.costPerHr;
        }
    }
    return total;
}

} // namespace autopod::gui
