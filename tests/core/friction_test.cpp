// SPDX-License-Identifier: Apache-2.0
#include "core/friction.h"

#include <catch2/catch.hpp>
#include <set>
#include <string_view>

using namespace lastmile;

TEST_CASE("The seven frictions have stable ids in the domain's order")
{
    CHECK(kFrictionIds == std::array<std::string_view, 7>{"pilot_proliferation", "productivity_gap", "process_debt",
                                                          "tribal_knowledge", "agentic_governance",
                                                          "architectural_complexity", "efficiency_trap"});
    CHECK(std::set<std::string_view>(kFrictionIds.begin(), kFrictionIds.end()).size() == 7);
    for (std::string_view id : kFrictionIds) {
        CHECK(isKnownFrictionId(id));
    }
    CHECK_FALSE(isKnownFrictionId(""));
    CHECK_FALSE(isKnownFrictionId("Process_debt"));
    CHECK_FALSE(isKnownFrictionId("process-debt"));
    CHECK_FALSE(isKnownFrictionId("morale"));
}
