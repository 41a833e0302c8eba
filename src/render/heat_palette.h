// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/band.h"

#include <QBrush>
#include <QColor>
#include <optional>

namespace lastmile::render {

// The colours of friction bands, everywhere Lastmile shows them. A sequential palette that
// darkens with severity, so it reads without colour vision and in greyscale print.
QColor bandColour(Band band);
// Text that stays readable on bandColour(band).
QColor textColourOn(Band band);
// A cell without a score.
QColor noScoreColour();
// The hatch laid over a cell whose score rests on too little evidence.
QBrush lowCoverageBrush();

// The colour of a change between rounds: worse (a friction rising, readiness falling) in red,
// better in green, no change in grey. `higherIsWorse` is true for frictions, false for readiness.
QColor changeColour(double delta, bool higherIsWorse);

// The colour for a score, or noScoreColour() without one.
QColor scoreColour(const std::optional<double>& score);

} // namespace lastmile::render
