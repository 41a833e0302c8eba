// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <string_view>

namespace lastmile {

// The seven last-mile frictions, by their stable ids, in the order the domain presents them.
inline constexpr std::array<std::string_view, 7> kFrictionIds = {
    "pilot_proliferation", "productivity_gap",         "process_debt",    "tribal_knowledge",
    "agentic_governance",  "architectural_complexity", "efficiency_trap",
};

bool isKnownFrictionId(std::string_view id);

} // namespace lastmile
