// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository.h"
#include "storage/assessment_file.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace lastmile::repository {

// What stopped an operation on a working copy: its file or its repository. Either way both
// sides are as they were, except for NotReplaced (the repository has the merge; syncing again
// converges).
struct CopyError
{
    enum class Kind {
        File,           // `file`: the file could not be opened, read or written
        Repository,     // `repository`: the repository could not be reached, refused, or failed
        NotWorkingCopy, // `file.path` is not a working copy of any repository
        NotReplaced,    // the merged copy could not take the file's place; `file.detail`: the system's reason
    };
    Kind kind = Kind::File;
    storage::StorageError file;
    RepoError repository;
};
template <typename T> using CopyResult = storage::Result<T, CopyError>;

// `progress` below is Repository's (repository.h): the rows done and expected; false cancels
// (RepoError Cancelled), and then nothing changes on either side.
// The file's whole content: its assessment and the agenda of every round that has one.
storage::Result<EngagementContent> fileContent(const storage::AssessmentFile& file);

// Writes `now` as a new working copy at `path` (which must not exist): the content, the agendas
// and `link` with `now`'s base. Returns the storage error, if any; a failure leaves no file.
std::optional<storage::StorageError> writeWorkingCopy(const std::string& path, const PulledEngagement& now,
                                                      const storage::WorkingCopy& link);

// The current time, UTC, ISO 8601 ("2026-11-29T21:40:00Z").
std::string nowUtc();

// The name a new file is built under next to `path` before it takes its own ("PATH.part-PID").
std::string partPath(const std::string& path);

// Writes a working copy of engagement `id` of `repo` at `path`, which must not exist: built under
// partPath and published under its name only when complete, never over a file that appeared
// meanwhile (AlreadyExists). Returns what was pulled.
CopyResult<PulledEngagement> pullWorkingCopy(Repository& repo, const std::string& id, const std::string& path,
                                             const Progress& progress = {});

// A sync of a working copy file that succeeded: what happened, with which repository (its address
// without a password) and engagement (uuid).
struct FileSync
{
    SyncReport report;
    std::string repository;
    std::string engagement;
};

// Merges the working copy at `path` and its engagement both ways (Repository::sync) and replaces
// the file with the merged copy (docs/repository.md, "When a sync fails"). `mode` ReadWrite takes
// the file's writer lock for the sync; ReadOnly is for a caller of this process that holds it
// already (the app's open document). `adjust`, when given, changes what the working copy sends
// (a resolved conflict's value) without touching the file first.
CopyResult<FileSync> syncWorkingCopy(const std::string& path, storage::OpenMode mode, const Progress& progress = {},
                                     const std::function<void(EngagementContent&)>& adjust = {});

// Resolves open conflict `conflictId` of the working copy's engagement by keeping `side`: the
// working copy takes that value (or loses the row, when that side had deleted it; a parent_gone
// conflict changes no row), a sync sends it to the repository, and the repository records the
// choice (Repository::resolveConflict). `mode` as for syncWorkingCopy. UnknownConflict when the
// engagement has no such open conflict; then nothing changes.
CopyResult<FileSync> resolveInWorkingCopy(const std::string& path, storage::OpenMode mode, std::int64_t conflictId,
                                          ConflictSide side, const Progress& progress = {});

} // namespace lastmile::repository
