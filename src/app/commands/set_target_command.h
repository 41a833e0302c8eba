// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"

#include <cstdint>
#include <optional>
#include <string>

namespace lastmile::app {

// Sets or clears the target friction score of one initiative and friction.
class SetTargetCommand : public DocumentCommand
{
public:
    SetTargetCommand(AssessmentDocument& document, std::int64_t initiativeId, std::string frictionId,
                     std::optional<double> after);

protected:
    bool apply(bool forward) override;

private:
    std::int64_t m_initiativeId;
    std::string m_frictionId;
    std::optional<double> m_before;
    std::optional<double> m_after;
};

} // namespace lastmile::app
