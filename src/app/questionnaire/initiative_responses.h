// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/scoring.h"

#include <optional>

namespace lastmile::app {

// The responses of one initiative in a round, shaped for core's scoring functions.
InitiativeResponses initiativeResponses(const RoundData& round, std::int64_t initiativeId);
// The answer a respondent (or, for respondentId 0, the consensus) gave to a question, if any.
std::optional<Answer> answerOf(const InitiativeResponses& responses, const std::string& questionId,
                               std::int64_t respondentId);

} // namespace lastmile::app
