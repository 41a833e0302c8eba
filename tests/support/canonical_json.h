// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <string>

namespace lastmile::test {

// The assessment as interchange JSON with each round's answers and consensus answers in key
// order, so a copy kept up to date edit by edit (answers in the order they arrived) compares
// equal to a fresh load of the same file (answers in the file's order).
std::string canonicalJson(Assessment assessment);

} // namespace lastmile::test
