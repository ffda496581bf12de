// SPDX-FileCopyrightText: 2026 The autopod authors
// SPDX-License-Identifier: MIT
#include "gui/pods/StatusDelegate.h"

#include "core/pods/Presentation.h"
#include "gui/pods/PodListModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace autopod::gui {

QColor StatusDelegate::colorFor(PodRow::State state)
{
    switch (state) {
    case PodRow::State::Connected:
        return QColor(0x2e, 0xa0, 0x43);
    case PodRow::State::Running:
        return QColor(0x1f, 0x6f, 0xeb);
    case PodRow::State::Creating:
    case PodRow::State::Starting:
    case PodRow::State::Stopping:
        return QColor(0xd2, 0x99, 0x22);
    case PodRow::State::Stopped:
        return QColor(0x8b, 0x94, 0x9e);
    case PodRow::State::Terminated:
        return QColor(0xcf, 0x22, 0x2e);
    case PodRow::State::Unknown:
        break;
    }
    return QColor(0x6e, 0x76, 0x81);
}

namespace {
// Cell geometry: a margin, the dot, a gap, the text, a margin.
constexpr int leftMargin = 6;
constexpr int gap = 6;
constexpr int rightMargin = 4;

int dotSize(const QFontMetrics& fm)
{
    return fm.height() / 2 + 2;
}
} // namespace

int StatusDelegate::minimumWidth(const QFontMetrics& fm)
{
    int word = 0;
    for (int s = static_cast<int>(PodRow::State::Creating); s <= static_cast<int>(PodRow::State::Unknown); ++s) {
        word = std::max(word, fm.horizontalAdvance(pods::Presentation::stateText(static_cast<PodRow::State>(s))));
    }
    // Plus the table's grid line and two pixels for the fractional widths eliding goes by.
    return leftMargin + dotSize(fm) + gap + word + rightMargin + 3;
}

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto state = static_cast<PodRow::State>(index.data(PodListModel::StateRole).toInt());
    const int dot = dotSize(opt.fontMetrics);
    const QRect r = opt.rect.adjusted(leftMargin, 0, -rightMargin, 0);
    const QRect dotRect(r.left(), r.center().y() - dot / 2, dot, dot);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(state));
    painter->drawEllipse(dotRect);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = r.adjusted(dot + gap, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += option.fontMetrics.height() + 12;
    return s;
}

} // namespace autopod::gui
