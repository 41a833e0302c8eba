// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage_error.h"

#include <span>
#include <string>
#include <string_view>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// One schema upgrade: the statements that take a file from `fromVersion` to fromVersion + 1.
// After the last step the schema must equal a fresh file's schema exactly (verifySchema).
struct Migration
{
    int fromVersion;
    std::string_view sql;
};

// The upgrades this build knows. Schema version 1 is the first; there are none yet.
std::span<const Migration> shippedMigrations();

// Upgrades the open file at `path` from `version` to the last step's target: first writes a
// consistent backup next to it (`<path>.v<version>.bak`, never overwriting one), then runs
// every step and the new user_version in one transaction. On any failure the file is as it
// was. Returns the path of the backup.
Result<std::string> migrate(SQLite::Database& db, const std::string& path, int version,
                            std::span<const Migration> steps);

} // namespace lastmile::storage
