// SPDX-License-Identifier: Apache-2.0
#include "round_reader.h"

#include "assessment_tables.h"
#include "open_checks.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

namespace lastmile::storage {

namespace {

constexpr int kBusyTimeoutMs = 2000;
constexpr int kBusyPollMs = 10;
constexpr int kStepsBetweenPolls = 1000;

StorageError cancelledError(const std::string& path)
{
    return StorageError{ErrorCode::Io, path, "cancelled"};
}

} // namespace

RoundReader::RoundReader(std::string path, std::unique_ptr<SQLite::Database> db)
    : m_path(std::move(path)), m_db(std::move(db))
{
    // SQLite calls this every kStepsBetweenPolls steps of a statement; non-zero interrupts it.
    sqlite3_progress_handler(
        m_db->getHandle(), kStepsBetweenPolls,
        [](void* flag) { return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0; }, &m_cancelled);
    // While a writer holds the file, wait as the file's own connection does (kBusyTimeoutMs), in
    // short sleeps that a cancel ends.
    sqlite3_busy_handler(
        m_db->getHandle(),
        [](void* flag, int count) {
            if (static_cast<std::atomic<bool>*>(flag)->load() || count * kBusyPollMs >= kBusyTimeoutMs) {
                return 0;
            }
            sqlite3_sleep(kBusyPollMs);
            return 1;
        },
        &m_cancelled);
}

RoundReader::~RoundReader()
{
    sqlite3_progress_handler(m_db->getHandle(), 0, nullptr, nullptr);
    sqlite3_busy_handler(m_db->getHandle(), nullptr, nullptr);
}

Result<std::unique_ptr<RoundReader>> RoundReader::open(const std::string& path)
{
    try {
        auto db = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX);
        harden(*db);
        db->exec("PRAGMA query_only = ON");
        return std::unique_ptr<RoundReader>(new RoundReader(path, std::move(db)));
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    }
}

Result<RoundAnswers> RoundReader::read(std::int64_t roundId)
{
    if (m_cancelled.load()) {
        return cancelledError(m_path);
    }
    try {
        RoundData round;
        round.round.id = roundId;
        SQLite::Transaction snapshot(*m_db, SQLite::TransactionBehavior::DEFERRED);
        readRoundAnswers(*m_db, round);
        snapshot.commit();
        return RoundAnswers{roundId, std::move(round.answers), std::move(round.consensus)};
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, m_path, error.what()};
    } catch (const SQLite::Exception& error) {
        if (m_cancelled.load()) {
            return cancelledError(m_path);
        }
        return errorFromSqlite(error, m_path);
    }
}

} // namespace lastmile::storage
