// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "command_base.h"
#include "core/assessment_data.h"

#include <optional>

namespace lastmile::app {

// Sets, changes or clears one respondent's answer (respondentId != 0) or the facilitator's
// consensus (respondentId == 0), with its note and evidence. Consecutive edits of the note or
// evidence of the same answer merge into one undo step, so typing a note is undone at once.
class SetAnswerCommand : public DocumentCommand
{
public:
    enum class Part { Answer, Text };

    SetAnswerCommand(AssessmentDocument& document, std::int64_t roundId, const AnswerRecord& key,
                     std::optional<AnswerRecord> after, Part part);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

protected:
    bool apply(bool forward) override;

private:
    bool write(const std::optional<AnswerRecord>& state);

    std::int64_t m_roundId;
    AnswerRecord m_key; // initiative, question and respondent
    std::optional<AnswerRecord> m_before;
    std::optional<AnswerRecord> m_after;
    Part m_part;
};

} // namespace lastmile::app
