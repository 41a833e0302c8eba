// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/question_bank.h"

#include <string>

namespace lastmile {

// The demo engagement: Northgate Distribution, a regional distributor with five AI initiatives
// (among them an order-management system that was rolled back to assisted use), assessed in two
// workshop rounds by five respondents each, with disagreements, "don't know" and "not applicable"
// answers, facilitator consensus, notes and evidence, an action plan, targets and report branding.
// It is what the application opens on first start and what `lastmile-cli demo` writes.
//
// Every round carries `bank` as its frozen copy, and the answers are derived from the bank's own
// frictions and questions, so the demo builds from any valid bank; the few notes, consensus and
// "not applicable" answers that name a specific question are left out when the bank lacks it, as
// are actions and targets for a friction the bank lacks.
//
// `today` (YYYY-MM-DD) anchors the actions' due dates, so the plan always has overdue and upcoming
// items. The result depends only on the bank and `today`: two calls give the same data.
// Throws std::invalid_argument when `today` is not a valid ISO date.
Assessment makeDemoAssessment(const QuestionBank& bank, const std::string& today);

} // namespace lastmile
