// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/repository_error.h"
#include "repository/working_copy_file.h"

#include <QString>

namespace lastmile::cli {

// Prints "ADDRESS: reason" on stderr and returns RepositoryFailed.
int reportRepoError(const repository::RepoError& error);

// Prints the failure of a working-copy operation on stderr ("FILE: reason" or "ADDRESS: reason")
// and returns RepositoryFailed when the repository failed, else BadInput (the file).
int reportCopyError(const repository::CopyError& error);

} // namespace lastmile::cli
