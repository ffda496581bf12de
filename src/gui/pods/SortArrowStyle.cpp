// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/SortArrowStyle.h"

#include <QHeaderView>
#include <QStyleOptionHeader>

namespace autopod::gui {

void SortArrowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const
{
    const auto* header = qobject_cast<const QHeaderView*>(widget);
    if (element != PE_IndicatorHeaderArrow || !header || !qstyleoption_cast<const QStyleOptionHeader*>(option)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    QStyleOption arrow(*option);
    arrow.state &= ~(State_Sunken | State_On);
    baseStyle()->drawPrimitive(header->sortIndicatorOrder() == Qt::AscendingOrder ? PE_IndicatorArrowUp
                                                                                  : PE_IndicatorArrowDown,
                               &arrow, painter, widget);
}

} // namespace autopod::gui
