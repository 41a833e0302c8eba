// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"

namespace lastmile::app {

// Adds an initiative at the end of the list; undo removes it, redo brings it back with its id.
class AddInitiativeCommand : public DocumentCommand
{
public:
    AddInitiativeCommand(AssessmentDocument& document, Initiative initiative);
    std::int64_t initiativeId() const { return m_initiative.id; }

protected:
    bool apply(bool forward) override;

private:
    Initiative m_initiative;
};

} // namespace lastmile::app
