// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one rule for "insufficient evidence" (docs/scoring.md, "Coverage and insufficient evidence").
// Every place that shows a figure - a friction score, an initiative's readiness, a portfolio mean,
// a change between rounds, a "worst friction" claim - asks these functions, so that the threshold
// and its edge cases live in one place and every screen, export and report agrees.

#include "scoring.h"

namespace lastmile {

// True when a figure whose coverage is `coverage` rests on insufficient evidence.
// coverage: answered weight / applicable weight, 0..1 (FrictionScore::coverage,
// InitiativeScore::coverage, PortfolioScore::coverage, PortfolioFriction::coverage).
// The rule: coverage under rules.lowCoverageBelow (0.5 by default); exactly 0.5 is enough.
// A coverage that is not a number is insufficient.
bool insufficientEvidence(double coverage, const ScoringRules& rules = {});

// True when a change between two rounds may be stated: neither the current nor the previous
// figure rests on insufficient evidence. Coverages as for insufficientEvidence().
bool changeSupported(double coverage, double previousCoverage, const ScoringRules& rules = {});

} // namespace lastmile
