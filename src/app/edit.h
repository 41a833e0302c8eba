// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/agenda.h"
#include "core/assessment_data.h"

#include <optional>
#include <string>

namespace lastmile::app {
class AssessmentDocument;
}

// The only way widgets change a document: each function pushes one undoable command onto the
// document's undo stack, which writes it to the file at once. Functions return the id of what
// they created, or nothing when the file refused (the document has reported why).
namespace lastmile::app::edit {

// A respondent's answer (respondentId != 0) or the facilitator's consensus (respondentId == 0).
// `answer` empty clears it. The note and evidence of an existing answer are kept.
void setAnswer(AssessmentDocument& document, std::int64_t roundId, std::int64_t initiativeId,
               const std::string& questionId, std::int64_t respondentId, const std::optional<Answer>& answer);
// The note and evidence of an existing answer; typing merges into one undo step.
void setAnswerText(AssessmentDocument& document, std::int64_t roundId, std::int64_t initiativeId,
                   const std::string& questionId, std::int64_t respondentId, const std::string& note,
                   const std::string& evidence);

void setOrganization(AssessmentDocument& document, const Organization& organization);
std::optional<std::int64_t> addInitiative(AssessmentDocument& document, const Initiative& initiative);
void editInitiative(AssessmentDocument& document, const Initiative& initiative);
void setInitiativeArchived(AssessmentDocument& document, std::int64_t initiativeId, bool archived);
std::optional<std::int64_t> addRound(AssessmentDocument& document, const Round& round, const QuestionBank& bank,
                                     std::int64_t copyRespondentsFrom);
std::optional<std::int64_t> addRespondent(AssessmentDocument& document, const Respondent& respondent);
void editRespondent(AssessmentDocument& document, const Respondent& respondent);

// The action plan. A new action goes last; its id is returned. Editing compares with the stored
// action and pushes nothing when nothing changed; a change of status alone is named for it.
std::optional<std::int64_t> addAction(AssessmentDocument& document, const Action& action);
void editAction(AssessmentDocument& document, const Action& action);
// Undo puts the action back with its id at its place in the plan.
void removeAction(AssessmentDocument& document, std::int64_t actionId);
// Moves the action to `newIndex` in the plan's order (the report's order).
void moveAction(AssessmentDocument& document, std::int64_t actionId, int newIndex);

// The target friction score (0..100) agreed for one initiative and friction.
void setTarget(AssessmentDocument& document, std::int64_t initiativeId, const std::string& frictionId, double score);
void clearTarget(AssessmentDocument& document, std::int64_t initiativeId, const std::string& frictionId);

// The report branding, all of it as one undo step; nothing is pushed when it is unchanged.
void setBranding(AssessmentDocument& document, const Branding& branding);
// Plans the round's workshop agenda (docs/workshop.md), or forgets it when `agenda` is empty.
void setAgenda(AssessmentDocument& document, std::int64_t roundId, const std::optional<Agenda>& agenda);

} // namespace lastmile::app::edit
