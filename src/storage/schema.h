// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lastmile::storage {

// "LMST": PRAGMA application_id of every Lastmile file.
inline constexpr std::int32_t kApplicationId = 0x4C4D5354;

// PRAGMA user_version of the files this build writes. docs/file-format.md keeps the changelog.
inline constexpr int kSchemaVersion = 3;

// The schema version that added working copies of a team repository (working_copy,
// working_copy_base); the last step of the migrations.
inline constexpr int kWorkingCopySchemaVersion = kSchemaVersion;

// The statements that create an empty file of schema `version` (1..kSchemaVersion).
std::string_view schemaSql(int version = kSchemaVersion);

// The statements schema version 2 added (the workshop agenda): the step from version 1.
std::string_view agendaSchemaSql();

// The statements of the working-copy step (kWorkingCopySchemaVersion - 1 to kWorkingCopySchemaVersion).
std::string_view workingCopySchemaSql();

} // namespace lastmile::storage
