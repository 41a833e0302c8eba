// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scoring.h"

#include <array>
#include <cstdint>
#include <vector>

namespace lastmile {

// What the room said about one question: the distribution shown at the reveal
// (docs/workshop.md, "Reveal"). Before the reveal only `answered` may be shown to the room.
struct RoomTally
{
    std::array<int, 5> levelCounts{}; // respondents at each level 0..4
    int dontKnow = 0;
    int notApplicable = 0;
    int answered = 0;                  // respondents on the roster who gave any answer
    int rosterSize = 0;                // respondents of the round
    std::vector<std::int64_t> waiting; // roster respondents without an answer, in roster order
    AggregateAnswer aggregate;         // median, spread and disagreement of the respondents' levels
};

// The distribution of `responses` over the respondents in `roster` (ids in display order).
// Answers from respondents not on the roster are ignored; the consensus is not a vote and
// is left out (the aggregate here is the respondents' own, as scoring computes it without one).
RoomTally tallyRoom(const QuestionResponses& responses, const std::vector<std::int64_t>& roster,
                    const ScoringRules& rules = {});

} // namespace lastmile
