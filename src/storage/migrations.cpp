// SPDX-License-Identifier: Apache-2.0
#include "migrations.h"

#include "open_checks.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <filesystem>

namespace lastmile::storage {

std::span<const Migration> shippedMigrations()
{
    return {};
}

namespace {

std::string freeBackupPath(const std::string& path, int version)
{
    const std::string base = path + ".v" + std::to_string(version) + ".bak";
    std::string candidate = base;
    for (int n = 2; std::filesystem::exists(candidate); ++n) {
        candidate = base + "." + std::to_string(n);
    }
    return candidate;
}

} // namespace

Result<std::string> migrate(SQLite::Database& db, const std::string& path, int version,
                            std::span<const Migration> steps)
{
    const std::string backup = freeBackupPath(path, version);
    const std::string temporary = temporarySibling(backup);
    try {
        SQLite::Statement vacuum(db, "VACUUM INTO ?");
        vacuum.bind(1, temporary);
        vacuum.exec();
    } catch (const SQLite::Exception& error) {
        std::filesystem::remove(temporary);
        return errorFromSqlite(error, backup);
    }
    if (Status published = publishFile(temporary, backup); !published) {
        return published.error();
    }
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        int current = version;
        for (const Migration& step : steps) {
            if (step.fromVersion != current) {
                continue;
            }
            db.exec(std::string(step.sql));
            ++current;
        }
        db.exec("PRAGMA user_version = " + std::to_string(current));
        transaction.commit();
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    }
    return backup;
}

} // namespace lastmile::storage
