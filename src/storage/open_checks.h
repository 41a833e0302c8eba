// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage_error.h"

#include <string>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// What the first 100 bytes of a file say, read without SQLite.
struct FileHeader
{
    int schemaVersion = 0;
};

// Refuses files that are missing, not SQLite, not Lastmile, or from a newer version.
Result<FileHeader> inspectHeader(const std::string& path);

// Refuses a file whose file or folder cannot be written (a journal is written beside it).
Status checkWritable(const std::string& path);

// An exclusive advisory lock (flock) held while a file is open for writing, so that a second
// Lastmile writer, in this or another process, is refused. Returns the descriptor to keep.
Result<int> acquireWriterLock(const std::string& path);
void releaseWriterLock(int fd);

// Switches on SQLite's defensive settings: no triggers, no views, untrusted schema, no
// extension loading, no writes to the schema table.
void harden(SQLite::Database& db);

// The schema objects must be exactly those of the version's schema: no extra table, index,
// trigger or view. Then PRAGMA quick_check must pass.
Status verifySchema(SQLite::Database& db, const std::string& path, int schemaVersion);
Status quickCheck(SQLite::Database& db, const std::string& path);

// Makes a finished temporary file the file at `path`, refusing to replace one, and syncs the
// folder so the new name survives a crash.
Status publishFile(const std::string& temporaryPath, const std::string& path);

// A unique name for a temporary file next to `path`.
std::string temporarySibling(const std::string& path);

} // namespace lastmile::storage
