// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "row_set.h"

#include <map>
#include <string>
#include <vector>

namespace lastmile::repository {

// A row both sides changed since the common base, in ways that differ. The merge keeps one value
// in the engagement (`kept`) and this record keeps the other, so nothing is lost; a person
// resolves it by changing the row again.
struct Conflict
{
    enum class Kind {
        BothChanged,  // changed here and there, differently
        BothAdded,    // added here and there under the same key, with different values
        DeletedHere,  // deleted in the working copy, changed in the repository: the repository's row is kept
        DeletedThere, // deleted in the repository, changed in the working copy: the working copy's row is kept
        ParentGone,   // changed here or there, but what it belongs to was deleted: kept only in this record
    };
    Kind kind = Kind::BothChanged;
    std::string table;
    std::string key;
    std::optional<nlohmann::json> local;  // the working copy's value; nullopt: deleted or absent there
    std::optional<nlohmann::json> remote; // the repository's value; nullopt: deleted or absent there
    bool keptLocal = false;               // which of the two the engagement has now
};

std::string_view conflictKindId(Conflict::Kind kind); // "both_changed", "both_added", "deleted_here", ...

struct MergeResult
{
    RowSet merged;
    std::vector<Conflict> conflicts;
    // Rows the merge takes from the working copy into the repository (added, changed or
    // deleted here), and from the repository into the working copy.
    std::vector<RowKey> fromLocal;
    std::vector<RowKey> fromRemote;
    // Rows added here whose id the repository had given to another row meanwhile, with their new
    // id (table, old key, new key); everything that refers to them follows.
    std::vector<std::tuple<std::string, std::string, std::string>> renumbered;
};

// Merges the working copy's rows with the repository's, row by row, against the base (the digest
// of each row at the last sync, by key): a row changed on one side only takes that side's change
// (a deletion included); the same change on both sides is no conflict; different changes on both
// sides are a Conflict. Rows added here under an id the repository gave meanwhile to a different
// row are given a new id first. Children whose parent is gone are left out (as the file's
// cascades do), and reported as ParentGone when either side had changed them.
MergeResult mergeRows(const std::map<RowKey, std::string>& base, RowSet local, const RowSet& remote);

} // namespace lastmile::repository
