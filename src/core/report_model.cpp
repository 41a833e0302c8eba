// SPDX-License-Identifier: Apache-2.0
#include "report_model.h"

#include "report_parts.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace lastmile {

namespace {

// The scores of one round, by initiative id.
struct ScoredRound
{
    std::vector<InitiativeScore> initiatives;
    PortfolioScore portfolio;
    std::map<std::int64_t, const InitiativeScore*> byId;

    ScoredRound(const Assessment& assessment, const RoundData& round, const ScoringRules& rules)
        : ScoredRound(round.bank, scoreRound(assessment, round, rules))
    {
    }
    ScoredRound(const QuestionBank& bank, std::vector<InitiativeScore> scores)
        : initiatives(std::move(scores)), portfolio(scorePortfolio(bank, initiatives))
    {
        for (const InitiativeScore& score : initiatives) {
            byId[score.initiativeId] = &score;
        }
    }
    ScoredRound(const ScoredRound&) = delete; // byId points into initiatives
    ScoredRound& operator=(const ScoredRound&) = delete;

    const InitiativeScore* find(std::int64_t id) const
    {
        const auto found = byId.find(id);
        return found == byId.end() ? nullptr : found->second;
    }
};

std::optional<double> portfolioScore(const PortfolioScore& portfolio, std::string_view frictionId)
{
    for (const PortfolioFriction& friction : portfolio.frictions) {
        if (friction.frictionId == frictionId) {
            return friction.score;
        }
    }
    return std::nullopt;
}

double portfolioCoverage(const PortfolioScore& portfolio, std::string_view frictionId)
{
    for (const PortfolioFriction& friction : portfolio.frictions) {
        if (friction.frictionId == frictionId) {
            return friction.coverage;
        }
    }
    return 0.0;
}

// The file's targets by initiative and friction; a later one for the same pair wins.
using TargetMap = std::map<std::pair<std::int64_t, std::string>, double>;

TargetMap targetMap(const Assessment& assessment)
{
    TargetMap targets;
    for (const Target& target : assessment.targets) {
        targets[{target.initiativeId, target.frictionId}] = target.score;
    }
    return targets;
}

HeatmapRow heatmapRow(const Initiative& initiative, const InitiativeScore& score, const InitiativeScore* previous,
                      const TargetMap& targets, const ScoringRules& rules)
{
    HeatmapRow row;
    row.initiativeId = initiative.id;
    row.name = initiative.name;
    row.readiness = score.readiness;
    row.previousReadiness = previous ? previous->readiness : std::nullopt;
    row.coverage = score.coverage;
    row.lowCoverage = insufficientEvidence(score.coverage, rules);
    row.previousLowCoverage = !previous || insufficientEvidence(previous->coverage, rules);
    for (const FrictionScore& friction : score.frictions) {
        HeatmapCell cell;
        cell.frictionId = friction.frictionId;
        cell.score = friction.score;
        cell.band = friction.band;
        cell.coverage = friction.coverage;
        cell.lowCoverage = friction.lowCoverage;
        cell.disagreements = friction.disagreementCount;
        if (previous) {
            if (const FrictionScore* before = previous->friction(friction.frictionId)) {
                cell.previousScore = before->score;
                cell.previousLowCoverage = before->lowCoverage;
            }
        }
        if (const auto target = targets.find({initiative.id, friction.frictionId}); target != targets.end()) {
            cell.target = target->second;
        }
        row.cells.push_back(std::move(cell));
    }
    return row;
}

HeatmapData heatmapOf(const Assessment& assessment, const RoundData& round, const ScoredRound& scored,
                      const RoundData* previousRound, const ScoredRound* previous, const ScoringRules& rules)
{
    HeatmapData data;
    data.roundName = round.round.name;
    data.previousRoundName = previousRound ? previousRound->round.name : std::string();
    for (const Friction& friction : round.bank.frictions) {
        data.frictions.push_back({friction.id, friction.name});
    }
    const TargetMap targets = targetMap(assessment);
    for (const Initiative& initiative : assessment.initiatives) {
        if (const InitiativeScore* score = scored.find(initiative.id)) {
            data.initiatives.push_back(
                heatmapRow(initiative, *score, previous ? previous->find(initiative.id) : nullptr, targets, rules));
        }
    }
    HeatmapRow& portfolio = data.portfolio;
    portfolio.readiness = scored.portfolio.readiness;
    portfolio.previousReadiness = previous ? previous->portfolio.readiness : std::nullopt;
    portfolio.coverage = scored.portfolio.coverage;
    portfolio.lowCoverage = insufficientEvidence(scored.portfolio.coverage, rules);
    portfolio.previousLowCoverage = !previous || insufficientEvidence(previous->portfolio.coverage, rules);
    for (const PortfolioFriction& friction : scored.portfolio.frictions) {
        HeatmapCell cell;
        cell.frictionId = friction.frictionId;
        cell.score = friction.score;
        cell.band = friction.band;
        cell.coverage = friction.coverage;
        cell.lowCoverage = insufficientEvidence(friction.coverage, rules);
        for (const HeatmapRow& row : data.initiatives) {
            for (const HeatmapCell& other : row.cells) {
                cell.disagreements += other.frictionId == cell.frictionId ? other.disagreements : 0;
            }
        }
        if (previous) {
            cell.previousScore = portfolioScore(previous->portfolio, friction.frictionId);
            cell.previousLowCoverage =
                insufficientEvidence(portfolioCoverage(previous->portfolio, friction.frictionId), rules);
        }
        portfolio.cells.push_back(std::move(cell));
    }
    return data;
}

std::vector<TopAction> topActions(const Assessment& assessment, const RoundData& round, const ScoredRound& scored,
                                  const ReportOptions& options)
{
    std::map<std::int64_t, const Initiative*> initiatives;
    for (const Initiative& initiative : assessment.initiatives) {
        if (scored.find(initiative.id)) {
            initiatives[initiative.id] = &initiative;
        }
    }
    const auto scoreOf = [&](std::int64_t initiativeId, const std::string& frictionId) -> std::optional<double> {
        const InitiativeScore* score = scored.find(initiativeId);
        const FrictionScore* friction = score ? score->friction(frictionId) : nullptr;
        return friction ? friction->score : std::nullopt;
    };
    std::vector<TopAction> open;
    for (const Action& action : assessment.actions) {
        if (!isOpen(action.status) || !initiatives.count(action.initiativeId)) {
            continue;
        }
        open.push_back({"", action.text, initiatives[action.initiativeId]->name,
                        frictionName(round.bank, action.frictionId), action.owner, action.due, action.status,
                        isOverdue(action.due, action.status, options),
                        scoreOf(action.initiativeId, action.frictionId)});
    }
    // Overdue ones first; then the most severe friction; then the one due soonest (undated last).
    std::stable_sort(open.begin(), open.end(), [](const TopAction& a, const TopAction& b) {
        if (a.overdue != b.overdue) {
            return a.overdue;
        }
        const double sa = a.score.value_or(-1.0);
        const double sb = b.score.value_or(-1.0);
        if (sa != sb) {
            return sa > sb;
        }
        if (a.due.empty() != b.due.empty()) {
            return !a.due.empty();
        }
        return a.due < b.due;
    });
    const std::size_t wanted = static_cast<std::size_t>(std::max(0, options.topActions));
    if (open.size() >= wanted) {
        open.resize(wanted);
        return open;
    }
    // Not enough open actions: the bank's first recommendation for the most severe cells not yet
    // covered by an action of the file.
    struct Candidate
    {
        const Initiative* initiative;
        const FrictionScore* friction;
    };
    std::vector<Candidate> candidates;
    for (const auto& [id, initiative] : initiatives) {
        for (const FrictionScore& friction : scored.find(id)->frictions) {
            if (friction.score && friction.band && *friction.band >= Band::High) {
                candidates.push_back({initiative, &friction});
            }
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return *a.friction->score > *b.friction->score; });
    for (const Candidate& candidate : candidates) {
        if (open.size() >= wanted) {
            break;
        }
        const bool covered = std::any_of(assessment.actions.begin(), assessment.actions.end(), [&](const Action& a) {
            return a.initiativeId == candidate.initiative->id && a.frictionId == candidate.friction->frictionId;
        });
        const Friction* definition = round.bank.findFriction(candidate.friction->frictionId);
        if (covered || !definition || definition->actionsFor(*candidate.friction->band).empty()) {
            continue;
        }
        const RecommendedAction& recommended = definition->actionsFor(*candidate.friction->band).front();
        open.push_back({recommended.title, recommended.text, candidate.initiative->name, definition->name,
                        recommended.owner, "", std::nullopt, false, candidate.friction->score});
    }
    return open;
}

Methodology methodologyOf(const RoundData& round, const ReportOptions& options)
{
    Methodology methodology;
    methodology.scale = round.bank.scale;
    methodology.bankId = round.bank.id;
    methodology.bankName = round.bank.name;
    methodology.contentVersion = round.bank.contentVersion;
    methodology.questionCount = static_cast<int>(round.bank.questionCount());
    methodology.disagreementSpread = options.rules.disagreementSpread;
    methodology.lowCoverageBelow = options.rules.lowCoverageBelow;
    for (const Friction& friction : round.bank.frictions) {
        methodology.frictions.push_back({friction.id, friction.name, friction.description, friction.weight,
                                         static_cast<int>(friction.questions.size())});
    }
    return methodology;
}

} // namespace

HeatmapData buildHeatmap(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                         const ScoringRules& rules)
{
    const ScoredRound scored(assessment, round, rules);
    if (!previous) {
        return heatmapOf(assessment, round, scored, nullptr, nullptr, rules);
    }
    const ScoredRound before(assessment, *previous, rules);
    return heatmapOf(assessment, round, scored, previous, &before, rules);
}

HeatmapData buildHeatmap(const Assessment& assessment, const RoundData& round, std::vector<InitiativeScore> scores,
                         const RoundData* previous, std::vector<InitiativeScore> previousScores,
                         const ScoringRules& rules)
{
    const ScoredRound scored(round.bank, std::move(scores));
    if (!previous) {
        return heatmapOf(assessment, round, scored, nullptr, nullptr, rules);
    }
    const ScoredRound before(previous->bank, std::move(previousScores));
    return heatmapOf(assessment, round, scored, previous, &before, rules);
}

const RoundData* latestRound(const Assessment& assessment)
{
    return assessment.rounds.empty() ? nullptr : &assessment.rounds.back();
}

const RoundData* roundBefore(const Assessment& assessment, const RoundData& round)
{
    for (std::size_t i = 1; i < assessment.rounds.size(); ++i) {
        if (assessment.rounds[i].round.id == round.round.id) {
            return &assessment.rounds[i - 1];
        }
    }
    return nullptr;
}

namespace {
ReportModel buildReportWith(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                            ReportModel model);
} // namespace

ReportModel buildReport(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                        const ReportOptions& options)
{
    ReportModel model;
    model.options = options;
    if (options.summaryOnly) {
        model.options.cover = false;
        model.options.executiveSummary = true;
        model.options.heatmap = false;
        model.options.initiatives = false;
        model.options.methodology = false;
        model.options.appendix = false;
    }
    return buildReportWith(assessment, round, previous, std::move(model));
}

namespace {

ReportModel buildReportWith(const Assessment& assessment, const RoundData& round, const RoundData* previous,
                            ReportModel model)
{
    const ReportOptions& options = model.options;
    const ScoredRound scored(assessment, round, options.rules);
    std::optional<ScoredRound> before;
    if (previous) {
        before.emplace(assessment, *previous, options.rules);
    }

    model.cover = {assessment.organization.name,
                   assessment.organization.sector,
                   round.round.name,
                   round.round.heldOn,
                   previous ? previous->round.name : std::string(),
                   static_cast<int>(round.respondents.size()),
                   assessment.branding};
    model.heatmap = heatmapOf(assessment, round, scored, previous, before ? &*before : nullptr, options.rules);

    ExecutiveSummary& summary = model.summary;
    summary.readiness = scored.portfolio.readiness;
    summary.previousReadiness = before ? before->portfolio.readiness : std::nullopt;
    summary.coverage = scored.portfolio.coverage;
    summary.lowCoverage = insufficientEvidence(scored.portfolio.coverage, options.rules);
    summary.previousLowCoverage = !before || insufficientEvidence(before->portfolio.coverage, options.rules);
    summary.initiativeCount = scored.portfolio.initiativeCount;
    summary.initiativesScored = scored.portfolio.initiativesScored;
    summary.bandCounts = scored.portfolio.bandCounts;
    for (const InitiativeScore& score : scored.initiatives) {
        for (const FrictionScore& friction : score.frictions) {
            summary.lowCoverageCells += friction.score && friction.lowCoverage ? 1 : 0;
            summary.disagreementQuestions += friction.disagreementCount;
        }
    }
    summary.worstFrictions = worstFrictions(model.heatmap);
    for (const Initiative& initiative : assessment.initiatives) {
        if (!scored.find(initiative.id)) {
            continue;
        }
        for (const HeatmapRow& row : model.heatmap.initiatives) {
            if (row.initiativeId == initiative.id) {
                InitiativeTrend trend{
                    initiative.id, initiative.name, initiative.stage, row.readiness,           row.previousReadiness,
                    row.cells,     row.coverage,    row.lowCoverage,  row.previousLowCoverage, 0};
                for (const Action& action : assessment.actions) {
                    trend.overdueActions +=
                        action.initiativeId == initiative.id && isOverdue(action.due, action.status, options);
                }
                summary.lowCoverageInitiatives += row.readiness && row.lowCoverage ? 1 : 0;
                summary.trends.push_back(std::move(trend));
            }
        }
    }
    summary.topActions = topActions(assessment, round, scored, options);

    const RoundIndex index(round, options.anonymousName);
    if (options.initiatives) {
        for (const Initiative& initiative : assessment.initiatives) {
            if (const InitiativeScore* score = scored.find(initiative.id)) {
                model.initiatives.push_back(sectionOf(assessment, initiative, *score,
                                                      before ? before->find(initiative.id) : nullptr, round, index,
                                                      options));
            }
        }
    }
    model.methodology = methodologyOf(round, options);
    if (options.appendix) {
        std::vector<const Initiative*> included;
        for (const Initiative& initiative : assessment.initiatives) {
            if (scored.find(initiative.id)) {
                included.push_back(&initiative);
            }
        }
        model.appendix = appendixOf(included, round, index);
    }
    return model;
}

} // namespace

} // namespace lastmile
