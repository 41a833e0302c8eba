// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "support/core_bank.h"

#include <string>

namespace lastmile::bench {

using test::coreBank;
// The "large" workload of docs/performance.md: 100 initiatives x 12 respondents x 4 rounds,
// written once per process to a temporary file. Returns its path.
const std::string& largeFile();
const Assessment& largeAssessment();

} // namespace lastmile::bench
