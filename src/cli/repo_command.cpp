// SPDX-License-Identifier: Apache-2.0
// lastmile-cli repo: the firm's repository of engagements (init, list, push, pull, sync, conflicts,
// resolve).
#include "command.h"
#include "console.h"
#include "repo_messages.h"
#include "repo_sync.h"
#include "repository/repository.h"
#include "repository/repository_schema.h"
#include "repository/working_copy_file.h"
#include "storage_text/storage_messages.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

using repository::Repository;

class RepoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RepoCommand)

public:
    QString name() const override { return QStringLiteral("repo"); }
    QString summary() const override
    {
        return tr("Share engagements through the firm's repository: init, list, push, pull, sync, conflicts, "
                  "resolve.");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("ACTION"),
                                     tr("init URI, list URI, push FILE URI, pull URI ENGAGEMENT --output FILE, "
                                        "sync FILE, conflicts FILE, or resolve FILE CONFLICT --mine|--theirs."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("pull: the new working copy; it must not exist."), QStringLiteral("FILE"));
        parser.addOption(output);
        const QCommandLineOption mine(QStringLiteral("mine"), tr("resolve: keep the working copy's value."));
        const QCommandLineOption theirs(QStringLiteral("theirs"), tr("resolve: keep the repository's value."));
        parser.addOption(mine);
        parser.addOption(theirs);
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        const QStringList words = parser.positionalArguments();
        const QString action = words.value(0);
        const bool resolving = action == QStringLiteral("resolve");
        const auto expect = [&](int count, const QString& usage) {
            return words.size() == count + 1 && (action == QStringLiteral("pull")) == parser.isSet(output) &&
                           (resolving ? parser.isSet(mine) != parser.isSet(theirs)
                                      : !parser.isSet(mine) && !parser.isSet(theirs))
                       ? QString()
                       : tr("expected %1").arg(usage);
        };
        QString problem;
        if (action == QStringLiteral("init") && (problem = expect(1, QStringLiteral("repo init URI"))).isEmpty()) {
            return init(toStd(words[1]));
        }
        if (action == QStringLiteral("list") && (problem = expect(1, QStringLiteral("repo list URI"))).isEmpty()) {
            return list(toStd(words[1]));
        }
        if (action == QStringLiteral("push") && (problem = expect(2, QStringLiteral("repo push FILE URI"))).isEmpty()) {
            return push(words[1], toStd(words[2]));
        }
        if (action == QStringLiteral("pull") &&
            (problem = expect(2, QStringLiteral("repo pull URI ENGAGEMENT --output FILE"))).isEmpty()) {
            return pull(toStd(words[1]), toStd(words[2]), parser.value(output));
        }
        if (action == QStringLiteral("sync") && (problem = expect(1, QStringLiteral("repo sync FILE"))).isEmpty()) {
            return sync(words[1]);
        }
        if (action == QStringLiteral("conflicts") &&
            (problem = expect(1, QStringLiteral("repo conflicts FILE"))).isEmpty()) {
            return listConflicts(words[1]);
        }
        if (resolving &&
            (problem = expect(2, QStringLiteral("repo resolve FILE CONFLICT --mine|--theirs"))).isEmpty()) {
            bool isNumber = false;
            const qlonglong conflict = words[2].toLongLong(&isNumber);
            if (!isNumber || conflict <= 0) {
                return usageError(tr("CONFLICT is a number that \"repo conflicts\" shows, not \"%1\"").arg(words[2]));
            }
            return resolveConflict(words[1], conflict, parser.isSet(mine));
        }
        return usageError(problem.isEmpty() ? tr("expected init, list, push, pull, sync, conflicts or resolve")
                                            : problem);
    }

private:
    std::unique_ptr<Repository> connect(const std::string& address, int& exitCode)
    {
        auto connected = Repository::connect(address);
        if (!connected) {
            exitCode = reportRepoError(connected.error());
            return nullptr;
        }
        return std::move(*connected);
    }

    int init(const std::string& address)
    {
        int exitCode = Success;
        auto repo = connect(address, exitCode);
        if (!repo) {
            return exitCode;
        }
        const repository::Result<int> before = repo->initialize();
        if (!before) {
            return reportRepoError(before.error());
        }
        const QString shown = QString::fromStdString(repo->address());
        const int now = repository::kRepositorySchemaVersion;
        if (*before == 0) {
            printOut(tr("%1: repository created (schema version %2)").arg(shown).arg(now));
        } else if (*before < now) {
            printOut(tr("%1: repository upgraded from schema version %2 to %3").arg(shown).arg(*before).arg(now));
        } else {
            printOut(tr("%1: repository is up to date (schema version %2)").arg(shown).arg(now));
        }
        return Success;
    }

    int list(const std::string& address)
    {
        int exitCode = Success;
        auto repo = connect(address, exitCode);
        if (!repo) {
            return exitCode;
        }
        const auto engagements = repo->list();
        if (!engagements) {
            return reportRepoError(engagements.error());
        }
        for (const repository::EngagementSummary& engagement : *engagements) {
            printOut(tr("%1  %2  (%3; changed by %4 at %5)")
                         .arg(QString::fromStdString(engagement.id), QString::fromStdString(engagement.name),
                              tr("%n round(s)", nullptr, static_cast<int>(engagement.rounds)),
                              QString::fromStdString(engagement.revisedBy),
                              QString::fromStdString(engagement.revisedAt)));
        }
        return Success;
    }

    int push(const QString& path, const std::string& address)
    {
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadWrite);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto link = (*file)->loadWorkingCopy();
        if (!link) {
            return reportStorageError(link.error());
        }
        if (link->has_value()) {
            if ((*link)->repository != repository::displayAddress(address)) {
                return reportFailure(path, tr("the file is a working copy of another repository (%1); use "
                                              "\"lastmile-cli repo sync\" to merge it there")
                                               .arg(QString::fromStdString((*link)->repository)));
            }
            file->reset();
            return sync(path); // a working copy of this repository: merge into its engagement
        }
        const auto content = repository::fileContent(**file);
        if (!content) {
            return reportStorageError(content.error());
        }
        int exitCode = Success;
        auto repo = connect(address, exitCode);
        if (!repo) {
            return exitCode;
        }
        const auto role = repo->role();
        if (!role) {
            return reportRepoError(role.error());
        }
        storage::StorageError fileError;
        const auto added = repo->addEngagement(
            *content, [&](const std::string& id, const repository::PulledEngagement& pulled, std::string& problem) {
                storage::Status linked =
                    (*file)->setWorkingCopy({repo->address(), id, repository::nowUtc(), *role, pulled.base});
                if (!linked) {
                    fileError = linked.error();
                    problem = toStd(text::StorageMessages::storageErrorWithDetail(fileError));
                    return false;
                }
                return true;
            });
        if (!added) {
            return added.error().code == repository::ErrorCode::WorkingCopy ? reportStorageError(fileError)
                                                                            : reportRepoError(added.error());
        }
        printOut(tr("%1: added to %2 as engagement %3; the file is now its working copy")
                     .arg(path, QString::fromStdString(repo->address()), QString::fromStdString(*added)));
        return Success;
    }

    int pull(const std::string& address, const std::string& engagement, const QString& output)
    {
        if (QFileInfo::exists(output)) {
            return reportFailure(output,
                                 text::StorageMessages::storageError({storage::ErrorCode::AlreadyExists, {}, {}}));
        }
        if (reportMissingFolder(output)) {
            return BadInput;
        }
        int exitCode = Success;
        auto repo = connect(address, exitCode);
        if (!repo) {
            return exitCode;
        }
        const auto id = repo->resolve(engagement);
        if (!id) {
            return reportRepoError(id.error());
        }
        const auto pulled = repository::pullWorkingCopy(*repo, *id, toStd(output));
        if (!pulled) {
            return reportCopyError(pulled.error());
        }
        printOut(tr("%1: working copy of \"%2\" (%3) from %4")
                     .arg(output, QString::fromStdString(pulled->content.assessment.organization.name),
                          QString::fromStdString(*id), QString::fromStdString(repo->address())));
        return Success;
    }

    int sync(const QString& path) { return syncWorkingCopy(path); }
};

} // namespace

std::unique_ptr<Command> makeRepoCommand()
{
    return std::make_unique<RepoCommand>();
}

} // namespace lastmile::cli
