// SPDX-License-Identifier: Apache-2.0
#include "scoring.h"

#include "evidence.h"

#include <algorithm>

namespace lastmile {

double medianLevel(std::vector<int> levels)
{
    std::sort(levels.begin(), levels.end());
    const std::size_t middle = levels.size() / 2;
    if (levels.size() % 2 == 1) {
        return levels[middle];
    }
    return (levels[middle - 1] + levels[middle]) / 2.0;
}

namespace {

void applyAnswer(AggregateAnswer& aggregate, const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        aggregate.status = QuestionStatus::Answered;
        aggregate.level = answer.level;
        break;
    case Answer::Kind::DontKnow:
        aggregate.status = QuestionStatus::DontKnow;
        break;
    case Answer::Kind::NotApplicable:
        aggregate.status = QuestionStatus::NotApplicable;
        break;
    }
}

} // namespace

AggregateAnswer aggregateAnswers(const QuestionResponses& responses, const ScoringRules& rules)
{
    AggregateAnswer aggregate;
    std::vector<int> levels;
    for (const RespondentAnswer& given : responses.answers) {
        switch (given.answer.kind) {
        case Answer::Kind::Level:
            levels.push_back(given.answer.level);
            break;
        case Answer::Kind::DontKnow:
            ++aggregate.dontKnowCount;
            break;
        case Answer::Kind::NotApplicable:
            ++aggregate.notApplicableCount;
            break;
        }
    }
    aggregate.levelCount = static_cast<int>(levels.size());
    if (!levels.empty()) {
        const auto [lowest, highest] = std::minmax_element(levels.begin(), levels.end());
        aggregate.spread = *highest - *lowest;
        aggregate.disagreement = aggregate.spread >= rules.disagreementSpread;
    }

    if (responses.consensus) {
        applyAnswer(aggregate, *responses.consensus);
        aggregate.fromConsensus = true;
    } else if (!levels.empty()) {
        aggregate.status = QuestionStatus::Answered;
        aggregate.level = medianLevel(std::move(levels));
    } else if (aggregate.notApplicableCount > 0 && aggregate.dontKnowCount == 0) {
        aggregate.status = QuestionStatus::NotApplicable;
    } else if (aggregate.dontKnowCount > 0 || aggregate.notApplicableCount > 0) {
        aggregate.status = QuestionStatus::DontKnow;
    }
    return aggregate;
}

FrictionScore scoreFriction(const Friction& friction, const InitiativeResponses& responses, const ScoringRules& rules)
{
    static const QuestionResponses kNoResponses;
    FrictionScore result;
    result.frictionId = friction.id;
    result.questionCount = static_cast<int>(friction.questions.size());
    double weightedFriction = 0.0;
    for (const Question& question : friction.questions) {
        const auto found = responses.find(question.id);
        QuestionScore scored;
        scored.questionId = question.id;
        scored.weight = question.weight;
        scored.aggregate = aggregateAnswers(found == responses.end() ? kNoResponses : found->second, rules);
        result.totalWeight += question.weight;
        if (scored.aggregate.status != QuestionStatus::NotApplicable) {
            result.applicableWeight += question.weight;
        }
        if (scored.aggregate.status == QuestionStatus::Answered) {
            scored.friction = (kMaxLevel - scored.aggregate.level) / kMaxLevel * 100.0;
            weightedFriction += question.weight * *scored.friction;
            result.answeredWeight += question.weight;
            ++result.answeredCount;
        }
        if (scored.aggregate.disagreement) {
            ++result.disagreementCount;
        }
        result.questions.push_back(std::move(scored));
    }
    if (result.answeredWeight > 0.0) {
        result.score = std::clamp(weightedFriction / result.answeredWeight, 0.0, 100.0);
        result.band = bandForScore(*result.score);
    }
    if (result.applicableWeight > 0.0) {
        result.coverage = std::clamp(result.answeredWeight / result.applicableWeight, 0.0, 1.0);
    }
    result.lowCoverage = insufficientEvidence(result.coverage, rules);
    return result;
}

const FrictionScore* InitiativeScore::friction(std::string_view frictionId) const
{
    for (const FrictionScore& score : frictions) {
        if (score.frictionId == frictionId) {
            return &score;
        }
    }
    return nullptr;
}

InitiativeScore scoreInitiative(const QuestionBank& bank, std::int64_t initiativeId,
                                const InitiativeResponses& responses, const ScoringRules& rules)
{
    InitiativeScore result;
    result.initiativeId = initiativeId;
    double weightedScore = 0.0;
    double scoredWeight = 0.0;
    double answeredWeight = 0.0;
    double applicableWeight = 0.0;
    for (const Friction& friction : bank.frictions) {
        FrictionScore score = scoreFriction(friction, responses, rules);
        if (score.score) {
            weightedScore += friction.weight * *score.score;
            scoredWeight += friction.weight;
        }
        answeredWeight += score.answeredWeight;
        applicableWeight += score.applicableWeight;
        result.frictions.push_back(std::move(score));
    }
    if (scoredWeight > 0.0) {
        result.readiness = std::clamp(100.0 - weightedScore / scoredWeight, 0.0, 100.0);
    }
    if (applicableWeight > 0.0) {
        result.coverage = std::clamp(answeredWeight / applicableWeight, 0.0, 1.0);
    }
    return result;
}

PortfolioScore scorePortfolio(const QuestionBank& bank, const std::vector<InitiativeScore>& initiatives)
{
    PortfolioScore result;
    result.initiativeCount = static_cast<int>(initiatives.size());
    double readinessSum = 0.0;
    double coverageSum = 0.0;
    for (const InitiativeScore& initiative : initiatives) {
        coverageSum += initiative.coverage;
        if (initiative.readiness) {
            readinessSum += *initiative.readiness;
            ++result.initiativesScored;
        }
        for (const FrictionScore& friction : initiative.frictions) {
            if (friction.band) {
                ++result.bandCounts[static_cast<std::size_t>(*friction.band)];
            }
        }
    }
    if (result.initiativesScored > 0) {
        result.readiness = readinessSum / result.initiativesScored;
    }
    if (!initiatives.empty()) {
        result.coverage = coverageSum / static_cast<double>(initiatives.size());
    }
    for (const Friction& friction : bank.frictions) {
        PortfolioFriction aggregate;
        aggregate.frictionId = friction.id;
        double scoreSum = 0.0;
        double coverageSum = 0.0;
        for (const InitiativeScore& initiative : initiatives) {
            const FrictionScore* score = initiative.friction(friction.id);
            if (!score) {
                continue;
            }
            coverageSum += score->coverage;
            if (score->score) {
                scoreSum += *score->score;
                ++aggregate.initiativesScored;
            }
        }
        if (aggregate.initiativesScored > 0) {
            aggregate.score = scoreSum / aggregate.initiativesScored;
            aggregate.band = bandForScore(*aggregate.score);
        }
        if (!initiatives.empty()) {
            aggregate.coverage = coverageSum / static_cast<double>(initiatives.size());
        }
        result.frictions.push_back(std::move(aggregate));
    }
    return result;
}

} // namespace lastmile
