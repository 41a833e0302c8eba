// SPDX-License-Identifier: Apache-2.0
// Parts of the report model shared by its files. Not a public interface.
#pragma once

#include "report_model.h"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace lastmile {

// The frictions with the highest portfolio scores in `heatmap`, up to three: those resting on
// enough evidence first, then by score, most severe first.
std::vector<WorstFriction> worstFrictions(const HeatmapData& heatmap);

// The answers of one round indexed for the report: by initiative and question, in the round's
// respondent order, and the names shown for respondents (letters when the report is anonymous).
struct RoundIndex
{
    using Key = std::pair<std::int64_t, std::string>; // initiative id, question id
    std::map<std::int64_t, const Respondent*> respondents;
    std::map<Key, std::vector<const AnswerRecord*>> answers; // in the round's respondent order
    std::map<Key, const ConsensusRecord*> consensus;

    std::map<std::int64_t, std::string> anonymous; // by respondent id, when names are withheld

    // `anonymousName`: the pattern of anonymous names ("Respondent %1"), or empty to show names.
    RoundIndex(const RoundData& round, const std::string& anonymousName);

    const std::vector<const AnswerRecord*>& answersTo(std::int64_t initiativeId, const std::string& questionId) const;
    const ConsensusRecord* consensusOn(std::int64_t initiativeId, const std::string& questionId) const;
};

// The bank's name of a friction, or its id when the bank does not have it.
std::string frictionName(const QuestionBank& bank, const std::string& frictionId);
// Planned or in progress.
bool isOpen(ActionStatus status);
// Open and due before options.today (ISO dates compare as text); never without a date or today.
bool isOverdue(const std::string& due, ActionStatus status, const ReportOptions& options);

// One initiative's section of the report: its profile, targets, notes, disagreements, drivers,
// recommendations and actions, compared with `previous` (may be null).
InitiativeSection sectionOf(const Assessment& assessment, const Initiative& initiative, const InitiativeScore& score,
                            const InitiativeScore* previous, const RoundData& round, const RoundIndex& index,
                            const ReportOptions& options);
// The appendix of `initiatives` (in that order) in `round`: every answer in bank order, each
// respondent's, then the consensus; an initiative without answers is left out.
Appendix appendixOf(const std::vector<const Initiative*>& initiatives, const RoundData& round, const RoundIndex& index);

} // namespace lastmile
