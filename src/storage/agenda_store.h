// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the workshop agenda of each round of an open file.
#pragma once

#include "change.h"
#include "connection.h"
#include "core/agenda.h"

#include <optional>

namespace lastmile::storage {

// Reads a round's agenda, and edits it inside the transaction the caller opened; each write
// returns the Change it made or the rule it broke. Throws SQLite::Exception.
class AgendaStore
{
public:
    explicit AgendaStore(Connection& connection) : m_connection(connection) {}

    // The round's agenda, or none (always none in a schema version 1 file). Items whose
    // initiative was removed are gone; the position is clamped to the items left.
    Result<std::optional<Agenda>> load(std::int64_t roundId);
    Result<Change> set(const Agenda& agenda);
    Result<Change> setPosition(std::int64_t roundId, int position);
    Result<Change> clear(std::int64_t roundId);

private:
    Connection& m_connection;
};

} // namespace lastmile::storage
