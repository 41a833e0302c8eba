// SPDX-License-Identifier: Apache-2.0
#include "assessment_data.h"

namespace lastmile {

std::map<std::int64_t, InitiativeResponses> responsesByInitiative(const RoundData& round)
{
    std::map<std::int64_t, InitiativeResponses> result;
    for (const AnswerRecord& record : round.answers) {
        result[record.initiativeId][record.questionId].answers.push_back({record.respondentId, record.answer});
    }
    for (const ConsensusRecord& record : round.consensus) {
        result[record.initiativeId][record.questionId].consensus = record.answer;
    }
    return result;
}

std::vector<InitiativeScore> scoreRound(const Assessment& assessment, const RoundData& round, const ScoringRules& rules)
{
    const auto responses = responsesByInitiative(round);
    static const InitiativeResponses kNone;
    std::vector<InitiativeScore> result;
    for (const Initiative& initiative : assessment.initiatives) {
        if (initiative.archived) {
            continue;
        }
        const auto found = responses.find(initiative.id);
        result.push_back(
            scoreInitiative(round.bank, initiative.id, found == responses.end() ? kNone : found->second, rules));
    }
    return result;
}

} // namespace lastmile
