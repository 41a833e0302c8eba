// SPDX-License-Identifier: Apache-2.0
#include "edit.h"

#include "assessment_document.h"
#include "commands/action_commands.h"
#include "commands/add_initiative_command.h"
#include "commands/add_round_command.h"
#include "commands/edit_initiative_command.h"
#include "commands/respondent_commands.h"
#include "commands/set_agenda_command.h"
#include "commands/set_answer_command.h"
#include "commands/set_branding_command.h"
#include "commands/set_organization_command.h"
#include "commands/set_target_command.h"

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace lastmile::app::edit {

namespace {

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
        after = document.answerOf(roundId, initiativeId, questionId, respondentId).value_or(key);
        after->answer = *answer;
    }
    document.undoStack()->push(new SetAnswerCommand(document, roundId, key, after, SetAnswerCommand::Part::Answer));
}

void setAnswerText(AssessmentDocument& document, std::int64_t roundId, std::int64_t initiativeId,
                   const std::string& questionId, std::int64_t respondentId, const std::string& note,
                   const std::string& evidence)
{
    std::optional<AnswerRecord> after = document.answerOf(roundId, initiativeId, questionId, respondentId);
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
    const QString name = QString::fromStdString(current->name);
    const int before = document.undoStack()->index();
    document.undoStack()->push(
        new EditInitiativeCommand(document, after,
                                  archived ? QCoreApplication::translate("lastmile::app::edit", "Archive Initiative")
                                           : QCoreApplication::translate("lastmile::app::edit", "Restore Initiative")));
    if (archived && document.undoStack()->index() > before) {
        emit document.removalUndoable(QCoreApplication::translate("lastmile::app::edit", "Archived “%1”.").arg(name));
    }
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

std::optional<std::int64_t> addAction(AssessmentDocument& document, const Action& action)
{
    Action fresh = action;
    fresh.id = 0;
    auto* command = new AddActionCommand(document, fresh);
    if (!pushed(document, command)) {
        return std::nullopt;
    }
    return command->actionId();
}

void editAction(AssessmentDocument& document, const Action& action)
{
    const Action* current = document.action(action.id);
    if (!current) {
        return;
    }
    const auto fields = [](const Action& a) {
        return std::tie(a.initiativeId, a.frictionId, a.text, a.owner, a.due, a.note, a.recommendationId);
    };
    const bool sameFields = fields(*current) == fields(action);
    if (sameFields && current->status == action.status) {
        return;
    }
    const QString text = sameFields && action.status == ActionStatus::Done
                             ? QCoreApplication::translate("lastmile::app::edit", "Mark Action Done")
                         : sameFields ? QCoreApplication::translate("lastmile::app::edit", "Change Action Status")
                                      : QCoreApplication::translate("lastmile::app::edit", "Edit Action");
    document.undoStack()->push(new EditActionCommand(document, *current, action, text));
}

void removeAction(AssessmentDocument& document, std::int64_t actionId)
{
    const Action* current = document.action(actionId);
    if (current) {
        const QString text = QString::fromStdString(current->text);
        const int before = document.undoStack()->index();
        document.undoStack()->push(new RemoveActionCommand(document, *current, document.actionIndex(actionId)));
        if (document.undoStack()->index() > before) {
            emit document.removalUndoable(
                QCoreApplication::translate("lastmile::app::edit", "Deleted the action “%1”.").arg(text));
        }
    }
}

void moveAction(AssessmentDocument& document, std::int64_t actionId, int newIndex)
{
    const int from = document.actionIndex(actionId);
    const int to = std::clamp(newIndex, 0, int(document.assessment().actions.size()) - 1);
    if (from >= 0 && from != to) {
        document.undoStack()->push(new MoveActionCommand(document, actionId, from, to));
    }
}

void setTarget(AssessmentDocument& document, std::int64_t initiativeId, const std::string& frictionId, double score)
{
    if (document.target(initiativeId, frictionId) != score) {
        document.undoStack()->push(new SetTargetCommand(document, initiativeId, frictionId, score));
    }
}

void clearTarget(AssessmentDocument& document, std::int64_t initiativeId, const std::string& frictionId)
{
    if (document.target(initiativeId, frictionId)) {
        document.undoStack()->push(new SetTargetCommand(document, initiativeId, frictionId, std::nullopt));
    }
}

void setBranding(AssessmentDocument& document, const Branding& branding)
{
    if (!(document.assessment().branding == branding)) {
        document.undoStack()->push(new SetBrandingCommand(document, branding));
    }
}

void setAgenda(AssessmentDocument& document, std::int64_t roundId, const std::optional<Agenda>& agenda)
{
    const Agenda* current = document.agenda(roundId);
    const bool same = agenda ? current && *current == *agenda : current == nullptr;
    if (!same) {
        document.undoStack()->push(new SetAgendaCommand(document, roundId, agenda));
    }
}

} // namespace lastmile::app::edit
