// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "answer.h"
#include "band.h"
#include "question_bank.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// The default scoring model (docs/scoring.md). Every figure is computed from plain values and
// never depends on the locale.
struct ScoringRules
{
    int disagreementSpread = 2;    // spread (max - min level) at or above which a question is flagged
    double lowCoverageBelow = 0.5; // coverage under this is "insufficient evidence" (see evidence.h)
};

// Everything said about one question of one initiative in one round.
struct QuestionResponses
{
    std::vector<RespondentAnswer> answers;
    std::optional<Answer> consensus; // the facilitator's consensus, which overrides the aggregate
};

// The responses of one initiative in one round, by question id.
using InitiativeResponses = std::map<std::string, QuestionResponses, std::less<>>;

enum class QuestionStatus { Answered, DontKnow, NotApplicable, Unanswered };

// The respondents' answers to one question, reduced to the one answer the score uses.
struct AggregateAnswer
{
    QuestionStatus status = QuestionStatus::Unanswered;
    double level = 0.0; // median of the respondents' levels, or the consensus level (when Answered)
    int levelCount = 0; // respondents who gave a level
    int dontKnowCount = 0;
    int notApplicableCount = 0;
    int spread = 0; // max - min of the respondents' levels
    bool disagreement = false;
    bool fromConsensus = false;
};

AggregateAnswer aggregateAnswers(const QuestionResponses& responses, const ScoringRules& rules = {});

struct QuestionScore
{
    std::string questionId;
    double weight = 1.0;
    AggregateAnswer aggregate;
    std::optional<double> friction; // (4 - level) / 4 * 100 when answered
};

struct FrictionScore
{
    std::string frictionId;
    std::optional<double> score; // 0 (no friction) .. 100 (severe); none without any answered question
    std::optional<Band> band;    // the band of score
    double coverage = 0.0;       // answered weight / applicable weight, 0..1
    double answeredWeight = 0.0;
    double applicableWeight = 0.0; // weight of the questions not marked "not applicable"
    double totalWeight = 0.0;
    int questionCount = 0;
    int answeredCount = 0;
    int disagreementCount = 0;
    bool lowCoverage = true;
    std::vector<QuestionScore> questions; // in bank order: the explanation of the score
};

struct InitiativeScore
{
    std::int64_t initiativeId = 0;
    std::vector<FrictionScore> frictions; // in bank order
    std::optional<double> readiness;      // 100 - weighted mean of the friction scores
    double coverage = 0.0;                // over all questions of the bank: the coverage of readiness

    const FrictionScore* friction(std::string_view frictionId) const;
};

FrictionScore scoreFriction(const Friction& friction, const InitiativeResponses& responses,
                            const ScoringRules& rules = {});
InitiativeScore scoreInitiative(const QuestionBank& bank, std::int64_t initiativeId,
                                const InitiativeResponses& responses, const ScoringRules& rules = {});

struct PortfolioFriction
{
    std::string frictionId;
    std::optional<double> score; // mean of the initiatives' scores for this friction
    std::optional<Band> band;
    int initiativesScored = 0;
    double coverage = 0.0; // mean coverage over all initiatives
};

struct PortfolioScore
{
    std::vector<PortfolioFriction> frictions; // in bank order
    std::optional<double> readiness;          // mean of the initiatives' readiness
    int initiativeCount = 0;
    int initiativesScored = 0;
    double coverage = 0.0;                        // mean of the initiatives' coverage, 0..1 (0 without initiatives)
    std::array<int, 4> bandCounts = {0, 0, 0, 0}; // initiative-friction cells per band
};

PortfolioScore scorePortfolio(const QuestionBank& bank, const std::vector<InitiativeScore>& initiatives);

// The median of levels (the mean of the two middle ones for an even count); levels must not be empty.
double medianLevel(std::vector<int> levels);

} // namespace lastmile
