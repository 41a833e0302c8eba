// SPDX-License-Identifier: Apache-2.0
#include "migrations.h"

#include "open_checks.h"
#include "schema.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <filesystem>

namespace lastmile::storage {

std::span<const Migration> shippedMigrations()
{
    // Version 2 adds the workshop agenda, the working-copy step adds working copies of a team
    // repository; both only create tables, so no row changes.
    static const Migration steps[] = {{1, agendaSchemaSql()}, {kWorkingCopySchemaVersion - 1, workingCopySchemaSql()}};
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
    }
    return backup;
}

} // namespace lastmile::storage
