// SPDX-License-Identifier: Apache-2.0
#include "set_target_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

SetTargetCommand::SetTargetCommand(AssessmentDocument& document, std::int64_t initiativeId, std::string frictionId,
                                   std::optional<double> after)
    : DocumentCommand(document, after ? QCoreApplication::translate("SetTargetCommand", "Set Target")
                                      : QCoreApplication::translate("SetTargetCommand", "Clear Target")),
      m_initiativeId(initiativeId), m_frictionId(std::move(frictionId)),
      m_before(document.target(m_initiativeId, m_frictionId)), m_after(after)
{
}

bool SetTargetCommand::apply(bool forward)
{
    return document().writeTarget(m_initiativeId, m_frictionId, forward ? m_after : m_before);
}

} // namespace lastmile::app
