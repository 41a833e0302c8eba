// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"
#include "core/question_bank.h"

#include <vector>

namespace lastmile::app {

// Starts a new round asked with `bank`, optionally with another round's respondents.
// Undo removes the round (and everything answered in it since, which later undo steps held).
class AddRoundCommand : public DocumentCommand
{
public:
    AddRoundCommand(AssessmentDocument& document, Round round, QuestionBank bank, std::int64_t copyRespondentsFrom);
    std::int64_t roundId() const { return m_round.id; }

protected:
    bool apply(bool forward) override;

private:
    Round m_round;
    QuestionBank m_bank;
    std::int64_t m_copyRespondentsFrom;
    std::vector<Respondent> m_copied; // as first created, so a redo brings back the same ids
};

} // namespace lastmile::app
