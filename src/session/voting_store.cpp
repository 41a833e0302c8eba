// SPDX-License-Identifier: Apache-2.0
#include "voting_store.h"

#include "storage/assessment_file.h"

namespace lastmile::session {

storage::Result<Assessment> FileVotingStore::loadWithoutAnswers()
{
    return m_file.loadWithoutAnswers();
}

storage::Status FileVotingStore::loadAnswers(RoundData& round)
{
    return m_file.loadAnswers(round);
}

storage::Result<std::int64_t> FileVotingStore::addRespondent(const Respondent& respondent)
{
    return m_file.addRespondent(respondent);
}

storage::Status FileVotingStore::setAnswers(const std::vector<AnswerRecord>& answers, std::int64_t roundId)
{
    return m_file.setAnswers(answers, roundId);
}

storage::Status FileVotingStore::setAnswer(const AnswerRecord& answer, std::int64_t roundId)
{
    return m_file.setAnswer(answer, roundId);
}

} // namespace lastmile::session
