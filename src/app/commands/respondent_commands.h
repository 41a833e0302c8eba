// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment.h"

namespace lastmile::app {

// Adds a respondent to a round; undo removes them again.
class AddRespondentCommand : public DocumentCommand
{
public:
    AddRespondentCommand(AssessmentDocument& document, Respondent respondent);
    std::int64_t respondentId() const { return m_respondent.id; }

protected:
    bool apply(bool forward) override;

private:
    Respondent m_respondent;
};

// Changes a respondent's name or role.
class EditRespondentCommand : public DocumentCommand
{
public:
    EditRespondentCommand(AssessmentDocument& document, Respondent after);

protected:
    bool apply(bool forward) override;

private:
    Respondent m_before;
    Respondent m_after;
};

} // namespace lastmile::app
