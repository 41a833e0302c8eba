// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lastmile::storage {

// "LMST": PRAGMA application_id of every Lastmile file.
inline constexpr std::int32_t kApplicationId = 0x4C4D5354;

// PRAGMA user_version of the files this build writes. docs/file-format.md keeps the changelog.
inline constexpr int kSchemaVersion = 5;

// The schema version that added working copies of a team repository (working_copy,
// working_copy_base); the step from version 3.
inline constexpr int kWorkingCopySchemaVersion = 4;

// The schema version that stores each friction score's disagreement count
// (friction_score.disagreements): from this version on the stored scores carry everything the
// heatmap draws (AssessmentFile::loadStoredScores); the step from version 4.
inline constexpr int kStoredDisagreementsSchemaVersion = 5;

// The statements that create an empty file of schema `version` (1..kSchemaVersion).
std::string_view schemaSql(int version = kSchemaVersion);

// The statements schema version 2 added (the workshop agenda): the step from version 1.
std::string_view agendaSchemaSql();

// The statements schema version 3 added (the stored scores of each initiative and round, and
// the triggers that mark them stale): the step from version 2.
std::string_view scoreSummarySchemaSql();

// The statements schema version 4 added (working copies of a team repository): the step from
// version 3.
std::string_view workingCopySchemaSql();

// The statements of the step from version 4 to 5: friction_score rebuilt with its
// `disagreements` column, and every stored score dropped, to be computed again in the same
// transaction (fillScoreSummaries).
std::string_view storedDisagreementsSchemaSql();

} // namespace lastmile::storage
