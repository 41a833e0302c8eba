// SPDX-License-Identifier: Apache-2.0
// lastmile-repository.so: the team repository as a Qt plugin (repository_module.h).
#include "repository/repository.h"
#include "repository_module.h"

#include <QObject>

namespace lastmile::modules {

class RepositoryPlugin : public QObject, public RepositoryModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.lastmile.Lastmile.RepositoryModule/1")
    Q_INTERFACES(lastmile::modules::RepositoryModule)

public:
    repository::Result<RepositoryListing> list(const std::string& address) const override
    {
        auto connected = repository::Repository::connect(address);
        if (!connected) {
            return connected.error();
        }
        auto engagements = (*connected)->list();
        if (!engagements) {
            return engagements.error();
        }
        auto counts = (*connected)->openConflictCounts();
        if (!counts) {
            return counts.error();
        }
        return RepositoryListing{std::move(*engagements), std::move(*counts)};
    }

    repository::Result<std::vector<repository::OpenConflict>> conflicts(const std::string& address,
                                                                        const std::string& id) const override
    {
        auto connected = repository::Repository::connect(address);
        if (!connected) {
            return connected.error();
        }
        return (*connected)->conflicts(id);
    }

    repository::CopyResult<repository::PulledEngagement> pull(const std::string& address, const std::string& id,
                                                              const std::string& path,
                                                              const repository::Progress& progress) const override
    {
        auto connected = repository::Repository::connect(address);
        if (!connected) {
            return repository::CopyError{repository::CopyError::Kind::Repository, {}, connected.error()};
        }
        return repository::pullWorkingCopy(**connected, id, path, progress);
    }

    repository::CopyResult<repository::FileSync> sync(const std::string& path, storage::OpenMode mode,
                                                      const repository::Progress& progress) const override
    {
        return repository::syncWorkingCopy(path, mode, progress);
    }

    repository::CopyResult<repository::FileSync> resolve(const std::string& path, storage::OpenMode mode,
                                                         std::int64_t conflictId, repository::ConflictSide side,
                                                         const repository::Progress& progress) const override
    {
        return repository::resolveInWorkingCopy(path, mode, conflictId, side, progress);
    }
};

} // namespace lastmile::modules

#include "repository_plugin.moc"
