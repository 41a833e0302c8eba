// SPDX-License-Identifier: Apache-2.0
// Working copies on the command line: lastmile-cli repo sync, conflicts and resolve.
#include "repo_sync.h"

#include "command.h"
#include "console.h"
#include "repo_messages.h"
#include "repository/working_copy_file.h"
#include "repository_text/repository_messages.h"

#include <QCoreApplication>

namespace lastmile::cli {

namespace {

using text::RepositoryMessages;

class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// Prints what a sync of `path` did, one line per conflict; the exit status.
int reportSync(const QString& path, const repository::FileSync& synced)
{
    const repository::SyncReport& report = synced.report;
    printOut(SyncText::tr("%1: synced with %2: %3 sent, %4 received")
                 .arg(path, fromStd(synced.repository),
                      SyncText::tr("%n change(s)", nullptr, static_cast<int>(report.sent)),
                      SyncText::tr("%n change(s)", nullptr, static_cast<int>(report.received))));
    if (report.renumbered > 0) {
        printOut(SyncText::tr("%n row(s) added here got a new id, because the repository had given theirs to "
                              "another row meanwhile",
                              nullptr, static_cast<int>(report.renumbered)));
    }
    for (const repository::ConflictReport& conflict : report.conflicts) {
        QString line =
            SyncText::tr("conflict: %1 %2: %3; %4")
                .arg(fromStd(conflict.table), fromStd(conflict.key), RepositoryMessages::conflictKind(conflict.kind),
                     RepositoryMessages::conflictKept(conflict.kind, conflict.keptLocal));
        if (!conflict.remoteBy.empty()) {
            line += SyncText::tr(" (the repository's value by %1 at %2)")
                        .arg(fromStd(conflict.remoteBy), fromStd(conflict.remoteAt));
        }
        printOut(line);
    }
    return report.conflicts.empty() ? Success : ConflictsKept;
}

} // namespace

int syncWorkingCopy(const QString& path)
{
    const auto synced = repository::syncWorkingCopy(toStd(path), storage::OpenMode::ReadWrite);
    return synced ? reportSync(path, *synced) : reportCopyError(synced.error());
}

int listConflicts(const QString& path)
{
    auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
    if (!file) {
        return reportStorageError(file.error());
    }
    const auto link = (*file)->loadWorkingCopy();
    if (!link) {
        return reportStorageError(link.error());
    }
    if (!link->has_value()) {
        return reportCopyError({repository::CopyError::Kind::NotWorkingCopy, {{}, toStd(path), {}}, {}});
    }
    const auto content = repository::fileContent(**file);
    if (!content) {
        return reportStorageError(content.error());
    }
    auto connected = repository::Repository::connect((*link)->repository);
    if (!connected) {
        return reportRepoError(connected.error());
    }
    const auto conflicts = (*connected)->conflicts((*link)->engagement);
    if (!conflicts) {
        return reportRepoError(conflicts.error());
    }
    const Assessment& assessment = content->assessment;
    for (const repository::OpenConflict& conflict : *conflicts) {
        printOut(SyncText::tr("%1  %2: %3 (%4 %5)")
                     .arg(QString::number(conflict.id),
                          RepositoryMessages::conflictRow(conflict.table, conflict.key,
                                                          conflict.local.empty() ? conflict.remote : conflict.local,
                                                          assessment),
                          RepositoryMessages::conflictKind(conflict.kind), fromStd(conflict.table),
                          fromStd(conflict.key)));
        printOut(SyncText::tr("    mine (--mine, %1 at %2): %3")
                     .arg(fromStd(conflict.localBy), fromStd(conflict.localAt),
                          RepositoryMessages::conflictValue(conflict.table, conflict.local)));
        const QString remoteWho =
            conflict.remoteBy.empty()
                ? SyncText::tr("--theirs")
                : SyncText::tr("--theirs, %1 at %2").arg(fromStd(conflict.remoteBy), fromStd(conflict.remoteAt));
        printOut(SyncText::tr("    the repository's (%1): %2")
                     .arg(remoteWho, RepositoryMessages::conflictValue(conflict.table, conflict.remote)));
    }
    return conflicts->empty() ? Success : ConflictsKept;
}

int resolveConflict(const QString& path, std::int64_t id, bool mine)
{
    const auto resolved =
        repository::resolveInWorkingCopy(toStd(path), storage::OpenMode::ReadWrite, id,
                                         mine ? repository::ConflictSide::Local : repository::ConflictSide::Remote);
    if (!resolved) {
        return reportCopyError(resolved.error());
    }
    printOut(
        mine ? SyncText::tr("%1: conflict %2 resolved: your value was kept").arg(path).arg(qlonglong(id))
             : SyncText::tr("%1: conflict %2 resolved: the repository's value was kept").arg(path).arg(qlonglong(id)));
    return reportSync(path, *resolved);
}

} // namespace lastmile::cli
