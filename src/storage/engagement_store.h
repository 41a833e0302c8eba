// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: the engagement of an open file (organization, initiatives, rounds,
// respondents).
#pragma once

#include "change.h"
#include "connection.h"
#include "core/assessment_data.h"

namespace lastmile::storage {

// Edits the engagement inside the transaction the caller opened; each write returns the Change
// it made (with the id it gave a new item), or the rule it broke. Adding with id 0 makes a new
// id; a non-zero id is kept. Removing takes what belongs to the item with it. Throws
// SQLite::Exception.
class EngagementStore
{
public:
    explicit EngagementStore(Connection& connection) : m_connection(connection) {}

    Result<Change> setOrganization(const Organization& organization);
    Result<Change> addInitiative(const Initiative& initiative);
    Result<Change> updateInitiative(const Initiative& initiative);
    Result<Change> removeInitiative(std::int64_t initiativeId);
    Result<Change> addRound(const Round& round, const QuestionBank& bank, std::int64_t copyRespondentsFrom);
    Result<Change> renameRound(std::int64_t roundId, const std::string& name, const std::string& heldOn);
    Result<Change> removeRound(std::int64_t roundId);
    Result<Change> addRespondent(const Respondent& respondent);
    Result<Change> updateRespondent(const Respondent& respondent);
    Result<Change> removeRespondent(std::int64_t respondentId);

private:
    // The round a respondent belongs to, or UnknownId.
    Result<std::int64_t> roundOfRespondent(std::int64_t respondentId);

    Connection& m_connection;
};

} // namespace lastmile::storage
