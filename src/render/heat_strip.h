// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/scoring.h"

#include <QRectF>

class QPainter;

namespace lastmile::render {

// One row of the heatmap without numbers: a cell per friction, coloured by band, hatched when
// the evidence is thin. For lists such as the library, where a full heatmap is too much.
void paintHeatStrip(QPainter& painter, const QRectF& rect, const std::vector<FrictionScore>& frictions);

} // namespace lastmile::render
