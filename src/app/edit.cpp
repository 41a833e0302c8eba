// SPDX-License-Identifier: Apache-2.0
#include "edit.h"

#include "assessment_document.h"
#include "commands/add_initiative_command.h"
#include "commands/add_round_command.h"
#include "commands/edit_initiative_command.h"
#include "commands/respondent_commands.h"
#include "commands/set_answer_command.h"
#include "commands/set_organization_command.h"

#include <QCoreApplication>

namespace lastmile::app::edit {

namespace {

std::optional<AnswerRecord> existing(const AssessmentDocument& document, std::int64_t roundId,
                                     std::int64_t initiativeId, const std::string& questionId,
                                     std::int64_t respondentId)
{
    if (respondentId != 0) {
        const AnswerRecord* found = document.answer(roundId, initiativeId, questionId, respondentId);
        return found ? std::optional<AnswerRecord>(*found) : std::nullopt;
    }
    const ConsensusRecord* found = document.consensus(roundId, initiativeId, questionId);
    return found
               ? std::optional<AnswerRecord>(AnswerRecord{initiativeId, questionId, 0, found->answer, found->note, {}})
               : std::nullopt;
}

template <typename Command> bool pushed(AssessmentDocument& document, Command* command)
{
    const int before = document.undoStack()->count();
    const int index = document.undoStack()->index();
    document.undoStack()->push(command); // runs redo; an obsolete command is dropped at once
    return document.undoStack()->count() > before || document.undoStack()->index() != index;
}

} // namespace

void setAnswer(AssessmentDocument& document, std::int64_t roundId, std::int64_t initiativeId,
               const std::string& questionId, std::int64_t respondentId, const std::optional<Answer>& answer)
{
    const AnswerRecord key{initiativeId, questionId, respondentId, {}, {}, {}};
    std::optional<AnswerRecord> after;
    if (answer) {
        after = existing(document, roundId, initiativeId, questionId, respondentId).value_or(key);
        after->answer = *answer;
    }
    document.undoStack()->push(new SetAnswerCommand(document, roundId, key, after, SetAnswerCommand::Part::Answer));
}

void setAnswerText(AssessmentDocument& document, std::int64_t roundId, std::int64_t initiativeId,
                   const std::string& questionId, std::int64_t respondentId, const std::string& note,
                   const std::string& evidence)
{
    std::optional<AnswerRecord> after = existing(document, roundId, initiativeId, questionId, respondentId);
    if (!after) {
        return; // a note belongs to an answer
    }
    after->note = note;
    after->evidence = respondentId != 0 ? evidence : std::string();
    const AnswerRecord key{initiativeId, questionId, respondentId, {}, {}, {}};
    document.undoStack()->push(new SetAnswerCommand(document, roundId, key, after, SetAnswerCommand::Part::Text));
}

void setOrganization(AssessmentDocument& document, const Organization& organization)
{
    document.undoStack()->push(new SetOrganizationCommand(document, organization));
}

std::optional<std::int64_t> addInitiative(AssessmentDocument& document, const Initiative& initiative)
{
    auto* command = new AddInitiativeCommand(document, initiative);
    if (!pushed(document, command)) {
        return std::nullopt;
    }
    return command->initiativeId();
}

void editInitiative(AssessmentDocument& document, const Initiative& initiative)
{
    document.undoStack()->push(new EditInitiativeCommand(
        document, initiative, QCoreApplication::translate("lastmile::app::edit", "Edit Initiative")));
}

void setInitiativeArchived(AssessmentDocument& document, std::int64_t initiativeId, bool archived)
{
    const Initiative* current = document.initiative(initiativeId);
    if (!current) {
        return;
    }
    Initiative after = *current;
    after.archived = archived;
    document.undoStack()->push(
        new EditInitiativeCommand(document, after,
                                  archived ? QCoreApplication::translate("lastmile::app::edit", "Archive Initiative")
                                           : QCoreApplication::translate("lastmile::app::edit", "Restore Initiative")));
}

std::optional<std::int64_t> addRound(AssessmentDocument& document, const Round& round, const QuestionBank& bank,
                                     std::int64_t copyRespondentsFrom)
{
    auto* command = new AddRoundCommand(document, round, bank, copyRespondentsFrom);
    if (!pushed(document, command)) {
        return std::nullopt;
    }
    return command->roundId();
}

std::optional<std::int64_t> addRespondent(AssessmentDocument& document, const Respondent& respondent)
{
    auto* command = new AddRespondentCommand(document, respondent);
    if (!pushed(document, command)) {
        return std::nullopt;
    }
    return command->respondentId();
}

void editRespondent(AssessmentDocument& document, const Respondent& respondent)
{
    document.undoStack()->push(new EditRespondentCommand(document, respondent));
}

} // namespace lastmile::app::edit
