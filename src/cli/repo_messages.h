// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/repository_error.h"

#include <QString>

namespace lastmile::cli {

// The user's words for a repository error, with the server's detail in brackets when there is one.
QString repoErrorText(const repository::RepoError& error);

// Prints "ADDRESS: reason" on stderr and returns RepositoryFailed.
int reportRepoError(const repository::RepoError& error);

} // namespace lastmile::cli
