// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the stored score of each initiative in each round (schema version 3,
// docs/file-format.md#stored-scores), kept in step with the answers in every edit's transaction.
#pragma once

#include "core/question_bank.h"

#include <cstdint>
#include <map>
#include <string>

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

// The migration from schema version 2: marks every initiative with answers in a round stale and
// computes its score. Throws as refreshScoreSummaries.
void fillScoreSummaries(SQLite::Database& db);

} // namespace lastmile::storage
