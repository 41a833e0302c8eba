// SPDX-License-Identifier: Apache-2.0
#include "set_branding_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

SetBrandingCommand::SetBrandingCommand(AssessmentDocument& document, Branding after)
    : DocumentCommand(document, QCoreApplication::translate("SetBrandingCommand", "Change Report Settings")),
      m_before(document.assessment().branding), m_after(std::move(after))
{
}

bool SetBrandingCommand::apply(bool forward)
{
    return document().writeBranding(forward ? m_after : m_before);
}

} // namespace lastmile::app
