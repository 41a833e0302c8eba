// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the action plan, targets and report branding of an open file.
#pragma once

#include "change.h"
#include "connection.h"
#include "core/assessment_data.h"

namespace lastmile::storage {

// Edits the plan inside the transaction the caller opened; each write returns the Change it
// made (with the id it gave a new action), or the rule it broke. Throws SQLite::Exception.
class PlanStore
{
public:
    explicit PlanStore(Connection& connection) : m_connection(connection) {}

    // A new action (its id kept when non-zero), last in the plan, or at `index` (0-based,
    // clamped) when index >= 0.
    Result<Change> addAction(const Action& action, int index);
    Result<Change> updateAction(const Action& action);
    Result<Change> removeAction(std::int64_t actionId);
    // Puts the action at `newIndex` (clamped to the plan) in the plan's order.
    Result<Change> moveAction(std::int64_t actionId, int newIndex);
    Result<Change> setTarget(const Target& target);
    Result<Change> clearTarget(std::int64_t initiativeId, const std::string& frictionId);
    Result<Change> setBranding(const Branding& branding);

private:
    Status checkAction(const Action& action) const;
    Result<std::int64_t> initiativeOfAction(std::int64_t actionId);

    Connection& m_connection;
};

} // namespace lastmile::storage
