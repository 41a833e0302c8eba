// SPDX-License-Identifier: Apache-2.0
#include "add_round_command.h"

#include "app/assessment_document.h"
#include "core/assessment_data.h"

#include <QCoreApplication>

namespace lastmile::app {

AddRoundCommand::AddRoundCommand(AssessmentDocument& document, Round round, QuestionBank bank,
                                 std::int64_t copyRespondentsFrom)
    : DocumentCommand(document, QCoreApplication::translate("AddRoundCommand", "Start Round")),
      m_round(std::move(round)), m_bank(std::move(bank)), m_copyRespondentsFrom(copyRespondentsFrom)
{
}

bool AddRoundCommand::apply(bool forward)
{
    if (!forward) {
        return document().eraseRound(m_round.id);
    }
    // Later commands (answers by the copied respondents) refer to ids, so every redo after the
    // first recreates the round and its respondents with the ids they were first given.
    const bool first = m_round.id == 0;
    const auto id = document().writeNewRound(m_round, m_bank, first ? m_copyRespondentsFrom : 0);
    if (!id) {
        return false;
    }
    m_round.id = *id;
    if (first) {
        if (const RoundData* round = document().round(*id)) {
            m_copied = round->respondents;
        }
        return true;
    }
    for (const Respondent& respondent : m_copied) {
        if (!document().writeNewRespondent(respondent)) {
            return false;
        }
    }
    return true;
}

} // namespace lastmile::app
