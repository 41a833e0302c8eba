// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "storage/storage_error.h"

#include <cstdint>
#include <vector>

namespace lastmile::storage {
class AssessmentFile;
}

namespace lastmile::session {

// What the voting server reads and writes of the .lastmile file of its session: the round (its
// bank and respondents), the round's answers, a respondent admitted under a typed name, and the
// phones' votes as answers. Each call is storage::AssessmentFile's of the same name, with its
// results and errors, made on the thread the server runs on. The app gives the voting module
// (src/modules) its document's file this way: the calls run in the app, on the file the
// document follows, so the module never works on an object of the app's.
class VotingStore
{
public:
    virtual ~VotingStore() = default;
    // The file's engagement with its rounds (bank and respondents), without answers.
    virtual storage::Result<Assessment> loadWithoutAnswers() = 0;
    // Fills round.answers (and its consensus) for round.round.id.
    virtual storage::Status loadAnswers(RoundData& round) = 0;
    // A respondent added to respondent.roundId; its new id.
    virtual storage::Result<std::int64_t> addRespondent(const Respondent& respondent) = 0;
    // The answers written in one transaction, all or none.
    virtual storage::Status setAnswers(const std::vector<AnswerRecord>& answers, std::int64_t roundId) = 0;
    virtual storage::Status setAnswer(const AnswerRecord& answer, std::int64_t roundId) = 0;
};

// A VotingStore on an open AssessmentFile, which must outlive it.
class FileVotingStore final : public VotingStore
{
public:
    explicit FileVotingStore(storage::AssessmentFile& file) : m_file(file) {}

    storage::Result<Assessment> loadWithoutAnswers() override;
    storage::Status loadAnswers(RoundData& round) override;
    storage::Result<std::int64_t> addRespondent(const Respondent& respondent) override;
    storage::Status setAnswers(const std::vector<AnswerRecord>& answers, std::int64_t roundId) override;
    storage::Status setAnswer(const AnswerRecord& answer, std::int64_t roundId) override;

private:
    storage::AssessmentFile& m_file;
};

} // namespace lastmile::session
