// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodSortFilterProxy.h"

#include "gui/pods/PodListModel.h"

namespace autopod::gui {

PodSortFilterProxy::PodSortFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PodListModel::RawValueRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PodSortFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    invalidateFilter();
}

void PodSortFilterProxy::setHideTerminated(bool hide)
{
    if (hide == m_hideTerminated) {
        return;
    }
    m_hideTerminated = hide;
    invalidateFilter();
}

bool PodSortFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_hideTerminated) {
        const auto state =
            static_cast<PodRow::State>(model->index(sourceRow, 0, sourceParent).data(PodListModel::StateRole).toInt());
        if (state == PodRow::State::Terminated) {
            return false;
        }
    }
    if (m_search.isEmpty()) {
        return true;
    }
    for (int c : {PodListModel::Name, PodListModel::Gpu, PodListModel::DataCenter, PodListModel::Status}) {
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return model->index(sourceRow, 0, sourceParent)
        .data(PodListModel::PodIdRole)
        .toString()
        .contains(m_search, Qt::CaseInsensitive);
}

bool PodSortFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(PodListModel::RawValueRole);
    const QVariant r = right.data(PodListModel::RawValueRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString) {
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace autopod::gui
