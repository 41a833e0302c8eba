// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace lastmile::storage {

// A row that breaks a rule of the file: what() names the table and the rule. A read-only
// connection does not apply the schema's CHECK constraints, so the reader applies them.
class InvalidRow : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Reads and writes a whole Assessment from and to the tables of an open file. Both throw
// SQLite::Exception, and readAssessment InvalidRow; callers turn them into a StorageError.
// Without answers, every round comes back with its bank and respondents but no answers or
// consensus answers; readRoundAnswers fills them in for one round.
Assessment readAssessment(SQLite::Database& db, bool withAnswers = true);
void readRoundAnswers(SQLite::Database& db, RoundData& round);
// What scoring needs of one initiative's answers and consensus answers in one round (no notes
// or evidence); empty when it has none.
InitiativeResponses readInitiativeResponses(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId);
void writeAssessment(SQLite::Database& db, const Assessment& assessment);
// Replaces the file's one branding row with `branding` (a logo stored as given; the caller checks
// its size). Throws SQLite::Exception.
void writeBranding(SQLite::Database& db, const Branding& branding);

// The parts of an Assessment, each read whole from its tables in the file's order (what
// readAssessment is made of), for bringing a cached copy up to date after an edit. Rounds come
// with their banks and respondents, without answers. Same errors as readAssessment.
Organization readOrganization(SQLite::Database& db);
std::vector<Initiative> readInitiatives(SQLite::Database& db);
std::vector<RoundData> readRounds(SQLite::Database& db);
std::vector<Respondent> readRespondentsOf(SQLite::Database& db, std::int64_t roundId);
std::vector<Action> readActions(SQLite::Database& db);
std::vector<Target> readTargets(SQLite::Database& db);
Branding readBranding(SQLite::Database& db);
// One stored answer or consensus answer, or none.
std::optional<AnswerRecord> readAnswer(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId,
                                       const std::string& questionId, std::int64_t respondentId);
std::optional<ConsensusRecord> readConsensus(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId,
                                             const std::string& questionId);

// Binds an answer to three parameters from `first`: kind ("level", "dk", "na"), level (NULL
// unless kind is level) and reason (empty unless not applicable).
void bindAnswer(SQLite::Statement& statement, int first, const Answer& answer);

} // namespace lastmile::storage
