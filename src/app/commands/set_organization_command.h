// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"

namespace lastmile::app {

// Changes the organization profile. Consecutive changes merge, so typing a name is one step.
class SetOrganizationCommand : public DocumentCommand
{
public:
    SetOrganizationCommand(AssessmentDocument& document, Organization after);
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool apply(bool forward) override;

private:
    Organization m_before;
    Organization m_after;
};

} // namespace lastmile::app
