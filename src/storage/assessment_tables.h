// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <string>

namespace SQLite {
class Database;
}

namespace lastmile::storage {

// Reads and writes a whole Assessment from and to the tables of an open file. Both throw
// SQLite::Exception; callers turn that into a StorageError. readAssessment reports a round
// whose frozen bank does not load through `bankProblem` (the round's name) and stops.
Assessment readAssessment(SQLite::Database& db, std::string& bankProblem);
void writeAssessment(SQLite::Database& db, const Assessment& assessment);

// Row spelling of an answer: kind "level"/"dk"/"na" and a level that is NULL unless kind is level.
std::string answerKind(const Answer& answer);

} // namespace lastmile::storage
