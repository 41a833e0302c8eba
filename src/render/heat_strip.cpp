// SPDX-License-Identifier: Apache-2.0
#include "heat_strip.h"

#include "heat_palette.h"

#include <QPainter>

namespace lastmile::render {

void paintHeatStrip(QPainter& painter, const QRectF& rect, const std::vector<FrictionScore>& frictions)
{
    if (frictions.empty()) {
        return;
    }
    painter.save();
    const qreal gap = 2.0;
    const qreal width = (rect.width() - gap * qreal(frictions.size() - 1)) / qreal(frictions.size());
    for (std::size_t i = 0; i < frictions.size(); ++i) {
        const QRectF cell(rect.left() + qreal(i) * (width + gap), rect.top(), width, rect.height());
        painter.fillRect(cell, scoreColour(frictions[i].score));
        if (frictions[i].score && frictions[i].lowCoverage) {
            painter.fillRect(cell, lowCoverageBrush());
        }
    }
    painter.restore();
}

} // namespace lastmile::render
