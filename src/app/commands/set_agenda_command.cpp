// SPDX-License-Identifier: Apache-2.0
#include "set_agenda_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

namespace {

std::optional<Agenda> currentAgenda(const AssessmentDocument& document, std::int64_t roundId)
{
    const Agenda* agenda = document.agenda(roundId);
    return agenda ? std::optional<Agenda>(*agenda) : std::nullopt;
}

} // namespace

SetAgendaCommand::SetAgendaCommand(AssessmentDocument& document, std::int64_t roundId, std::optional<Agenda> after)
    : DocumentCommand(document, after ? QCoreApplication::translate("SetAgendaCommand", "Plan Agenda")
                                      : QCoreApplication::translate("SetAgendaCommand", "Clear Agenda")),
      m_roundId(roundId), m_before(currentAgenda(document, roundId)), m_after(std::move(after))
{
}

bool SetAgendaCommand::apply(bool forward)
{
    return document().writeAgenda(m_roundId, forward ? m_after : m_before);
}

} // namespace lastmile::app
