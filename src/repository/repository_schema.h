// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <span>
#include <string_view>

namespace lastmile::repository {

// The version of the repository's schema this build creates and reads (docs/repository.md keeps
// the changelog). Stored in lastmile.schema_version, one row per step applied.
inline constexpr int kRepositorySchemaVersion = 1;

// The roles `repo init` creates when they do not exist yet (role names are shared by every
// database of a server): consultants read and write the engagements they are members of;
// reviewers read every engagement and write none.
inline constexpr std::string_view kConsultantRole = "lastmile_consultant";
inline constexpr std::string_view kReviewerRole = "lastmile_reviewer";

// One step of the repository's schema: the SQL that takes it from `fromVersion` to
// fromVersion + 1, run in one transaction with the step's row in lastmile.schema_version.
struct RepositoryMigration
{
    int fromVersion;
    std::string_view sql;
};

// Every step, in order: 0 -> 1 creates the schema, its roles, grants and row-level security.
std::span<const RepositoryMigration> repositoryMigrations();

} // namespace lastmile::repository
