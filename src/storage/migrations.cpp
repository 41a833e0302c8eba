// SPDX-License-Identifier: Apache-2.0
#include "migrations.h"

#include "assessment_tables.h"
#include "open_checks.h"
#include "schema.h"
#include "score_summary.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <filesystem>

namespace lastmile::storage {

std::span<const Migration> shippedMigrations()
{
    // Version 2 adds the workshop agenda; it only creates tables, so no row changes. Version 3
    // adds the stored scores and marks every score stale (computed by the step to version 5, whose
    // table they need). Version 4 adds working copies of a team repository; it only creates
    // tables. Version 5 rebuilds friction_score with its disagreement counts and computes every
    // stored score again from the answers.
    static const Migration steps[] = {{1, agendaSchemaSql()},
                                      {2, scoreSummarySchemaSql(), &markScoresStale},
                                      {3, workingCopySchemaSql()},
                                      {4, storedDisagreementsSchemaSql(), &fillScoreSummaries}};
    return steps;
}

namespace {

std::string freeBackupPath(const std::string& path, int version)
{
    const std::string base = path + ".v" + std::to_string(version) + ".bak";
    std::string candidate = base;
    std::error_code ignored;
    for (int n = 2; std::filesystem::exists(candidate, ignored); ++n) {
        candidate = base + "." + std::to_string(n);
    }
    return candidate;
}

} // namespace

Result<std::string> migrate(SQLite::Database& db, const std::string& path, int version, int targetVersion,
                            std::span<const Migration> steps, const std::function<Status()>& verify)
{
    const std::string backup = freeBackupPath(path, version);
    if (Status copied = writeConsistentCopy(db, backup); !copied) {
        return copied.error();
    }
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        int current = version;
        for (const Migration& step : steps) {
            if (step.fromVersion == current && current < targetVersion) {
                db.exec(std::string(step.sql));
                if (step.fill) {
                    step.fill(db);
                }
                ++current;
            }
        }
        if (current != targetVersion) {
            return StorageError{ErrorCode::Invalid, path, "no upgrade from schema version " + std::to_string(current)};
        }
        db.exec("PRAGMA user_version = " + std::to_string(current));
        if (Status accepted = verify(); !accepted) {
            return accepted.error(); // the transaction rolls back as it goes out of scope
        }
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    } catch (const InvalidRow& error) {
        return StorageError{ErrorCode::Invalid, path, error.what()};
    }
    return backup;
}

} // namespace lastmile::storage
