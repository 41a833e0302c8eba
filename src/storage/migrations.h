// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage_error.h"

#include <functional>
#include <span>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// One schema upgrade: the statements that take a file from `fromVersion` to fromVersion + 1.
// After the last step the schema must equal a fresh file's schema exactly (verifySchema), so
// a step that alters a table rebuilds it with the new table's CREATE statement.
struct Migration
{
    int fromVersion;
    std::string_view sql;
    // Fills what the new tables hold, after `sql`, in the same transaction; throws
    // SQLite::Exception (or InvalidRow) to refuse. None for a step that only adds empty tables.
    void (*fill)(SQLite::Database& db) = nullptr;
};

// The upgrades this build knows: 1 -> 2 adds the workshop agenda, 2 -> 3 the stored scores,
// 3 -> 4 working copies of a team repository, 4 -> 5 the disagreement counts of the stored scores.
std::span<const Migration> shippedMigrations();

// Upgrades the open file at `path` from `version` to `targetVersion`: first writes a
// consistent backup next to it (`<path>.v<version>.bak`, never overwriting one), then, in one
// transaction, runs the steps, sets user_version, and commits only if `verify` accepts the
// result. On any failure the file is as it was. Returns the path of the backup.
Result<std::string> migrate(SQLite::Database& db, const std::string& path, int version, int targetVersion,
                            std::span<const Migration> steps, const std::function<Status()>& verify);

} // namespace lastmile::storage
