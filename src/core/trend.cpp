// SPDX-License-Identifier: Apache-2.0
#include "trend.h"

#include <algorithm>

namespace lastmile {

namespace {

std::vector<HeatmapColumn> latestColumns(const std::vector<HeatmapData>& heatmaps)
{
    return heatmaps.empty() ? std::vector<HeatmapColumn>{} : heatmaps.back().frictions;
}

const HeatmapRow* rowOf(const HeatmapData& heatmap, std::int64_t initiativeId)
{
    if (initiativeId == 0) {
        return &heatmap.portfolio;
    }
    const auto found = std::find_if(heatmap.initiatives.begin(), heatmap.initiatives.end(),
                                    [&](const HeatmapRow& row) { return row.initiativeId == initiativeId; });
    return found == heatmap.initiatives.end() ? nullptr : &*found;
}

TrendPoint pointOf(const RoundData& round, const HeatmapData& heatmap, const std::vector<HeatmapColumn>& columns,
                   std::int64_t initiativeId)
{
    TrendPoint point;
    point.roundName = round.round.name;
    point.roundDate = round.round.heldOn;
    point.frictions.resize(columns.size());
    const HeatmapRow* row = rowOf(heatmap, initiativeId);
    if (!row) {
        return point;
    }
    point.readiness = row->readiness;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        for (std::size_t i = 0; i < heatmap.frictions.size() && i < row->cells.size(); ++i) {
            if (heatmap.frictions[i].frictionId == columns[c].frictionId) {
                point.frictions[c] = row->cells[i].score;
            }
        }
    }
    return point;
}

std::vector<HeatmapData> heatmapsOf(const Assessment& assessment, const ScoringRules& rules)
{
    std::vector<HeatmapData> heatmaps;
    heatmaps.reserve(assessment.rounds.size());
    for (const RoundData& round : assessment.rounds) {
        heatmaps.push_back(buildHeatmap(assessment, round, nullptr, rules));
    }
    return heatmaps;
}

Trend trendOf(const Assessment& assessment, const std::vector<HeatmapData>& heatmaps, std::int64_t initiativeId)
{
    Trend trend;
    trend.initiativeId = initiativeId;
    trend.frictions = latestColumns(heatmaps);
    for (const Initiative& initiative : assessment.initiatives) {
        if (initiative.id == initiativeId) {
            trend.name = initiative.name;
        }
    }
    const HeatmapData none;
    for (std::size_t r = 0; r < assessment.rounds.size(); ++r) {
        trend.points.push_back(
            pointOf(assessment.rounds[r], r < heatmaps.size() ? heatmaps[r] : none, trend.frictions, initiativeId));
    }
    return trend;
}

} // namespace

std::vector<std::optional<double>> Trend::series(const std::string& frictionId) const
{
    std::vector<std::optional<double>> values(points.size());
    for (std::size_t c = 0; c < frictions.size(); ++c) {
        if (frictions[c].frictionId != frictionId) {
            continue;
        }
        for (std::size_t p = 0; p < points.size(); ++p) {
            values[p] = c < points[p].frictions.size() ? points[p].frictions[c] : std::nullopt;
        }
    }
    return values;
}

std::vector<std::optional<double>> Trend::readinessSeries() const
{
    std::vector<std::optional<double>> values;
    values.reserve(points.size());
    for (const TrendPoint& point : points) {
        values.push_back(point.readiness);
    }
    return values;
}

Trend buildTrend(const Assessment& assessment, std::int64_t initiativeId, const ScoringRules& rules)
{
    return trendOf(assessment, heatmapsOf(assessment, rules), initiativeId);
}

Trend buildTrend(const Assessment& assessment, const std::vector<HeatmapData>& heatmaps, std::int64_t initiativeId)
{
    return trendOf(assessment, heatmaps, initiativeId);
}

std::vector<Trend> buildTrends(const Assessment& assessment, const ScoringRules& rules)
{
    const std::vector<HeatmapData> heatmaps = heatmapsOf(assessment, rules);
    std::vector<Trend> trends{trendOf(assessment, heatmaps, 0)};
    if (!heatmaps.empty()) {
        for (const HeatmapRow& row : heatmaps.back().initiatives) {
            trends.push_back(trendOf(assessment, heatmaps, row.initiativeId));
        }
    }
    return trends;
}

} // namespace lastmile
