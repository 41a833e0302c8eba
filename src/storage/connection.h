// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: what the per-area parts of an open file share.
#pragma once

#include "score_summary.h"
#include "storage_error.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// The open SQLite connection of one AssessmentFile, the file's path (for errors) and schema
// version, the question ids of each round's frozen bank, read once (frozen banks never change),
// and the parsed banks the stored scores are computed with. The area helpers (AnswerStore,
// EngagementStore, PlanStore, AgendaStore, WorkingCopyStore) work on it inside the transaction
// AssessmentFile opens; they throw SQLite::Exception and return every rule they refuse as a
// StorageError.
class Connection
{
public:
    Connection(SQLite::Database& db, std::string path, int schemaVersion)
        : m_db(db), m_path(std::move(path)), m_schemaVersion(schemaVersion)
    {
    }

    SQLite::Database& db() const { return m_db; }
    const std::string& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    StorageError error(ErrorCode code, std::string detail) const { return {code, m_path, std::move(detail)}; }

    // The question ids of round `roundId`'s bank; UnknownId when there is no such round,
    // Invalid when its bank does not load.
    Result<const std::set<std::string>*> roundQuestions(std::int64_t roundId);
    // Forgets a removed round's bank (its id may be given to a new round).
    void forgetRound(std::int64_t roundId) { m_roundQuestions.erase(roundId); }
    // The round banks refreshScoreSummaries scores with, kept between transactions.
    RoundBanks& banks() { return m_banks; }

private:
    SQLite::Database& m_db;
    std::string m_path;
    int m_schemaVersion;
    std::map<std::int64_t, std::set<std::string>> m_roundQuestions;
    RoundBanks m_banks;
};

} // namespace lastmile::storage
