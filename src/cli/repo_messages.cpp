// SPDX-License-Identifier: Apache-2.0
#include "repo_messages.h"

#include "command.h"
#include "console.h"
#include "text/messages.h"

#include <QCoreApplication>

namespace lastmile::cli {

namespace {

class RepoMessages
{
    Q_DECLARE_TR_FUNCTIONS(RepoMessages)

public:
    static QString reason(const repository::RepoError& error)
    {
        using repository::ErrorCode;
        const QString detail = QString::fromStdString(error.detail);
        switch (error.code) {
        case ErrorCode::Connect:
            return tr("cannot connect to the repository; check the address, the network and your password "
                      "(~/.pgpass or PGPASSWORD)");
        case ErrorCode::Denied:
            return tr("your role may not do this in the repository; ask its administrator");
        case ErrorCode::NotInitialized:
            return tr("there is no Lastmile repository in this database yet; an administrator creates it with "
                      "\"lastmile-cli repo init\"");
        case ErrorCode::NewerVersion:
            return tr("the repository was set up by a newer version of Lastmile (schema version %1); update "
                      "Lastmile to use it")
                .arg(detail);
        case ErrorCode::OlderVersion:
            return tr("the repository needs an upgrade (schema version %1); an administrator runs "
                      "\"lastmile-cli repo init\"")
                .arg(detail);
        case ErrorCode::UnknownEngagement:
            return tr("no engagement \"%1\" that you can see").arg(detail);
        case ErrorCode::AmbiguousEngagement:
            return tr("several engagements are named \"%1\"; give its id (see \"lastmile-cli repo list\")").arg(detail);
        case ErrorCode::Invalid:
            return tr("the repository refused the data; nothing was changed");
        case ErrorCode::Lost:
            return tr("the connection to the repository broke; nothing was changed, try again");
        case ErrorCode::Server:
            return tr("the repository reported an error; nothing was changed");
        case ErrorCode::WorkingCopy:
            return tr("the working copy could not be written; nothing was changed");
        case ErrorCode::Cancelled:
            return tr("cancelled; nothing was changed in the repository or the working copy");
        }
        return {};
    }
};

} // namespace

QString repoErrorText(const repository::RepoError& error)
{
    using repository::ErrorCode;
    QString text = RepoMessages::reason(error);
    const bool detailSaid = error.code == ErrorCode::NewerVersion || error.code == ErrorCode::OlderVersion ||
                            error.code == ErrorCode::UnknownEngagement || error.code == ErrorCode::AmbiguousEngagement;
    if (!detailSaid && !error.detail.empty()) {
        // The server's own words, on one line.
        text += QStringLiteral(" (%1)").arg(QString::fromStdString(error.detail).simplified());
    }
    return text;
}

int reportRepoError(const repository::RepoError& error)
{
    printError(text::fileMessage(QString::fromStdString(error.address), repoErrorText(error)));
    return RepositoryFailed;
}

} // namespace lastmile::cli
