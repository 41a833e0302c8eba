// SPDX-License-Identifier: Apache-2.0
#include "add_initiative_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

AddInitiativeCommand::AddInitiativeCommand(AssessmentDocument& document, Initiative initiative)
    : DocumentCommand(document, QCoreApplication::translate("AddInitiativeCommand", "Add Initiative")),
      m_initiative(std::move(initiative))
{
}

bool AddInitiativeCommand::apply(bool forward)
{
    if (!forward) {
        return document().eraseInitiative(m_initiative.id);
    }
    const auto id = document().writeNewInitiative(m_initiative);
    if (id) {
        m_initiative.id = *id; // the first redo learns the id; later ones reuse it
    }
    return id.has_value();
}

} // namespace lastmile::app
