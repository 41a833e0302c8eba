// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment_data.h"

namespace lastmile::app {

// Replaces the report branding (firm name, logo, accent colour, footer, page size) as one step.
class SetBrandingCommand : public DocumentCommand
{
public:
    SetBrandingCommand(AssessmentDocument& document, Branding after);

protected:
    bool apply(bool forward) override;

private:
    Branding m_before;
    Branding m_after;
};

} // namespace lastmile::app
