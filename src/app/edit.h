// SPDX-License-Identifier: Apache-2.0
#pragma once

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

} // namespace lastmile::app::edit
