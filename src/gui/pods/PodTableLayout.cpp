// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/PodTableLayout.h"

#include "gui/pods/PodListModel.h"
#include "gui/pods/StatusDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace autopod::gui {

PodTableLayout::PodTableLayout(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PodListModel::Status, QHeaderView::Fixed);
    header->setStretchLastSection(false);
    table->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != PodListModel::Status) {
            fitLater();
        }
    });
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &PodTableLayout::fitLater);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PodTableLayout::fitLater);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PodTableLayout::fitLater);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PodTableLayout::fitLater);
    connect(model, &QAbstractItemModel::modelReset, this, &PodTableLayout::fitLater);
    fit();
}

bool PodTableLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitLater();
    }
    return QObject::eventFilter(watched, event);
}

void PodTableLayout::fitLater()
{
    // Once per turn of the event loop, after the other columns have taken their new widths.
    if (!m_pending) {
        m_pending = true;
        QMetaObject::invokeMethod(this, &PodTableLayout::fit, Qt::QueuedConnection);
    }
}

void PodTableLayout::fit()
{
    m_pending = false;
    QHeaderView* header = m_table->horizontalHeader();
    const int status = PodListModel::Status;
    const int minimum = StatusDelegate::minimumWidth(m_table->fontMetrics());
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != status && !header->isSectionHidden(c)) {
            others += header->sectionSize(c);
        }
    }
    const QAbstractItemView* view = m_table;
    const int wanted = std::max(header->sectionSizeHint(status), view->sizeHintForColumn(status));
    const int room = m_table->viewport()->width() - others;
    const int width = std::max(minimum, std::min(wanted, room));
    if (header->sectionSize(status) != width) {
        header->resizeSection(status, width);
    }
    m_table->setMinimumWidth(header->sectionSize(PodListModel::Name) + minimum + 2 * m_table->frameWidth() +
                             m_table->verticalScrollBar()->sizeHint().width());
}

} // namespace autopod::gui
