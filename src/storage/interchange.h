// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/problem.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lastmile::storage {

// The JSON interchange document of a whole assessment file (docs/file-format.md).
inline constexpr std::string_view kInterchangeFormat = "lastmile-assessment";
inline constexpr int kInterchangeFormatVersion = 1;
inline constexpr std::size_t kMaxInterchangeBytes = 256 * 1024 * 1024;
inline constexpr int kMaxInterchangeDepth = 64;
inline constexpr std::size_t kMaxLogoBytes = 5 * 1024 * 1024;
// Any string value of the document except logo_base64, in bytes of UTF-8.
inline constexpr std::size_t kMaxInterchangeTextBytes = 1024 * 1024;

std::string exportAssessmentJson(const Assessment& assessment);

// An assessment, or every problem found (with JSON Pointer paths); never a partial one.
struct ImportResult
{
    std::optional<Assessment> assessment;
    Problems problems;
};

ImportResult parseAssessmentJson(std::string_view text);
ImportResult loadAssessmentJsonFile(const std::string& path);

} // namespace lastmile::storage
