// SPDX-License-Identifier: Apache-2.0
#include "initiative_responses.h"

namespace lastmile::app {

InitiativeResponses initiativeResponses(const RoundData& round, std::int64_t initiativeId)
{
    InitiativeResponses responses;
    for (const AnswerRecord& record : round.answers) {
        if (record.initiativeId == initiativeId) {
            responses[record.questionId].answers.push_back({record.respondentId, record.answer});
        }
    }
    for (const ConsensusRecord& record : round.consensus) {
        if (record.initiativeId == initiativeId) {
            responses[record.questionId].consensus = record.answer;
        }
    }
    return responses;
}

std::optional<Answer> answerOf(const InitiativeResponses& responses, const std::string& questionId,
                               std::int64_t respondentId)
{
    const auto found = responses.find(questionId);
    if (found == responses.end()) {
        return std::nullopt;
    }
    if (respondentId == 0) {
        return found->second.consensus;
    }
    for (const RespondentAnswer& answer : found->second.answers) {
        if (answer.respondentId == respondentId) {
            return answer.answer;
        }
    }
    return std::nullopt;
}

} // namespace lastmile::app
