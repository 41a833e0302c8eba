// SPDX-License-Identifier: Apache-2.0
#include "edit_initiative_command.h"

#include "app/assessment_document.h"

namespace lastmile::app {

EditInitiativeCommand::EditInitiativeCommand(AssessmentDocument& document, Initiative after, const QString& text)
    : DocumentCommand(document, text), m_before(document.initiative(after.id) ? *document.initiative(after.id) : after),
      m_after(std::move(after))
{
}

bool EditInitiativeCommand::apply(bool forward)
{
    return document().writeInitiative(forward ? m_after : m_before);
}

} // namespace lastmile::app
