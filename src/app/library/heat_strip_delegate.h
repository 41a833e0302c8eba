// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"

#include <QMetaType>
#include <QStyledItemDelegate>
#include <vector>

namespace lastmile::app {

// The item data role that carries a row's friction scores (std::vector<FrictionScore>).
inline constexpr int kHeatStripRole = Qt::UserRole + 64;

// Paints a cell's friction scores as a one-row heat strip (render::paintHeatStrip), so lists
// show the same colours as the heatmap. Cells without scores are left empty.
class HeatStripDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lastmile::app

Q_DECLARE_METATYPE(std::vector<lastmile::FrictionScore>)
