// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

namespace autopod::gui {

// The style of a table header whose sort arrow shows the order as most desktop file managers do:
// ▲ for ascending (smallest first), ▼ for descending. Qt hands the style the opposite direction
// (QStyleOptionHeader::SortDown for Qt::AscendingOrder), and Fusion paints what it is handed, so
// a list sorted newest-first showed ▲. The arrow is drawn from the header's own order, whatever the
// underlying style; everything else is the application's style.
class SortArrowStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace autopod::gui
