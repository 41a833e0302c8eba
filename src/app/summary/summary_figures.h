// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "core/assessment_data.h"
#include "core/report_model.h"

#include <QDate>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lastmile::app {

// A friction among the worst of the initiatives shown, and the initiative it hits hardest.
struct SummaryFriction
{
    std::string frictionId;
    std::string name;
    double score = 0.0; // the mean over the initiatives shown (the portfolio's when none is filtered out)
    std::int64_t worstInitiativeId = 0;
    std::string worstInitiative;
    double worstScore = 0.0;
};

// An open action with a due date that is past (overdue) or within the next two weeks.
struct DueAction
{
    Action action;
    std::string initiative; // empty for a portfolio-wide action
    std::string friction;   // the friction's name, or empty
    int days = 0;           // days until due: negative when overdue
};

// What the summary tab shows, for the initiatives that pass the function and stage filters.
struct SummaryFigures
{
    bool filtered = false;
    int initiatives = 0;             // shown
    int scored = 0;                  // shown with a readiness index
    std::optional<double> readiness; // the portfolio's, or the mean of the shown initiatives' when filtered
    std::optional<double> previousReadiness;
    double coverage = 0.0;                       // mean coverage of the shown cells, 0 to 1
    int thinCells = 0;                           // shown cells scored on insufficient evidence
    std::vector<SummaryFriction> worstFrictions; // up to three, worst first, only frictions with a score
    std::vector<HeatmapRow> ranked;              // the shown initiatives, lowest readiness first, unscored last
    std::vector<DueAction> overdue;              // most overdue first
    std::vector<DueAction> dueSoon;              // soonest first
};

inline constexpr int kDueSoonDays = 14;

// The figures of `heatmap` (a round of `assessment`) for the initiatives passing `function`
// (empty: all) and `stage` (none: all); actions as of `today`.
SummaryFigures summaryFigures(const Assessment& assessment, const HeatmapData& heatmap, const QString& function,
                              std::optional<Stage> stage, const QDate& today);

} // namespace lastmile::app
