// SPDX-License-Identifier: Apache-2.0
#include "explanation.h"

namespace lastmile {

namespace {

Exclusion exclusionOf(QuestionStatus status)
{
    switch (status) {
    case QuestionStatus::Answered:
        return Exclusion::None;
    case QuestionStatus::DontKnow:
        return Exclusion::DontKnow;
    case QuestionStatus::NotApplicable:
        return Exclusion::NotApplicable;
    case QuestionStatus::Unanswered:
        return Exclusion::Unanswered;
    }
    return Exclusion::Unanswered;
}

} // namespace

Explanation explainFrictionScore(const FrictionScore& score)
{
    Explanation explanation;
    explanation.value = score.score;
    for (const QuestionScore& question : score.questions) {
        ExplanationTerm term{question.questionId, question.weight, question.friction,
                             exclusionOf(question.aggregate.status)};
        if (term.exclusion == Exclusion::None) {
            explanation.weightedSum += question.weight * *question.friction;
            explanation.weightSum += question.weight;
        }
        explanation.terms.push_back(std::move(term));
    }
    return explanation;
}

Explanation explainCoverage(const FrictionScore& score)
{
    Explanation explanation;
    explanation.value = score.coverage;
    for (const QuestionScore& question : score.questions) {
        const Exclusion exclusion = exclusionOf(question.aggregate.status);
        ExplanationTerm term{question.questionId, question.weight, std::nullopt, exclusion};
        if (exclusion != Exclusion::NotApplicable) {
            term.value = exclusion == Exclusion::None ? 1.0 : 0.0;
            term.exclusion = Exclusion::None;
            explanation.weightedSum += question.weight * *term.value;
            explanation.weightSum += question.weight;
        }
        explanation.terms.push_back(std::move(term));
    }
    return explanation;
}

Explanation explainReadiness(const QuestionBank& bank, const InitiativeScore& score)
{
    Explanation explanation;
    explanation.value = score.readiness;
    for (const FrictionScore& friction : score.frictions) {
        const Friction* definition = bank.findFriction(friction.frictionId);
        const double weight = definition ? definition->weight : 1.0;
        ExplanationTerm term{friction.frictionId, weight, friction.score,
                             friction.score ? Exclusion::None : Exclusion::NoScore};
        if (friction.score) {
            explanation.weightedSum += weight * *friction.score;
            explanation.weightSum += weight;
        }
        explanation.terms.push_back(std::move(term));
    }
    return explanation;
}

Explanation explainPortfolioFriction(const std::vector<InitiativeScore>& initiatives, std::string_view frictionId)
{
    Explanation explanation;
    for (const InitiativeScore& initiative : initiatives) {
        const FrictionScore* friction = initiative.friction(frictionId);
        const std::optional<double> value = friction ? friction->score : std::nullopt;
        explanation.terms.push_back(
            {std::to_string(initiative.initiativeId), 1.0, value, value ? Exclusion::None : Exclusion::NoScore});
        if (value) {
            explanation.weightedSum += *value;
            explanation.weightSum += 1.0;
        }
    }
    if (explanation.weightSum > 0.0) {
        explanation.value = explanation.weightedSum / explanation.weightSum;
    }
    return explanation;
}

} // namespace lastmile
