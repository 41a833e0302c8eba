// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"

namespace lastmile::app {

// Changes an initiative's fields: name, function, owner, stage, target outcome, archived.
class EditInitiativeCommand : public DocumentCommand
{
public:
    EditInitiativeCommand(AssessmentDocument& document, Initiative after, const QString& text);

protected:
    bool apply(bool forward) override;

private:
    Initiative m_before;
    Initiative m_after;
};

} // namespace lastmile::app
