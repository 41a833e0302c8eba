// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/agenda.h"

#include <cstdint>
#include <optional>

namespace lastmile::app {

// Plans a round's workshop agenda, or forgets it (an empty `after`).
class SetAgendaCommand : public DocumentCommand
{
public:
    SetAgendaCommand(AssessmentDocument& document, std::int64_t roundId, std::optional<Agenda> after);

protected:
    bool apply(bool forward) override;

private:
    std::int64_t m_roundId;
    std::optional<Agenda> m_before;
    std::optional<Agenda> m_after;
};

} // namespace lastmile::app
