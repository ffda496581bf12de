// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QTableView;

namespace autopod::gui {

// The pod table's column widths. Every column is as wide as its text, except the status: it takes
// what the view leaves it, up to its text, and never less than the dot and the longest state word
// ("Terminated"); a longer status (a guard's reason) is elided, and whole in the details panel.
// The table is never narrower than the name and that much status, so a narrowed window scrolls
// the other columns instead of cutting the status off. Refits when the view is resized and when
// the rows change.
class PodTableLayout : public QObject
{
    Q_OBJECT

public:
    // Lays out `table` (its model set) from now on; owned by the table.
    explicit PodTableLayout(QTableView* table);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitLater();

    QTableView* m_table;
    bool m_pending = false;
};

} // namespace autopod::gui
