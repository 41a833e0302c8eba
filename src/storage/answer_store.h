// SPDX-License-Identifier: Apache-2.0
// Internal to src/storage: answers and consensus answers of an open file.
#pragma once

#include "change.h"
#include "connection.h"
#include "core/assessment_data.h"

namespace lastmile::storage {

// Records and clears answers inside the transaction the caller opened; each write returns the
// Change it made, or the rule it broke (nothing written). Throws SQLite::Exception.
class AnswerStore
{
public:
    explicit AnswerStore(Connection& connection) : m_connection(connection) {}

    // One respondent's answer, replacing an earlier one. The question must be in the round's
    // bank, the initiative must exist and the respondent must belong to the round.
    Result<Change> set(const AnswerRecord& record, std::int64_t roundId);
    Result<Change> clear(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                         std::int64_t respondentId);
    Result<Change> setConsensus(const ConsensusRecord& record, std::int64_t roundId);
    Result<Change> clearConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId);

private:
    Status checkTarget(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                       const Answer& answer);

    Connection& m_connection;
};

} // namespace lastmile::storage
