// SPDX-License-Identifier: Apache-2.0
#include "evidence.h"

namespace lastmile {

bool insufficientEvidence(double coverage, const ScoringRules& rules)
{
    // Written so that a NaN coverage compares false and counts as insufficient.
    return !(coverage >= rules.lowCoverageBelow);
}

bool changeSupported(double coverage, double previousCoverage, const ScoringRules& rules)
{
    return !insufficientEvidence(coverage, rules) && !insufficientEvidence(previousCoverage, rules);
}

} // namespace lastmile
