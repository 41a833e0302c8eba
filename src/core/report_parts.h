// SPDX-License-Identifier: Apache-2.0
// Parts of the report model shared by its files. Not a public interface.
#pragma once

#include "report_model.h"

#include <vector>

namespace lastmile {

// The frictions with the highest portfolio scores in `heatmap`, up to three: those resting on
// enough evidence first, then by score, most severe first.
std::vector<WorstFriction> worstFrictions(const HeatmapData& heatmap);

} // namespace lastmile
