// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "band.h"
#include "question_bank.h"
#include "scoring.h"

#include <string>
#include <vector>

namespace lastmile {

// A friction of one initiative with the bank's recommended actions for its band.
struct Recommendation
{
    std::string frictionId;
    double score = 0.0;
    Band band = Band::Low;
    bool lowCoverage = false; // the score rests on too little evidence to act on with confidence
    std::vector<RecommendedAction> actions;
};

// The initiative's scored frictions, most severe first (ties keep the bank's order).
// Frictions without a score have no recommendation.
std::vector<Recommendation> recommend(const QuestionBank& bank, const InitiativeScore& score);

} // namespace lastmile
