// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pods/PodRow.h"

#include <QAbstractTableModel>

namespace autopod::gui {

// The pod list of the main window and the tray: one row per tracked pod, keyed by RunPod id.
// setRows() merges a fresh snapshot in place (insert, update, remove) so selection and scroll
// position survive every refresh.
class PodListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Gpu,
        DataCenter,
        Runtime,
        CostPerHr,
        AccumulatedCost,
        LocalUrl,
        ColumnCount
    };

    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // numbers and enums as such, for sorting
        PodIdRole,
        StateRole, // PodRow::State as int
    };

    explicit PodListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const PodRows& rows);
    // Replaces one pod's row (matched by id) or appends it.
    void upsert(const PodRow& row);
    void remove(const QString& podId);

    const PodRows& rows() const { return m_rows; }
    const PodRow* find(const QString& podId) const;
    int rowOf(const QString& podId) const;

    double totalCostPerHr() const; // of the pods that bill compute now
    int billingCount() const;

Q_SIGNALS:
    // A pod moved from one state to another between two snapshots (for notifications).
    void stateChanged(const QString& podId, autopod::gui::PodRow::State from, autopod::gui::PodRow::State to);
    void rowsRefreshed();

private:
    QVariant display(const PodRow& row, int column) const;
    QVariant raw(const PodRow& row, int column) const;

    PodRows m_rows;
};

} // namespace autopod::gui
