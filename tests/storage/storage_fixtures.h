// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "support/core_bank.h"

#include <string>
#include <vector>

namespace lastmile::test {

// A small engagement on the shipped bank: `initiatives` initiatives, one round with
// `respondents` respondents, a few answers, a consensus, an action, a target and branding.
Assessment smallAssessment(int initiatives = 2, int respondents = 2);

// Every row of a table as text, in primary-key order, read without Lastmile's code.
std::vector<std::string> tableRows(const std::string& path, const std::string& table);

// Runs SQL on a file directly, as a tool that is not Lastmile would.
void rawExec(const std::string& path, const std::string& sql);

} // namespace lastmile::test
