// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <cstdint>

namespace lastmile::cli {

// lastmile-cli repo sync FILE: merges the working copy and its engagement both ways; returns the
// exit status (Success, ConflictsKept, BadInput, RepositoryFailed).
int syncWorkingCopy(const QString& path);

// lastmile-cli repo conflicts FILE: lists the open conflicts of the working copy's engagement;
// Success when there are none, ConflictsKept when there are (docs/cli.md).
int listConflicts(const QString& path);

// lastmile-cli repo resolve FILE CONFLICT --mine|--theirs: keeps one side of an open conflict in
// the working copy and the repository, and records the choice; the exit status as for a sync.
int resolveConflict(const QString& path, std::int64_t conflict, bool mine);

} // namespace lastmile::cli
