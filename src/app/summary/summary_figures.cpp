// SPDX-License-Identifier: Apache-2.0
#include "summary_figures.h"

#include "app/filter_combos.h"

#include <algorithm>
#include <map>

namespace lastmile::app {

namespace {

std::optional<double> meanOf(const std::vector<std::optional<double>>& values)
{
    double sum = 0.0;
    int count = 0;
    for (const auto& value : values) {
        if (value) {
            sum += *value;
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

std::vector<SummaryFriction> worstFrictions(const HeatmapData& heatmap, const std::vector<HeatmapRow>& rows,
                                            bool filtered)
{
    std::vector<SummaryFriction> frictions;
    for (std::size_t c = 0; c < heatmap.frictions.size(); ++c) {
        std::vector<std::optional<double>> scores;
        SummaryFriction friction;
        friction.frictionId = heatmap.frictions[c].frictionId;
        friction.name = heatmap.frictions[c].name;
        for (const HeatmapRow& row : rows) {
            const std::optional<double> score = c < row.cells.size() ? row.cells[c].score : std::nullopt;
            scores.push_back(score);
            if (score && (friction.worstInitiativeId == 0 || *score > friction.worstScore)) {
                friction.worstInitiativeId = row.initiativeId;
                friction.worstInitiative = row.name;
                friction.worstScore = *score;
            }
        }
        const std::optional<double> portfolio =
            c < heatmap.portfolio.cells.size() ? heatmap.portfolio.cells[c].score : std::nullopt;
        const std::optional<double> score = filtered ? meanOf(scores) : portfolio;
        if (score) {
            friction.score = *score;
            frictions.push_back(std::move(friction));
        }
    }
    std::stable_sort(frictions.begin(), frictions.end(),
                     [](const SummaryFriction& a, const SummaryFriction& b) { return a.score > b.score; });
    if (frictions.size() > 3) {
        frictions.resize(3);
    }
    return frictions;
}

} // namespace

SummaryFigures summaryFigures(const Assessment& assessment, const HeatmapData& heatmap, const QString& function,
                              std::optional<Stage> stage, const QDate& today)
{
    SummaryFigures figures;
    figures.filtered = !function.isEmpty() || stage.has_value();
    std::map<std::int64_t, const Initiative*> initiatives;
    for (const Initiative& initiative : assessment.initiatives) {
        initiatives[initiative.id] = &initiative;
    }
    const auto shown = [&](std::int64_t initiativeId) {
        const auto found = initiatives.find(initiativeId);
        return found != initiatives.end() && passes(*found->second, function, stage);
    };

    std::vector<std::optional<double>> readiness;
    std::vector<std::optional<double>> previous;
    double coverage = 0.0;
    int cells = 0;
    for (const HeatmapRow& row : heatmap.initiatives) {
        if (!shown(row.initiativeId)) {
            continue;
        }
        figures.ranked.push_back(row);
        readiness.push_back(row.readiness);
        previous.push_back(row.previousReadiness);
        figures.scored += row.readiness ? 1 : 0;
        for (const HeatmapCell& cell : row.cells) {
            coverage += cell.coverage;
            ++cells;
            figures.thinCells += cell.score && cell.lowCoverage ? 1 : 0;
        }
    }
    figures.initiatives = int(figures.ranked.size());
    figures.coverage = cells > 0 ? coverage / cells : 0.0;
    figures.readiness = figures.filtered ? meanOf(readiness) : heatmap.portfolio.readiness;
    figures.previousReadiness = figures.filtered ? meanOf(previous) : heatmap.portfolio.previousReadiness;
    figures.worstFrictions = worstFrictions(heatmap, figures.ranked, figures.filtered);
    std::stable_sort(figures.ranked.begin(), figures.ranked.end(), [](const HeatmapRow& a, const HeatmapRow& b) {
        if (a.readiness.has_value() != b.readiness.has_value()) {
            return a.readiness.has_value();
        }
        return a.readiness && *a.readiness < *b.readiness;
    });

    std::map<std::string, std::string> frictionNames;
    for (const HeatmapColumn& column : heatmap.frictions) {
        frictionNames[column.frictionId] = column.name;
    }
    for (const Action& action : assessment.actions) {
        if (action.status == ActionStatus::Done || action.due.empty()) {
            continue;
        }
        if (action.initiativeId != 0 && !shown(action.initiativeId)) {
            continue;
        }
        const QDate due = QDate::fromString(QString::fromStdString(action.due), Qt::ISODate);
        if (!due.isValid()) {
            continue;
        }
        DueAction entry;
        entry.action = action;
        entry.days = int(today.daysTo(due));
        if (action.initiativeId != 0) {
            entry.initiative = initiatives.at(action.initiativeId)->name;
        }
        const auto friction = frictionNames.find(action.frictionId);
        entry.friction = friction == frictionNames.end() ? action.frictionId : friction->second;
        if (entry.days < 0) {
            figures.overdue.push_back(std::move(entry));
        } else if (entry.days <= kDueSoonDays) {
            figures.dueSoon.push_back(std::move(entry));
        }
    }
    const auto byDue = [](const DueAction& a, const DueAction& b) { return a.days < b.days; };
    std::stable_sort(figures.overdue.begin(), figures.overdue.end(), byDue);
    std::stable_sort(figures.dueSoon.begin(), figures.dueSoon.end(), byDue);
    return figures;
}

} // namespace lastmile::app
