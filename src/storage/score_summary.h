// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the stored score of each initiative in each round (schema version 3,
// docs/file-format.md#stored-scores), kept in step with the answers in every edit's transaction.
#pragma once

#include "core/question_bank.h"
#include "core/scoring.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// The frozen banks of a file's rounds, parsed once each. A bank is used only while its round
// still holds the text it was parsed from (a removed round's id can be given to a new round).
class RoundBanks
{
public:
    // The bank of round `roundId`; nullptr when there is no such round or its bank does not
    // parse. Throws SQLite::Exception.
    const QuestionBank* bank(SQLite::Database& db, std::int64_t roundId);

private:
    struct Entry
    {
        std::string json;
        QuestionBank bank;
    };
    std::map<std::int64_t, Entry> m_banks;
};

// Recomputes the stored score of every (round, initiative) that score_stale lists, from that
// initiative's answers and consensus answers in that round, and empties score_stale. Runs in the
// transaction the caller has open, so the scores commit with the edit that changed them. A pair
// whose round or initiative is gone, or that has no answers left, keeps no stored score.
// Throws SQLite::Exception and InvalidRow.
void refreshScoreSummaries(SQLite::Database& db, RoundBanks& banks);

// Marks every (round, initiative) with answers or consensus answers stale: the migration to
// schema version 3, whose scores the step to version 5 computes. Throws SQLite::Exception.
void markScoresStale(SQLite::Database& db);

// The migration to schema version 5: marks every initiative with answers in a round stale and
// computes its score (disagreement counts included). Throws as refreshScoreSummaries.
void fillScoreSummaries(SQLite::Database& db);

// The stored scores of round `roundId`, whose frozen bank is `bank`, for the initiatives
// `initiativeIds` (those not archived, in the file's order), as scoreRound() computes them from
// the answers under the default ScoringRules; see AssessmentFile::loadStoredScores for what is
// filled in and when they are trusted. nullopt when they are not. Needs schema version 5.
// Throws SQLite::Exception.
std::optional<std::vector<InitiativeScore>> trustedStoredScores(SQLite::Database& db, std::int64_t roundId,
                                                                const QuestionBank& bank,
                                                                const std::vector<std::int64_t>& initiativeIds);

} // namespace lastmile::storage
