// SPDX-License-Identifier: Apache-2.0
#include "repo_messages.h"

#include "command.h"
#include "console.h"
#include "repository_text/repository_messages.h"
#include "text/messages.h"

namespace lastmile::cli {

int reportRepoError(const repository::RepoError& error)
{
    printError(text::fileMessage(QString::fromStdString(error.address), text::RepositoryMessages::error(error)));
    return RepositoryFailed;
}

int reportCopyError(const repository::CopyError& error)
{
    printError(text::RepositoryMessages::copyError(error));
    return error.kind == repository::CopyError::Kind::Repository ? RepositoryFailed : BadInput;
}

} // namespace lastmile::cli
