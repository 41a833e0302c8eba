// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/working_copy_file.h"

#include <QtPlugin>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lastmile::modules {

// A repository's engagements with the number of open conflicts of each that has any.
struct RepositoryListing
{
    std::vector<repository::EngagementSummary> engagements;
    std::vector<std::pair<std::string, std::int64_t>> openConflicts; // engagement id, count
};

// The repository module (lastmile-repository.so): the team repository (libpqxx, libpq). Each
// call connects to `address` (a libpq connection string) on a connection of its own and may
// block: the app calls them on worker threads. Errors and progress as repository.h and
// working_copy_file.h say.
class RepositoryModule
{
public:
    virtual ~RepositoryModule() = default;
    virtual repository::Result<RepositoryListing> list(const std::string& address) const = 0;
    virtual repository::Result<std::vector<repository::OpenConflict>> conflicts(const std::string& address,
                                                                                const std::string& id) const = 0;
    // repository::pullWorkingCopy into `path`.
    virtual repository::CopyResult<repository::PulledEngagement> pull(const std::string& address, const std::string& id,
                                                                      const std::string& path,
                                                                      const repository::Progress& progress) const = 0;
    // repository::syncWorkingCopy and resolveInWorkingCopy.
    virtual repository::CopyResult<repository::FileSync> sync(const std::string& path, storage::OpenMode mode,
                                                              const repository::Progress& progress) const = 0;
    virtual repository::CopyResult<repository::FileSync> resolve(const std::string& path, storage::OpenMode mode,
                                                                 std::int64_t conflictId, repository::ConflictSide side,
                                                                 const repository::Progress& progress) const = 0;
};

// The repository module, loaded on the first call (from any thread); null with the reason in
// `error` (a RepoError Unavailable naming the module) when it cannot be loaded.
const RepositoryModule* repositoryModule(repository::RepoError* error);

// The same calls through the module; when it cannot be loaded, the RepoError Unavailable (a
// CopyError of kind Repository for the working copies), nothing changed.
repository::Result<RepositoryListing> listRepository(const std::string& address);
repository::Result<std::vector<repository::OpenConflict>> openConflicts(const std::string& address,
                                                                        const std::string& id);
repository::CopyResult<repository::PulledEngagement> pullWorkingCopy(const std::string& address, const std::string& id,
                                                                     const std::string& path,
                                                                     const repository::Progress& progress);
repository::CopyResult<repository::FileSync> syncWorkingCopy(const std::string& path, storage::OpenMode mode,
                                                             const repository::Progress& progress);
repository::CopyResult<repository::FileSync> resolveInWorkingCopy(const std::string& path, storage::OpenMode mode,
                                                                  std::int64_t conflictId,
                                                                  repository::ConflictSide side,
                                                                  const repository::Progress& progress);

} // namespace lastmile::modules

Q_DECLARE_INTERFACE(lastmile::modules::RepositoryModule, "org.lastmile.Lastmile.RepositoryModule/1")
