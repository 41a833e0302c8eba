// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace lastmile {

// Severity band of a friction score: low < 25 <= moderate < 50 <= high < 75 <= critical.
enum class Band { Low, Moderate, High, Critical };

inline constexpr std::array<Band, 4> kBands = {Band::Low, Band::Moderate, Band::High, Band::Critical};

Band bandForScore(double score);
std::string_view bandId(Band band);
std::optional<Band> bandFromId(std::string_view id);

} // namespace lastmile
