// SPDX-License-Identifier: Apache-2.0
#include "repository_module.h"

#include "module_loader.h"

#include <utility>

namespace lastmile::modules {

namespace {

// `call` on the module, or what `failed` makes of the reason it cannot be loaded.
template <class Call, class Failed>
auto throughModule(Call call, Failed failed) -> decltype(call(std::declval<const RepositoryModule&>()))
{
    repository::RepoError error;
    const RepositoryModule* module = repositoryModule(&error);
    if (!module) {
        return failed(std::move(error));
    }
    return call(*module);
}

repository::RepoError asIs(repository::RepoError error)
{
    return error;
}

// A working copy's operations report the repository's errors as a CopyError.
repository::CopyError asCopyError(repository::RepoError error)
{
    return repository::CopyError{repository::CopyError::Kind::Repository, {}, std::move(error)};
}

} // namespace

const RepositoryModule* repositoryModule(repository::RepoError* error)
{
    QString reason;
    const RepositoryModule* module = load<RepositoryModule>(QStringLiteral("repository"), &reason);
    if (!module && error) {
        *error = repository::RepoError{repository::ErrorCode::Unavailable, {}, reason.toStdString()};
    }
    return module;
}

repository::Result<RepositoryListing> listRepository(const std::string& address)
{
    return throughModule([&](const RepositoryModule& module) { return module.list(address); }, asIs);
}

repository::Result<std::vector<repository::OpenConflict>> openConflicts(const std::string& address,
                                                                        const std::string& id)
{
    return throughModule([&](const RepositoryModule& module) { return module.conflicts(address, id); }, asIs);
}

repository::CopyResult<repository::PulledEngagement> pullWorkingCopy(const std::string& address, const std::string& id,
                                                                     const std::string& path,
                                                                     const repository::Progress& progress)
{
    return throughModule([&](const RepositoryModule& module) { return module.pull(address, id, path, progress); },
                         asCopyError);
}

repository::CopyResult<repository::FileSync> syncWorkingCopy(const std::string& path, storage::OpenMode mode,
                                                             const repository::Progress& progress)
{
    return throughModule([&](const RepositoryModule& module) { return module.sync(path, mode, progress); },
                         asCopyError);
}

repository::CopyResult<repository::FileSync> resolveInWorkingCopy(const std::string& path, storage::OpenMode mode,
                                                                  std::int64_t conflictId,
                                                                  repository::ConflictSide side,
                                                                  const repository::Progress& progress)
{
    return throughModule(
        [&](const RepositoryModule& module) { return module.resolve(path, mode, conflictId, side, progress); },
        asCopyError);
}

} // namespace lastmile::modules
