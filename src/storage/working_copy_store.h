// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: where an open file came from when it is a working copy of an
// engagement in a team repository (docs/repository.md).
#pragma once

#include "connection.h"
#include "working_copy.h"

#include <optional>

namespace lastmile::storage {

// Reads the file's working copy record, and replaces it inside the transaction the caller
// opened. The record is not part of the assessment, so writing it makes no Change. Throws
// SQLite::Exception.
class WorkingCopyStore
{
public:
    explicit WorkingCopyStore(Connection& connection) : m_connection(connection) {}

    // The repository and base of the next merge; none for a file that is not a working copy
    // (always none before schema version 4).
    Result<std::optional<WorkingCopy>> load();
    // Makes the file a working copy of `copy`, replacing what it was. Invalid when the
    // repository or engagement is empty (nothing written).
    Status set(const WorkingCopy& copy);

private:
    Connection& m_connection;
};

} // namespace lastmile::storage
