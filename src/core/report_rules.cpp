// SPDX-License-Identifier: Apache-2.0
// The small rules of the report model: which changes may be claimed, which frictions are the
// worst, anonymous names, friction names, open and overdue actions.
#include "report_model.h"
#include "report_parts.h"

#include <algorithm>
#include <cmath>

namespace lastmile {

std::optional<double> claimedChange(const std::optional<double>& now, bool nowLow, const std::optional<double>& before,
                                    bool beforeLow)
{
    if (!now || !before || nowLow || beforeLow) {
        return std::nullopt;
    }
    // The change between the two figures as printed (whole numbers), so that "64 → 57" always
    // reads as a change of 7, wherever it is shown.
    return double(std::lround(*now) - std::lround(*before));
}

std::optional<double> HeatmapCell::delta() const
{
    return claimedChange(score, lowCoverage, previousScore, previousLowCoverage);
}

bool HeatmapCell::changeWithheld() const
{
    return score && previousScore && (lowCoverage || previousLowCoverage);
}

std::optional<double> HeatmapRow::readinessDelta() const
{
    return claimedChange(readiness, lowCoverage, previousReadiness, previousLowCoverage);
}

std::optional<double> InitiativeTrend::readinessDelta() const
{
    return claimedChange(readiness, lowCoverage, previousReadiness, previousLowCoverage);
}

std::optional<double> ExecutiveSummary::readinessDelta() const
{
    return claimedChange(readiness, lowCoverage, previousReadiness, previousLowCoverage);
}

std::optional<double> ProfileEntry::delta() const
{
    return claimedChange(score, lowCoverage, previousScore, previousLowCoverage);
}

std::optional<double> HeatmapCell::gap() const
{
    if (!score || !target) {
        return std::nullopt;
    }
    return *score - *target;
}

bool HeatmapCell::targetMet() const
{
    return score && target && *score <= *target;
}

std::vector<WorstFriction> worstFrictions(const HeatmapData& heatmap)
{
    std::vector<WorstFriction> result;
    for (std::size_t column = 0; column < heatmap.frictions.size(); ++column) {
        const HeatmapCell& cell = heatmap.portfolio.cells[column];
        if (!cell.score) {
            continue;
        }
        WorstFriction worst;
        worst.frictionId = cell.frictionId;
        worst.name = heatmap.frictions[column].name;
        worst.score = *cell.score;
        worst.band = bandForScore(*cell.score);
        worst.coverage = cell.coverage;
        worst.lowCoverage = cell.lowCoverage;
        worst.worstInitiativeScore = -1.0;
        for (const HeatmapRow& row : heatmap.initiatives) {
            const HeatmapCell& own = row.cells[column];
            if (!own.score) {
                continue;
            }
            worst.initiativesHighOrCritical += *own.score >= 50.0 ? 1 : 0;
            if (*own.score > worst.worstInitiativeScore) {
                worst.worstInitiativeScore = *own.score;
                worst.worstInitiative = row.name;
            }
        }
        result.push_back(std::move(worst));
    }
    // A claim resting on enough evidence comes before one that does not, whatever the scores.
    std::stable_sort(result.begin(), result.end(), [](const WorstFriction& a, const WorstFriction& b) {
        return a.lowCoverage != b.lowCoverage ? !a.lowCoverage : a.score > b.score;
    });
    if (result.size() > 3) {
        result.resize(3);
    }
    return result;
}

std::string anonymousRespondentName(const std::string& pattern, std::size_t position)
{
    std::string letters;
    for (std::size_t n = position + 1; n > 0; n = (n - 1) / 26) {
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    }
    std::string label = pattern;
    const std::size_t at = label.find("%1");
    return at == std::string::npos ? label + ' ' + letters : label.replace(at, 2, letters);
}

std::size_t Appendix::answerCount() const
{
    std::size_t count = 0;
    for (const AppendixInitiative& initiative : initiatives) {
        count += initiative.answers.size();
    }
    return count;
}

std::string frictionName(const QuestionBank& bank, const std::string& frictionId)
{
    const Friction* friction = bank.findFriction(frictionId);
    return friction ? friction->name : frictionId;
}

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Planned || status == ActionStatus::InProgress;
}

bool isOverdue(const std::string& due, ActionStatus status, const ReportOptions& options)
{
    return isOpen(status) && !due.empty() && !options.today.empty() && due < options.today;
}

} // namespace lastmile
