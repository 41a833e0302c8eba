// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "assessment_data.h"
#include "report_model.h"
#include "scoring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// One round of a trend: the readiness index and each friction score (0 to 100) of one
// initiative, or of the portfolio, as the heatmap of that round shows them.
struct TrendPoint
{
    std::string roundName;
    std::string roundDate; // YYYY-MM-DD or empty
    std::optional<double> readiness;
    std::vector<std::optional<double>> frictions; // one per Trend::frictions; empty where not scored
};

// Readiness and the friction scores over every round of a file, oldest first.
struct Trend
{
    std::int64_t initiativeId = 0;        // 0: the portfolio
    std::string name;                     // the initiative's name; empty for the portfolio
    std::vector<HeatmapColumn> frictions; // the latest round's bank order; a friction missing from an
                                          // older round's bank has no score there
    std::vector<TrendPoint> points;       // one per round, in the file's order

    // The score of `frictionId` in every round (empty where none), oldest first.
    std::vector<std::optional<double>> series(const std::string& frictionId) const;
    std::vector<std::optional<double>> readinessSeries() const;
};

// The trend of one initiative (`initiativeId`) or of the portfolio (0) over all rounds of
// `assessment`, scored with `rules`. An unknown or archived initiative gives points without scores.
Trend buildTrend(const Assessment& assessment, std::int64_t initiativeId, const ScoringRules& rules = {});

// The same trend from heatmaps already built, scoring nothing: `heatmaps` holds one heatmap per
// round of `assessment`, in the file's order, each without a previous round (buildHeatmap with
// previous null, from the answers or from stored scores). Equal heatmaps give an equal trend; a
// round without a heatmap (fewer heatmaps than rounds) gives a point without scores.
Trend buildTrend(const Assessment& assessment, const std::vector<HeatmapData>& heatmaps, std::int64_t initiativeId);

// The trends of the portfolio (first) and of every initiative of the latest heatmap, scoring
// each round once.
std::vector<Trend> buildTrends(const Assessment& assessment, const ScoringRules& rules = {});

} // namespace lastmile
