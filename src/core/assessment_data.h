// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "assessment.h"
#include "question_bank.h"
#include "scoring.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// One respondent's answer to one question about one initiative, with what backs it up.
struct AnswerRecord
{
    std::int64_t initiativeId = 0;
    std::string questionId;
    std::int64_t respondentId = 0;
    Answer answer;
    std::string note;
    std::string evidence;
};

// The facilitator's consensus answer for one question of one initiative.
struct ConsensusRecord
{
    std::int64_t initiativeId = 0;
    std::string questionId;
    Answer answer;
    std::string note;
};

struct RoundData
{
    Round round;
    QuestionBank bank; // the frozen copy the round was asked with
    std::vector<Respondent> respondents;
    std::vector<AnswerRecord> answers;
    std::vector<ConsensusRecord> consensus;
};

// How the report presents itself; everything comes from the file, nothing from the system.
struct Branding
{
    std::string firmName;
    std::string accentColour; // "#RRGGBB" or empty for the default
    std::string footer;
    std::string pageSize = "a4"; // "a4" or "letter"
    std::string logoMime;        // "image/png", "image/jpeg", "image/svg+xml" or empty
    std::vector<unsigned char> logo;

    bool operator==(const Branding&) const = default;
};

// A whole assessment file as plain values: what the JSON interchange carries, what the demo
// and the synthetic generator produce, and what storage writes into a new file.
struct Assessment
{
    Organization organization;
    std::vector<Initiative> initiatives;
    std::vector<RoundData> rounds; // oldest first
    std::vector<Action> actions;
    std::vector<Target> targets;
    Branding branding;
};

// The answer one respondent gave to one question about one initiative in `round`, or null.
const AnswerRecord* findAnswer(const RoundData& round, std::int64_t initiativeId, const std::string& questionId,
                               std::int64_t respondentId);
// The consensus answer of one question about one initiative in `round`, or null.
const ConsensusRecord* findConsensus(const RoundData& round, std::int64_t initiativeId, const std::string& questionId);
// What the questionnaire shows and edits for one answerer: respondent `respondentId`'s answer,
// or, when respondentId is 0 (the room as a whole), the consensus answer as an AnswerRecord
// with respondentId 0 and no evidence (a consensus has none). Empty when nothing is recorded.
std::optional<AnswerRecord> answerOf(const RoundData& round, std::int64_t initiativeId, const std::string& questionId,
                                     std::int64_t respondentId);

// answerOf over responses already shaped for scoring: the answer of respondent `respondentId`,
// or the consensus for respondentId 0, to one question, if any.
std::optional<Answer> answerOf(const InitiativeResponses& responses, const std::string& questionId,
                               std::int64_t respondentId);

// The responses of one initiative in a round, shaped for scoring.
InitiativeResponses initiativeResponses(const RoundData& round, std::int64_t initiativeId);

// The responses of every initiative of a round, ready to score, by initiative id.
std::map<std::int64_t, InitiativeResponses> responsesByInitiative(const RoundData& round);

// Scores every initiative that is not archived, in the order of assessment.initiatives.
std::vector<InitiativeScore> scoreRound(const Assessment& assessment, const RoundData& round,
                                        const ScoringRules& rules = {});

} // namespace lastmile
