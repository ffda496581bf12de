// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodListModel.h"

#include "core/pods/Presentation.h"
#include "core/pods/StoppedPod.h"
#include "gui/pods/StatusChange.h"

#include <QSet>

namespace autopod::gui {

PodListModel::PodListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int PodListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PodListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodListModel::display(const PodRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name.isEmpty() ? row.id : row.name;
    case Status:
        return pods::StoppedPod::stateText(row.state, row.guardStoppedReason);
    case Gpu:
        return row.gpuText();
    case DataCenter:
        return row.dataCenterId;
    case Runtime:
        return pods::Presentation::runtime(row.runtimeSeconds);
    case CostPerHr:
        return row.costPerHr > 0 ? pods::Presentation::moneyPerHour(row.costPerHr) : QString();
    case AccumulatedCost:
        return pods::Presentation::money(row.accumulatedCost);
    case LocalUrl:
        return row.localUrl;
    default:
        return {};
    }
}

QVariant PodListModel::raw(const PodRow& row, int column) const
{
    switch (column) {
    case Status:
        return static_cast<int>(row.state);
    case Runtime:
        return row.runtimeSeconds;
    case CostPerHr:
        return row.costPerHr;
    case AccumulatedCost:
        return row.accumulatedCost;
    case Gpu:
        return row.gpuText();
    default:
        return display(row, column);
    }
}

QVariant PodListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PodRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !row.lastStatusChange.isEmpty()) {
            return StatusChange::describe(row.state, row.lastStatusChange, QDateTime::currentDateTime());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Runtime || index.column() == CostPerHr || index.column() == AccumulatedCost) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    case RawValueRole:
        return raw(row, index.column());
    case PodIdRole:
        return row.id;
    case StateRole:
        return static_cast<int>(row.state);
    default:
        return {};
    }
}

QVariant PodListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Gpu:
        return tr("GPU");
    case DataCenter:
        return tr("Data center");
    case Runtime:
        return tr("Runtime");
    case CostPerHr:
        return tr("$/hr");
    case AccumulatedCost:
        return tr("Cost so far");
    case LocalUrl:
        return tr("Local URL");
    default:
        return {};
    }
}

const PodRow* PodListModel::find(const QString& podId) const
{
    const int r = rowOf(podId);
    return r < 0 ? nullptr : &m_rows.at(r);
}

int PodListModel::rowOf(const QString& podId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == podId) {
            return i;
        }
    }
    return -1;
}

void PodListModel::upsert(const PodRow& row)
{
    const int r = rowOf(row.id);
    if (r < 0) {
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
        return;
    }
    const PodRow::State before = m_rows.at(r).state;
    if (m_rows.at(r) == row) {
        return;
    }
    m_rows[r] = row;
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    if (before != row.state) {
        Q_EMIT stateChanged(row.id, before, row.state);
    }
}

void PodListModel::remove(const QString& podId)
{
    const int r = rowOf(podId);
    if (r < 0) {
        return;
    }
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    endRemoveRows();
}

void PodListModel::setRows(const PodRows& rows)
{
    QSet<QString> incoming;
    for (const PodRow& row : rows) {
        incoming.insert(row.id);
    }
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const PodRow& row : rows) {
        upsert(row);
    }
    Q_EMIT rowsRefreshed();
}

double PodListModel::totalCostPerHr() const
{
    double total = 0;
    for (const PodRow& row : m_rows) {
        if (row.isBilling()) {
            total += row.costPerHr;
        }
    }
    return total;
}

int PodListModel::billingCount() const
{
    int n = 0;
    for (const PodRow& row : m_rows) {
        n += row.isBilling() ? 1 : 0;
    }
    return n;
}

} // namespace autopod::gui
