// SPDX-License-Identifier: Apache-2.0
#include "assessment_data.h"

namespace lastmile {

const AnswerRecord* findAnswer(const RoundData& round, std::int64_t initiativeId, const std::string& questionId,
                               std::int64_t respondentId)
{
    for (const AnswerRecord& record : round.answers) {
        if (record.initiativeId == initiativeId && record.respondentId == respondentId &&
            record.questionId == questionId) {
            return &record;
        }
    }
    return nullptr;
}

const ConsensusRecord* findConsensus(const RoundData& round, std::int64_t initiativeId, const std::string& questionId)
{
    for (const ConsensusRecord& record : round.consensus) {
        if (record.initiativeId == initiativeId && record.questionId == questionId) {
            return &record;
        }
    }
    return nullptr;
}

std::optional<AnswerRecord> answerOf(const RoundData& round, std::int64_t initiativeId, const std::string& questionId,
                                     std::int64_t respondentId)
{
    if (respondentId != 0) {
        const AnswerRecord* found = findAnswer(round, initiativeId, questionId, respondentId);
        return found ? std::optional<AnswerRecord>(*found) : std::nullopt;
    }
    const ConsensusRecord* found = findConsensus(round, initiativeId, questionId);
    if (!found) {
        return std::nullopt;
    }
    return AnswerRecord{found->initiativeId, found->questionId, 0, found->answer, found->note, {}};
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
