// SPDX-License-Identifier: Apache-2.0
#include "respondent_commands.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

namespace {

Respondent currentRespondent(const AssessmentDocument& document, const Respondent& after)
{
    if (const RoundData* round = document.round(after.roundId)) {
        for (const Respondent& respondent : round->respondents) {
            if (respondent.id == after.id) {
                return respondent;
            }
        }
    }
    return after;
}

} // namespace

AddRespondentCommand::AddRespondentCommand(AssessmentDocument& document, Respondent respondent)
    : DocumentCommand(document, QCoreApplication::translate("AddRespondentCommand", "Add Respondent")),
      m_respondent(std::move(respondent))
{
}

bool AddRespondentCommand::apply(bool forward)
{
    if (!forward) {
        return document().eraseRespondent(m_respondent.id);
    }
    const auto id = document().writeNewRespondent(m_respondent);
    if (id) {
        m_respondent.id = *id;
    }
    return id.has_value();
}

EditRespondentCommand::EditRespondentCommand(AssessmentDocument& document, Respondent after)
    : DocumentCommand(document, QCoreApplication::translate("EditRespondentCommand", "Edit Respondent")),
      m_before(currentRespondent(document, after)), m_after(std::move(after))
{
}

bool EditRespondentCommand::apply(bool forward)
{
    return document().writeRespondent(forward ? m_after : m_before);
}

} // namespace lastmile::app
