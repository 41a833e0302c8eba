// SPDX-License-Identifier: Apache-2.0
#include "heat_strip_delegate.h"

#include "render/heat_strip.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace lastmile::app {

namespace {

constexpr int kCellWidth = 20;
constexpr int kStripHeight = 16;

} // namespace

void HeatStripDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QVariant value = index.data(kHeatStripRole);
    if (!value.canConvert<std::vector<FrictionScore>>()) {
        return;
    }
    const auto frictions = value.value<std::vector<FrictionScore>>();
    if (frictions.empty()) {
        return;
    }
    const int width = std::min(option.rect.width() - 12, kCellWidth * int(frictions.size()));
    const int height = std::min(option.rect.height() - 8, kStripHeight);
    const QRectF strip(option.rect.left() + 6, option.rect.center().y() - height / 2.0 + 0.5, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    render::paintHeatStrip(*painter, strip, frictions);
    painter->restore();
}

QSize HeatStripDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant value = index.data(kHeatStripRole);
    const auto count =
        value.canConvert<std::vector<FrictionScore>>() ? int(value.value<std::vector<FrictionScore>>().size()) : 7;
    size.setWidth(std::max(size.width(), kCellWidth * std::max(count, 1) + 12));
    size.setHeight(std::max(size.height(), kStripHeight + 12));
    return size;
}

} // namespace lastmile::app
