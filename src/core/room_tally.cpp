// SPDX-License-Identifier: Apache-2.0
#include "room_tally.h"

#include <algorithm>

namespace lastmile {

RoomTally tallyRoom(const QuestionResponses& responses, const std::vector<std::int64_t>& roster,
                    const ScoringRules& rules)
{
    RoomTally tally;
    tally.rosterSize = static_cast<int>(roster.size());
    QuestionResponses votes; // the roster's answers only, without the consensus
    for (std::int64_t respondentId : roster) {
        const auto found = std::find_if(responses.answers.begin(), responses.answers.end(),
                                        [&](const RespondentAnswer& a) { return a.respondentId == respondentId; });
        if (found == responses.answers.end()) {
            tally.waiting.push_back(respondentId);
            continue;
        }
        ++tally.answered;
        votes.answers.push_back(*found);
        switch (found->answer.kind) {
        case Answer::Kind::Level:
            ++tally.levelCounts[static_cast<std::size_t>(std::clamp(found->answer.level, kMinLevel, kMaxLevel))];
            break;
        case Answer::Kind::DontKnow:
            ++tally.dontKnow;
            break;
        case Answer::Kind::NotApplicable:
            ++tally.notApplicable;
            break;
        }
    }
    tally.aggregate = aggregateAnswers(votes, rules);
    return tally;
}

} // namespace lastmile
