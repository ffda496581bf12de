// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace autopod::gui {

// Sorts the pod list by raw values (runtime in seconds, cost in dollars, status by severity)
// and filters it by a search text and, optionally, hides terminated pods.
class PodSortFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PodSortFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setHideTerminated(bool hide);
    bool hideTerminated() const { return m_hideTerminated; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    bool m_hideTerminated = false;
};

} // namespace autopod::gui
