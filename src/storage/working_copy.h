// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lastmile::storage {

// One row of an engagement as it stood in the repository at the last pull or sync: its stable
// identity and revision there, and a digest of its values. A row of the file whose values still
// give this digest has not been changed here since.
struct BaseRow
{
    std::string table;         // "engagement", "initiative", "round", "respondent", "answer", "consensus",
                               // "action", "target", "branding", "agenda"
    std::string key;           // the row's key in the file: "3", "2/5/pp_pilot_count/7" (docs/repository.md)
    std::string digest;        // 16 lower-case hex digits
    std::string uuid;          // the row's uuid in the repository
    std::int64_t revision = 0; // its revision counter there
    std::string revisedBy;     // the role that made that revision
    std::string revisedAt;     // when, UTC, ISO 8601

    bool operator==(const BaseRow&) const = default;
};

// Where a file came from when it is a working copy of an engagement in a repository
// (docs/repository.md): the repository's address (never with a password), the engagement's
// uuid, when it was last synced and by which role, and the base of the next merge.
struct WorkingCopy
{
    std::string repository;
    std::string engagement;
    std::string syncedAt; // UTC, ISO 8601
    std::string syncedBy;
    std::vector<BaseRow> base;

    bool operator==(const WorkingCopy&) const = default;
};

} // namespace lastmile::storage
