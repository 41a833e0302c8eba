// SPDX-License-Identifier: Apache-2.0
#include "report_model.h"

#include "recommendations.h"
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
        : initiatives(scoreRound(assessment, round, rules)), portfolio(scorePortfolio(round.bank, initiatives))
    {
        for (const InitiativeScore& score : initiatives) {
            byId[score.initiativeId] = &score;
        }
    }

    const InitiativeScore* find(std::int64_t id) const
    {
        const auto found = byId.find(id);
        return found == byId.end() ? nullptr : found->second;
    }
};

std::string frictionName(const QuestionBank& bank, const std::string& frictionId)
{
    const Friction* friction = bank.findFriction(frictionId);
    return friction ? friction->name : frictionId;
}

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

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Planned || status == ActionStatus::InProgress;
}

bool isOverdue(const std::string& due, ActionStatus status, const ReportOptions& options)
{
    return isOpen(status) && !due.empty() && !options.today.empty() && due < options.today;
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

struct RoundIndex
{
    using Key = std::pair<std::int64_t, std::string>; // initiative id, question id
    std::map<std::int64_t, const Respondent*> respondents;
    std::map<Key, std::vector<const AnswerRecord*>> answers; // in the round's respondent order
    std::map<Key, const ConsensusRecord*> consensus;

    std::map<std::int64_t, std::string> anonymous; // by respondent id, when names are withheld

    RoundIndex(const RoundData& round, const std::string& anonymousName)
    {
        std::map<std::int64_t, std::size_t> position;
        for (const Respondent& respondent : round.respondents) {
            respondents[respondent.id] = &respondent;
            if (!anonymousName.empty()) {
                anonymous[respondent.id] = anonymousRespondentName(anonymousName, position.size());
            }
            position[respondent.id] = position.size();
        }
        for (const AnswerRecord& record : round.answers) {
            answers[{record.initiativeId, record.questionId}].push_back(&record);
        }
        for (auto& [key, list] : answers) {
            std::stable_sort(list.begin(), list.end(), [&](const AnswerRecord* a, const AnswerRecord* b) {
                return position[a->respondentId] < position[b->respondentId];
            });
        }
        for (const ConsensusRecord& record : round.consensus) {
            consensus[{record.initiativeId, record.questionId}] = &record;
        }
    }

    const std::vector<const AnswerRecord*>& answersTo(std::int64_t initiativeId, const std::string& questionId) const
    {
        static const std::vector<const AnswerRecord*> kNone;
        const auto found = answers.find({initiativeId, questionId});
        return found == answers.end() ? kNone : found->second;
    }

    const ConsensusRecord* consensusOn(std::int64_t initiativeId, const std::string& questionId) const
    {
        const auto found = consensus.find({initiativeId, questionId});
        return found == consensus.end() ? nullptr : found->second;
    }
};

std::string respondentName(const RoundIndex& index, std::int64_t id)
{
    if (const auto label = index.anonymous.find(id); label != index.anonymous.end()) {
        return label->second;
    }
    const auto found = index.respondents.find(id);
    return found == index.respondents.end() ? std::to_string(id) : found->second->name;
}

std::string respondentRole(const RoundIndex& index, std::int64_t id)
{
    if (!index.anonymous.empty()) {
        return {}; // a role can name a person as surely as a name
    }
    const auto found = index.respondents.find(id);
    return found == index.respondents.end() ? std::string() : found->second->role;
}

std::vector<Driver> driversOf(const Initiative& initiative, const InitiativeScore& score, const RoundData& round,
                              const RoundIndex& index, const ReportOptions& options)
{
    std::vector<Driver> drivers;
    for (const FrictionScore& friction : score.frictions) {
        if (!friction.score || !friction.band || *friction.band < Band::High) {
            continue;
        }
        Driver driver{friction.frictionId,  frictionName(round.bank, friction.frictionId),
                      *friction.score,      *friction.band,
                      friction.lowCoverage, {}};
        std::vector<const QuestionScore*> questions;
        for (const QuestionScore& question : friction.questions) {
            if (question.friction && *question.friction > 0.0) {
                questions.push_back(&question);
            }
        }
        // Worst first; of equal friction, the heavier question first (it moves the score more).
        std::stable_sort(questions.begin(), questions.end(), [](const QuestionScore* a, const QuestionScore* b) {
            return *a->friction != *b->friction ? *a->friction > *b->friction : a->weight > b->weight;
        });
        const std::size_t limit = static_cast<std::size_t>(std::max(0, options.driverQuestions));
        for (std::size_t i = 0; i < questions.size() && i < limit; ++i) {
            const QuestionScore& question = *questions[i];
            const Question* definition = round.bank.findQuestion(question.questionId);
            DriverQuestion entry;
            entry.questionId = question.questionId;
            entry.text = definition ? definition->text : question.questionId;
            entry.level = question.aggregate.level;
            entry.fromConsensus = question.aggregate.fromConsensus;
            const auto anchor = static_cast<std::size_t>(std::clamp(std::floor(question.aggregate.level), 0.0, 4.0));
            entry.anchor = definition ? definition->levels[anchor] : std::string();
            entry.friction = *question.friction;
            entry.weight = question.weight;
            if (const ConsensusRecord* consensus = index.consensusOn(initiative.id, question.questionId);
                consensus && !consensus->note.empty()) {
                entry.notes.push_back(consensus->note);
            }
            for (const AnswerRecord* record : index.answersTo(initiative.id, question.questionId)) {
                if (!record->note.empty()) {
                    entry.notes.push_back(record->note);
                }
            }
            driver.questions.push_back(std::move(entry));
        }
        drivers.push_back(std::move(driver));
    }
    std::stable_sort(drivers.begin(), drivers.end(),
                     [](const Driver& a, const Driver& b) { return a.score > b.score; });
    return drivers;
}

InitiativeSection sectionOf(const Assessment& assessment, const Initiative& initiative, const InitiativeScore& score,
                            const InitiativeScore* previous, const RoundData& round, const RoundIndex& index,
                            const ReportOptions& options)
{
    InitiativeSection section;
    section.initiative = initiative;
    section.readiness = score.readiness;
    section.previousReadiness = previous ? previous->readiness : std::nullopt;
    section.coverage = score.coverage;
    section.lowCoverage = insufficientEvidence(score.coverage, options.rules);
    section.previousLowCoverage = !previous || insufficientEvidence(previous->coverage, options.rules);
    std::map<std::string, double> targets;
    for (const Target& target : assessment.targets) {
        if (target.initiativeId == initiative.id) {
            targets[target.frictionId] = target.score;
        }
    }
    for (const FrictionScore& friction : score.frictions) {
        ProfileEntry entry;
        entry.frictionId = friction.frictionId;
        entry.name = frictionName(round.bank, friction.frictionId);
        entry.score = friction.score;
        entry.band = friction.band;
        entry.coverage = friction.coverage;
        entry.lowCoverage = friction.lowCoverage;
        entry.answered = friction.answeredCount;
        entry.questions = friction.questionCount;
        entry.disagreements = friction.disagreementCount;
        if (const FrictionScore* before = previous ? previous->friction(friction.frictionId) : nullptr) {
            entry.previousScore = before->score;
            entry.previousLowCoverage = before->lowCoverage;
        }
        if (const auto target = targets.find(friction.frictionId); target != targets.end()) {
            entry.target = target->second;
            section.targets.push_back({friction.frictionId, entry.name, target->second, friction.score,
                                       friction.score && *friction.score <= target->second});
        }
        section.profile.push_back(std::move(entry));

        for (const QuestionScore& question : friction.questions) {
            const Question* definition = round.bank.findQuestion(question.questionId);
            const std::string text = definition ? definition->text : question.questionId;
            const auto& answers = index.answersTo(initiative.id, question.questionId);
            const ConsensusRecord* consensus = index.consensusOn(initiative.id, question.questionId);
            if (consensus && !consensus->note.empty()) {
                section.notes.push_back({entry.name, question.questionId, text, "", "", consensus->note, ""});
            }
            for (const AnswerRecord* record : answers) {
                if (!record->note.empty() || !record->evidence.empty()) {
                    section.notes.push_back(
                        {entry.name, question.questionId, text, respondentName(index, record->respondentId),
                         respondentRole(index, record->respondentId), record->note, record->evidence});
                }
            }
            if (question.aggregate.disagreement) {
                DisagreementEntry disagreement{entry.name, question.questionId, text, question.aggregate.spread,
                                               {},         std::nullopt};
                for (const AnswerRecord* record : answers) {
                    disagreement.answers.push_back({respondentName(index, record->respondentId),
                                                    respondentRole(index, record->respondentId), record->answer});
                }
                if (consensus) {
                    disagreement.consensus = consensus->answer;
                }
                section.disagreements.push_back(std::move(disagreement));
            }
        }
    }
    section.drivers = driversOf(initiative, score, round, index, options);
    for (const Recommendation& recommendation : recommend(round.bank, score)) {
        if (recommendation.band >= Band::Moderate && !recommendation.actions.empty()) {
            section.recommendations.push_back(
                {recommendation.frictionId, frictionName(round.bank, recommendation.frictionId), recommendation.score,
                 recommendation.band, recommendation.lowCoverage, recommendation.actions});
        }
    }
    for (const Action& action : assessment.actions) {
        if (action.initiativeId == initiative.id) {
            section.actions.push_back({action.frictionId, frictionName(round.bank, action.frictionId), action.text,
                                       action.owner, action.due, action.status, action.note,
                                       isOverdue(action.due, action.status, options)});
        }
    }
    return section;
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

void appendAnswers(std::vector<AppendixRow>& rows, const Initiative& initiative, const RoundData& round,
                   const RoundIndex& index)
{
    for (const Friction& friction : round.bank.frictions) {
        for (const Question& question : friction.questions) {
            for (const AnswerRecord* record : index.answersTo(initiative.id, question.id)) {
                rows.push_back({initiative.id, initiative.name, friction.name, question.id, question.text,
                                respondentName(index, record->respondentId),
                                respondentRole(index, record->respondentId), record->answer, record->note,
                                record->evidence});
            }
            if (const ConsensusRecord* consensus = index.consensusOn(initiative.id, question.id)) {
                rows.push_back({initiative.id, initiative.name, friction.name, question.id, question.text, "", "",
                                consensus->answer, consensus->note, ""});
            }
        }
    }
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
        for (const Initiative& initiative : assessment.initiatives) {
            if (scored.find(initiative.id)) {
                appendAnswers(model.appendix, initiative, round, index);
            }
        }
    }
    return model;
}

} // namespace

} // namespace lastmile
