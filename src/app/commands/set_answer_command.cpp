// SPDX-License-Identifier: Apache-2.0
#include "set_answer_command.h"

#include "app/assessment_document.h"

#include <QCoreApplication>

namespace lastmile::app {

namespace {

QString textFor(SetAnswerCommand::Part part, bool consensus)
{
    if (part == SetAnswerCommand::Part::Text) {
        return QCoreApplication::translate("SetAnswerCommand", "Edit Note");
    }
    return consensus ? QCoreApplication::translate("SetAnswerCommand", "Set Consensus Answer")
                     : QCoreApplication::translate("SetAnswerCommand", "Answer Question");
}

} // namespace

SetAnswerCommand::SetAnswerCommand(AssessmentDocument& document, std::int64_t roundId, const AnswerRecord& key,
                                   std::optional<AnswerRecord> after, Part part)
    : DocumentCommand(document, textFor(part, key.respondentId == 0)), m_roundId(roundId), m_key(key),
      m_before(document.answerOf(roundId, key.initiativeId, key.questionId, key.respondentId)),
      m_after(std::move(after)), m_part(part)
{
}

bool SetAnswerCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetAnswerCommand*>(other);
    if (m_part != Part::Text || next->m_part != Part::Text || next->m_roundId != m_roundId ||
        next->m_key.initiativeId != m_key.initiativeId || next->m_key.questionId != m_key.questionId ||
        next->m_key.respondentId != m_key.respondentId) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

bool SetAnswerCommand::apply(bool forward)
{
    return write(forward ? m_after : m_before);
}

bool SetAnswerCommand::write(const std::optional<AnswerRecord>& state)
{
    if (m_key.respondentId != 0) {
        return document().writeAnswer(m_roundId, m_key.initiativeId, m_key.questionId, m_key.respondentId, state);
    }
    std::optional<ConsensusRecord> consensus;
    if (state) {
        consensus = ConsensusRecord{state->initiativeId, state->questionId, state->answer, state->note};
    }
    return document().writeConsensus(m_roundId, m_key.initiativeId, m_key.questionId, consensus);
}

} // namespace lastmile::app
