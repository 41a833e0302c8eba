// SPDX-License-Identifier: Apache-2.0
#include "core/bank_loader.h"

#include <catch2/catch.hpp>

using namespace lastmile;

TEST_CASE("A document that is not JSON is refused with the parser's reason")
{
    const BankLoadResult result = parseBank("{ not json");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].kind == ProblemKind::Syntax);
}
