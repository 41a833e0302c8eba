// SPDX-License-Identifier: Apache-2.0
#include "canonical_json.h"

#include "storage/interchange.h"

#include <algorithm>
#include <tuple>

namespace lastmile::test {

std::string canonicalJson(Assessment assessment)
{
    for (RoundData& round : assessment.rounds) {
        std::sort(round.answers.begin(), round.answers.end(), [](const AnswerRecord& a, const AnswerRecord& b) {
            return std::tie(a.initiativeId, a.questionId, a.respondentId) <
                   std::tie(b.initiativeId, b.questionId, b.respondentId);
        });
        std::sort(round.consensus.begin(), round.consensus.end(),
                  [](const ConsensusRecord& a, const ConsensusRecord& b) {
                      return std::tie(a.initiativeId, a.questionId) < std::tie(b.initiativeId, b.questionId);
                  });
    }
    return storage::exportAssessmentJson(assessment);
}

} // namespace lastmile::test
