// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "schema.h"
#include "storage_error.h"

#include <string>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// Refuses paths that do not exist or are not regular files.
Status checkIsFile(const std::string& path);

// What the first 100 bytes of a file say, read through `fd` without SQLite.
struct FileHeader
{
    int schemaVersion = 0;
};

// Refuses files that are not SQLite, not Lastmile, in WAL mode (Lastmile never writes one),
// or from a newer version.
Result<FileHeader> inspectHeader(int fd, const std::string& path);

// Refuses a file whose file or folder cannot be written (a journal is written beside it), or
// that has no write permission bit at all (marked read-only on purpose).
Status checkWritable(const std::string& path);

// True when a rollback journal with content lies beside the file: an edit may have been
// interrupted and must be rolled back by a writable connection before anyone reads.
bool hasJournal(const std::string& path);

// Switches on SQLite's defensive settings: no triggers, no views, untrusted schema, no
// extension loading, no writes to the schema table.
void harden(SQLite::Database& db);
// Lets the file's triggers run again on a writable connection, so that an edit marks the stored
// scores it changes stale (docs/file-format.md#stored-scores). Only after verifySchema has shown
// that the triggers are exactly Lastmile's own, or for a file this build has just created.
void enableOwnTriggers(SQLite::Database& db);

// The schema objects must be exactly those of schema `version` (the current one unless a file
// of an older version is read as it is): no extra table, index, trigger or view, and no table
// changed.
Status verifySchema(SQLite::Database& db, const std::string& path, int version = kSchemaVersion);
// PRAGMA quick_check must pass (Corrupt otherwise, with SQLite's first finding).
Status quickCheck(SQLite::Database& db, const std::string& path);
// Every index must have as many entries as its table has rows (Corrupt otherwise). A copy taken
// without its journal while an edit was being written can hold a table's pages from after the
// edit and its indexes' pages from before: every page is sound, so quick_check passes it, but
// rows were added or removed in one and not the other. This finds that for a fraction of what
// integrity_check costs (docs/performance.md). Run on a schema verifySchema has accepted.
Status indexCheck(SQLite::Database& db, const std::string& path);

// Makes a finished temporary file the file at `path`: syncs it, then gives it its name without
// ever replacing an existing file (link, or rename with RENAME_NOREPLACE where links are not
// supported), then syncs the folder. The temporary file is gone afterwards, either way.
Status publishFile(const std::string& temporaryPath, const std::string& path);

// Writes a copy of the open database to `path` through SQLite's backup API (a consistent
// snapshot, even of a file opened read-only), published as above; never overwrites.
Status writeConsistentCopy(SQLite::Database& source, const std::string& path);

// A unique name for a temporary file next to `path`.
std::string temporarySibling(const std::string& path);

// Removes a temporary file and its journal, ignoring errors.
void removeTemporary(const std::string& path);

} // namespace lastmile::storage
