// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "repository/repository.h"
#include "storage/assessment_file.h"

#include <QString>
#include <optional>
#include <string>

namespace lastmile::cli {

// The file's whole content: its assessment and the agenda of every round that has one.
storage::Result<repository::EngagementContent> fileContent(const storage::AssessmentFile& file);

// Writes `now` as a new working copy at `path` (which must not exist): the content, the agendas
// and `link` with `now`'s base. Returns the storage error, if any; a failure leaves no file.
std::optional<storage::StorageError> writeWorkingCopy(const std::string& path, const repository::PulledEngagement& now,
                                                      const storage::WorkingCopy& link);

// The current time, UTC, ISO 8601.
std::string nowUtc();

// The name a new file is built under next to `path` before it takes its own.
std::string partPath(const std::string& path);

// lastmile-cli repo sync FILE: merges the working copy and its engagement both ways; returns the
// exit status (Success, ConflictsKept, BadInput, RepositoryFailed).
int syncWorkingCopy(const QString& path);

} // namespace lastmile::cli
