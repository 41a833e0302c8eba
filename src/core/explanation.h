// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "question_bank.h"
#include "scoring.h"

#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// Why a term was left out of a figure.
enum class Exclusion { None, NotApplicable, DontKnow, Unanswered, NoScore };

// One input of a weighted mean: what it is (a question, friction or initiative id), its weight,
// its value, or why it was left out.
struct ExplanationTerm
{
    std::string subject;
    double weight = 1.0;
    std::optional<double> value;
    Exclusion exclusion = Exclusion::None;
};

// A figure as a weighted mean of its terms: value = weightedSum / weightSum (or a transform of
// it, as readiness = 100 - that mean). Front ends phrase it; the numbers come from here.
struct Explanation
{
    std::optional<double> value;
    double weightedSum = 0.0;
    double weightSum = 0.0;
    std::vector<ExplanationTerm> terms;
};

Explanation explainFrictionScore(const FrictionScore& score);
Explanation explainCoverage(const FrictionScore& score); // term values are 1 (answered) or 0
Explanation explainReadiness(const QuestionBank& bank, const InitiativeScore& score);
Explanation explainPortfolioFriction(const std::vector<InitiativeScore>& initiatives, std::string_view frictionId);

} // namespace lastmile
