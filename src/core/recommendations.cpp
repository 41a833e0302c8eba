// SPDX-License-Identifier: Apache-2.0
#include "recommendations.h"

#include <algorithm>

namespace lastmile {

std::vector<Recommendation> recommend(const QuestionBank& bank, const InitiativeScore& score)
{
    std::vector<Recommendation> result;
    for (const FrictionScore& friction : score.frictions) {
        const Friction* definition = bank.findFriction(friction.frictionId);
        if (!friction.score || !friction.band || !definition) {
            continue;
        }
        result.push_back({friction.frictionId, *friction.score, *friction.band, friction.lowCoverage,
                          definition->actionsFor(*friction.band)});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Recommendation& a, const Recommendation& b) { return a.score > b.score; });
    return result;
}

} // namespace lastmile
