// SPDX-License-Identifier: Apache-2.0
#include "heat_palette.h"

#include <cmath>

namespace lastmile::render {

QColor bandColour(Band band)
{
    switch (band) {
    case Band::Low:
        return QColor(0xFE, 0xF0, 0xB8); // pale yellow
    case Band::Moderate:
        return QColor(0xFD, 0xB8, 0x63); // light orange
    case Band::High:
        return QColor(0xE0, 0x5A, 0x1B); // deep orange
    case Band::Critical:
        return QColor(0x7F, 0x1D, 0x3F); // dark wine
    }
    return noScoreColour();
}

QColor textColourOn(Band band)
{
    return band == Band::High || band == Band::Critical ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
}

QColor noScoreColour()
{
    return QColor(0xE6, 0xE6, 0xE6);
}

QBrush lowCoverageBrush()
{
    return QBrush(QColor(0x40, 0x40, 0x40, 140), Qt::BDiagPattern);
}

QColor changeColour(double delta, bool higherIsWorse)
{
    const long rounded = std::lround(delta);
    if (rounded == 0) {
        return QColor(0x6B, 0x72, 0x80); // grey
    }
    const bool worse = (rounded > 0) == higherIsWorse;
    return worse ? QColor(0xB4, 0x23, 0x18) : QColor(0x1B, 0x7F, 0x3B); // red, green; both readable under white text
}

QColor scoreColour(const std::optional<double>& score)
{
    return score ? bandColour(bandForScore(*score)) : noScoreColour();
}

} // namespace lastmile::render
