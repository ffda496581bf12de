// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pods/PodRow.h"

#include <QColor>
#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace autopod::gui {

// Paints the status column as a coloured dot and the state's name: green connected, blue
// running, amber while starting or stopping, grey stopped, red gone.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor colorFor(PodRow::State state);
    // The narrowest a status cell may be with its state word ("Terminated") whole: the dot, the
    // margins and the longest state word in `fm`.
    static int minimumWidth(const QFontMetrics& fm);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace autopod::gui
