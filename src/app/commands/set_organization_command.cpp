// SPDX-License-Identifier: Apache-2.0
#include "set_organization_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

SetOrganizationCommand::SetOrganizationCommand(AssessmentDocument& document, Organization after)
    : DocumentCommand(document, QCoreApplication::translate("SetOrganizationCommand", "Edit Organization")),
      m_before(document.assessment().organization), m_after(std::move(after))
{
}

bool SetOrganizationCommand::mergeWith(const QUndoCommand* other)
{
    m_after = static_cast<const SetOrganizationCommand*>(other)->m_after;
    return true;
}

bool SetOrganizationCommand::apply(bool forward)
{
    return document().writeOrganization(forward ? m_after : m_before);
}

} // namespace lastmile::app
