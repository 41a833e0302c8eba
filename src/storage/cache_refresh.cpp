// SPDX-License-Identifier: Apache-2.0
#include "cache_refresh.h"

#include "assessment_tables.h"

#include <SQLiteCpp/Database.h>
#include <algorithm>
#include <set>

namespace lastmile::storage {

namespace {

RoundData* roundById(Assessment& assessment, std::int64_t roundId)
{
    const auto found = std::find_if(assessment.rounds.begin(), assessment.rounds.end(),
                                    [&](const RoundData& round) { return round.round.id == roundId; });
    return found == assessment.rounds.end() ? nullptr : &*found;
}

template <typename Record>
void replaceRecord(std::vector<Record>& records, const Record* old, std::optional<Record> fresh)
{
    if (old && fresh) {
        records[std::size_t(old - records.data())] = std::move(*fresh);
    } else if (old) {
        records.erase(records.begin() + (old - records.data()));
    } else if (fresh) {
        records.push_back(std::move(*fresh));
    }
}

void refreshAnswer(SQLite::Database& db, RoundData& round, const Change& change)
{
    auto fresh = readAnswer(db, change.roundId, change.initiativeId, change.questionId, change.respondentId);
    const AnswerRecord* old = findAnswer(round, change.initiativeId, change.questionId, change.respondentId);
    replaceRecord(round.answers, old, std::move(fresh));
}

void refreshConsensus(SQLite::Database& db, RoundData& round, const Change& change)
{
    auto fresh = readConsensus(db, change.roundId, change.initiativeId, change.questionId);
    const ConsensusRecord* old = findConsensus(round, change.initiativeId, change.questionId);
    replaceRecord(round.consensus, old, std::move(fresh));
}

// After initiatives were removed, the answers their removal took along go from the cache too.
void dropAnswersOfRemovedInitiatives(Assessment& assessment)
{
    std::set<std::int64_t> present;
    for (const Initiative& initiative : assessment.initiatives) {
        present.insert(initiative.id);
    }
    const auto gone = [&](const auto& record) { return present.count(record.initiativeId) == 0; };
    for (RoundData& round : assessment.rounds) {
        round.answers.erase(std::remove_if(round.answers.begin(), round.answers.end(), gone), round.answers.end());
        round.consensus.erase(std::remove_if(round.consensus.begin(), round.consensus.end(), gone),
                              round.consensus.end());
    }
}

void refreshRounds(SQLite::Database& db, Assessment& assessment)
{
    std::vector<RoundData> rounds = readRounds(db);
    for (RoundData& round : rounds) {
        if (RoundData* cached = roundById(assessment, round.round.id)) {
            round.answers = std::move(cached->answers); // a round's answers change only by their own edits
            round.consensus = std::move(cached->consensus);
        } else {
            readRoundAnswers(db, round);
        }
    }
    assessment.rounds = std::move(rounds);
}

} // namespace

void refreshAssessment(SQLite::Database& db, Assessment& assessment, const Change& change)
{
    using Kind = Change::Kind;
    RoundData* round = roundById(assessment, change.roundId);
    switch (change.kind) {
    case Kind::Answer:
        if (round) {
            refreshAnswer(db, *round, change);
            return;
        }
        break;
    case Kind::Consensus:
        if (round) {
            refreshConsensus(db, *round, change);
            return;
        }
        break;
    case Kind::Organization:
        assessment.organization = readOrganization(db);
        return;
    case Kind::Initiative: {
        auto initiatives = readInitiatives(db);
        auto actions = readActions(db);
        auto targets = readTargets(db);
        assessment.initiatives = std::move(initiatives);
        assessment.actions = std::move(actions);
        assessment.targets = std::move(targets);
        dropAnswersOfRemovedInitiatives(assessment);
        return;
    }
    case Kind::Round:
        break;
    case Kind::Respondent:
        if (round) {
            RoundData fresh;
            fresh.round = round->round;
            auto respondents = readRespondentsOf(db, change.roundId);
            readRoundAnswers(db, fresh); // a removal takes the respondent's answers along
            round->respondents = std::move(respondents);
            round->answers = std::move(fresh.answers);
            round->consensus = std::move(fresh.consensus);
            return;
        }
        break;
    case Kind::Action:
        assessment.actions = readActions(db);
        return;
    case Kind::Target:
        assessment.targets = readTargets(db);
        return;
    case Kind::Branding:
        assessment.branding = readBranding(db);
        return;
    case Kind::Agenda:
        return;
    }
    refreshRounds(db, assessment); // a round added, renamed or removed, or one the cache did not know
}

} // namespace lastmile::storage
