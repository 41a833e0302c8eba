// SPDX-License-Identifier: Apache-2.0
// Working copies as files: pulling one, syncing it, and resolving its conflicts; shared by the
// command line and the app.
#include "working_copy_file.h"

#include "row_set.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <unistd.h>

namespace lastmile::repository {

namespace {

CopyError fileError(storage::StorageError error)
{
    return {CopyError::Kind::File, std::move(error), {}};
}

CopyError repoError(RepoError error)
{
    return {CopyError::Kind::Repository, {}, std::move(error)};
}

// Cancelled before anything changed, when the caller says so.
std::optional<CopyError> cancelled(const Progress& progress, const std::string& address, std::int64_t done,
                                   std::int64_t total)
{
    if (progress && !progress(done, total)) {
        return repoError({ErrorCode::Cancelled, address, {}});
    }
    return std::nullopt;
}

void removeQuietly(const std::string& path)
{
    std::error_code ignored;
    std::filesystem::remove(path, ignored);
}

// An open working copy and its repository, ready to sync.
struct OpenCopy
{
    std::unique_ptr<storage::AssessmentFile> file;
    storage::WorkingCopy link;
    EngagementContent content;
    std::unique_ptr<Repository> repo;
    std::string role;
};

CopyResult<OpenCopy> openCopy(const std::string& path, storage::OpenMode mode, const Progress& progress)
{
    auto file = storage::AssessmentFile::open(path, mode);
    if (!file) {
        return fileError(file.error());
    }
    auto link = (*file)->loadWorkingCopy();
    if (!link) {
        return fileError(link.error());
    }
    if (!link->has_value()) {
        return CopyError{CopyError::Kind::NotWorkingCopy, {storage::ErrorCode::Invalid, path, {}}, {}};
    }
    auto content = fileContent(**file);
    if (!content) {
        return fileError(content.error());
    }
    OpenCopy open{std::move(*file), std::move(**link), std::move(*content), nullptr, {}};
    if (auto stop = cancelled(progress, open.link.repository, 0, 0)) {
        return *stop;
    }
    auto connected = Repository::connect(open.link.repository);
    if (!connected) {
        return repoError(connected.error());
    }
    open.repo = std::move(*connected);
    auto role = open.repo->role();
    if (!role) {
        return repoError(role.error());
    }
    open.role = std::move(*role);
    return open;
}

CopyResult<FileSync> syncOpen(OpenCopy& open, const std::string& path, const Progress& progress)
{
    const std::string part = partPath(path);
    std::optional<storage::StorageError> failed;
    const std::string address = open.repo->address();
    const Repository::BeforeCommit writeCopy = [&](const std::string& id, const PulledEngagement& now,
                                                   std::string& problem) {
        failed = writeWorkingCopy(part, now, {address, id, nowUtc(), open.role, {}});
        if (failed) {
            problem = failed->detail;
        }
        return !failed;
    };
    auto report = open.repo->sync(open.link.engagement, open.link.base, open.content, writeCopy, progress);
    if (!report) {
        removeQuietly(part);
        if (failed) {
            return fileError(*failed);
        }
        return repoError(report.error());
    }
    // The merged copy takes the file's place while this process still holds the file's writer lock.
    if (std::rename(part.c_str(), path.c_str()) != 0) {
        const int error = errno;
        removeQuietly(part);
        return CopyError{CopyError::Kind::NotReplaced, {storage::ErrorCode::Io, path, std::strerror(error)}, {}};
    }
    open.file.reset();
    return FileSync{std::move(*report), address, open.link.engagement};
}

} // namespace

storage::Result<EngagementContent> fileContent(const storage::AssessmentFile& file)
{
    storage::Result<Assessment> assessment = file.load();
    if (!assessment) {
        return assessment.error();
    }
    EngagementContent content{std::move(*assessment), {}};
    for (const RoundData& round : content.assessment.rounds) {
        storage::Result<std::optional<Agenda>> agenda = file.loadAgenda(round.round.id);
        if (!agenda) {
            return agenda.error();
        }
        if (agenda->has_value()) {
            content.agendas.push_back(**agenda);
        }
    }
    return content;
}

std::string nowUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::optional<storage::StorageError> writeWorkingCopy(const std::string& path, const PulledEngagement& pulled,
                                                      const storage::WorkingCopy& link)
{
    auto file = storage::AssessmentFile::create(path, pulled.content.assessment);
    if (!file) {
        return file.error();
    }
    std::optional<storage::StorageError> failed;
    for (const Agenda& agenda : pulled.content.agendas) {
        if (storage::Status set = (*file)->setAgenda(agenda); !set && !failed) {
            failed = set.error();
        }
    }
    storage::WorkingCopy copy = link;
    copy.base = pulled.base;
    if (storage::Status set = (*file)->setWorkingCopy(copy); !set && !failed) {
        failed = set.error();
    }
    file->reset();
    if (failed) {
        removeQuietly(path);
    }
    return failed;
}

std::string partPath(const std::string& path)
{
    return path + ".part-" + std::to_string(::getpid());
}

CopyResult<PulledEngagement> pullWorkingCopy(Repository& repo, const std::string& id, const std::string& path,
                                             const Progress& progress)
{
    if (auto stop = cancelled(progress, repo.address(), 0, 0)) {
        return *stop;
    }
    const auto role = repo.role();
    if (!role) {
        return repoError(role.error());
    }
    auto pulled = repo.pull(id, progress);
    if (!pulled) {
        return repoError(pulled.error());
    }
    if (auto stop = cancelled(progress, repo.address(), 0, 0)) {
        return *stop;
    }
    const std::string part = partPath(path);
    if (auto failed = writeWorkingCopy(part, *pulled, {repo.address(), id, nowUtc(), *role, {}})) {
        return fileError(*failed);
    }
    // Published under its name only when complete, and never over a file that appeared meanwhile.
    const int linked = ::link(part.c_str(), path.c_str());
    const int error = errno;
    removeQuietly(part);
    if (linked != 0) {
        return fileError(
            {error == EEXIST ? storage::ErrorCode::AlreadyExists : storage::ErrorCode::Io, path, std::strerror(error)});
    }
    return std::move(*pulled);
}

CopyResult<FileSync> syncWorkingCopy(const std::string& path, storage::OpenMode mode, const Progress& progress,
                                     const std::function<void(EngagementContent&)>& adjust)
{
    auto open = openCopy(path, mode, progress);
    if (!open) {
        return open.error();
    }
    if (adjust) {
        adjust(open->content);
    }
    return syncOpen(*open, path, progress);
}

CopyResult<FileSync> resolveInWorkingCopy(const std::string& path, storage::OpenMode mode, std::int64_t conflictId,
                                          ConflictSide side, const Progress& progress)
{
    auto open = openCopy(path, mode, progress);
    if (!open) {
        return open.error();
    }
    Repository& repo = *open->repo;
    const std::string& engagement = open->link.engagement;
    const auto conflicts = repo.conflicts(engagement);
    if (!conflicts) {
        return repoError(conflicts.error());
    }
    const auto conflict = std::find_if(conflicts->begin(), conflicts->end(),
                                       [&](const OpenConflict& found) { return found.id == conflictId; });
    if (conflict == conflicts->end()) {
        return repoError({ErrorCode::UnknownConflict, repo.address(), std::to_string(conflictId)});
    }
    if (conflict->kind != "parent_gone") {
        // The working copy takes the chosen value; the sync then sends it (a row changed here only).
        const std::string& chosen = side == ConflictSide::Local ? conflict->local : conflict->remote;
        RowSet rows = rowsOf(open->content);
        const RowKey key{conflict->table, conflict->key};
        std::string problem = "the conflict's value is not a row";
        if (chosen.empty()) {
            rows.erase(key);
        } else if (nlohmann::json value = nlohmann::json::parse(chosen, nullptr, false); !value.is_discarded()) {
            rows[key] = std::move(value);
        } else {
            return repoError({ErrorCode::Invalid, repo.address(), problem});
        }
        std::optional<EngagementContent> changed = contentOf(rows, problem);
        if (!changed) {
            return repoError({ErrorCode::Invalid, repo.address(), problem});
        }
        open->content = std::move(*changed);
    }
    auto synced = syncOpen(*open, path, progress);
    if (!synced) {
        return synced.error();
    }
    if (const Status recorded = repo.resolveConflict(engagement, conflictId, side); !recorded) {
        return repoError(recorded.error());
    }
    return synced;
}

} // namespace lastmile::repository
