// SPDX-License-Identifier: Apache-2.0
// Working copies on the command line: writing one, and lastmile-cli repo sync.
#include "repo_sync.h"

#include "command.h"
#include "console.h"
#include "repo_messages.h"
#include "storage_text/storage_messages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unistd.h>

namespace lastmile::cli {

storage::Result<repository::EngagementContent> fileContent(const storage::AssessmentFile& file)
{
    storage::Result<Assessment> assessment = file.load();
    if (!assessment) {
        return assessment.error();
    }
    repository::EngagementContent content{std::move(*assessment), {}};
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
    return toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
}

std::optional<storage::StorageError>
writeWorkingCopy(const std::string& path, const repository::PulledEngagement& pulled, const storage::WorkingCopy& link)
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
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
    return failed;
}

std::string partPath(const std::string& path)
{
    return path + ".part-" + std::to_string(::getpid());
}

namespace {

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    static QString kind(const std::string& kind)
    {
        if (kind == "both_changed") {
            return tr("changed here and in the repository");
        }
        if (kind == "both_added") {
            return tr("added here and in the repository with different values");
        }
        if (kind == "deleted_here") {
            return tr("deleted here, changed in the repository");
        }
        if (kind == "deleted_there") {
            return tr("changed here, deleted in the repository");
        }
        return tr("changed, but what it belongs to was deleted");
    }

    static QString kept(const repository::ConflictReport& conflict)
    {
        if (conflict.kind == "parent_gone") {
            return tr("left out; both values are kept with the conflict");
        }
        return conflict.keptLocal ? tr("your value was kept; the other is kept with the conflict")
                                  : tr("the repository's value was kept; yours is kept with the conflict");
    }
};

} // namespace

int syncWorkingCopy(const QString& path)
{
    auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadWrite);
    if (!file) {
        return reportStorageError(file.error());
    }
    const auto link = (*file)->loadWorkingCopy();
    if (!link) {
        return reportStorageError(link.error());
    }
    if (!link->has_value()) {
        return reportFailure(path, SyncText::tr("the file is not a working copy of a repository; add it to one with "
                                                "\"lastmile-cli repo push FILE URI\""));
    }
    const storage::WorkingCopy& copy = **link;
    const auto content = fileContent(**file);
    if (!content) {
        return reportStorageError(content.error());
    }
    auto connected = repository::Repository::connect(copy.repository);
    if (!connected) {
        return reportRepoError(connected.error());
    }
    repository::Repository& repo = **connected;
    const auto role = repo.role();
    if (!role) {
        return reportRepoError(role.error());
    }
    const std::string target = toStd(path);
    const std::string part = partPath(target);
    std::optional<storage::StorageError> fileError;
    const auto report =
        repo.sync(copy.engagement, copy.base, *content,
                  [&](const std::string& id, const repository::PulledEngagement& now, std::string& problem) {
                      fileError = writeWorkingCopy(part, now, {copy.repository, id, nowUtc(), *role, {}});
                      if (fileError) {
                          problem = toStd(text::StorageMessages::storageErrorWithDetail(*fileError));
                      }
                      return !fileError;
                  });
    if (!report) {
        std::error_code ignored;
        std::filesystem::remove(part, ignored);
        return fileError ? reportStorageError(*fileError) : reportRepoError(report.error());
    }
    // The merged copy takes the file's place while this process still holds the file's writer lock.
    if (std::rename(part.c_str(), target.c_str()) != 0) {
        const int error = errno;
        std::error_code ignored;
        std::filesystem::remove(part, ignored);
        return reportFailure(path, SyncText::tr("the repository has the merge, but the file could not be replaced "
                                                "(%1); run the sync again")
                                       .arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    file->reset();
    printOut(SyncText::tr("%1: synced with %2: %3 sent, %4 received")
                 .arg(path, QString::fromStdString(repo.address()),
                      SyncText::tr("%n change(s)", nullptr, static_cast<int>(report->sent)),
                      SyncText::tr("%n change(s)", nullptr, static_cast<int>(report->received))));
    if (report->renumbered > 0) {
        printOut(SyncText::tr("%n row(s) added here got a new id, because the repository had given theirs to "
                              "another row meanwhile",
                              nullptr, static_cast<int>(report->renumbered)));
    }
    for (const repository::ConflictReport& conflict : report->conflicts) {
        QString line = SyncText::tr("conflict: %1 %2: %3; %4")
                           .arg(QString::fromStdString(conflict.table), QString::fromStdString(conflict.key),
                                SyncText::kind(conflict.kind), SyncText::kept(conflict));
        if (!conflict.remoteBy.empty()) {
            line += SyncText::tr(" (the repository's value by %1 at %2)")
                        .arg(QString::fromStdString(conflict.remoteBy), QString::fromStdString(conflict.remoteAt));
        }
        printOut(line);
    }
    return report->conflicts.empty() ? Success : ConflictsKept;
}

} // namespace lastmile::cli
