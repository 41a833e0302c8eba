// SPDX-License-Identifier: Apache-2.0
// AssessmentFile: recording answers and consensus answers, one transaction each.
#include "assessment_file.h"
#include "assessment_tables.h"
#include "core/bank_loader.h"
#include "sqlite_errors.h"
#include "transact.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

Result<const std::set<std::string>*> AssessmentFile::roundQuestions(std::int64_t roundId) const
{
    if (const auto cached = m_roundQuestions.find(roundId); cached != m_roundQuestions.end()) {
        return &cached->second;
    }
    SQLite::Statement query(*m_db, "SELECT bank_json FROM round WHERE id = ?");
    query.bind(1, roundId);
    if (!query.executeStep()) {
        return StorageError{ErrorCode::UnknownId, m_path, "round " + std::to_string(roundId)};
    }
    const BankLoadResult bank = parseBank(query.getColumn(0).getString());
    if (!bank.ok()) {
        return StorageError{ErrorCode::Invalid, m_path, "round " + std::to_string(roundId)};
    }
    std::set<std::string> ids;
    for (const Friction& friction : bank.bank->frictions) {
        for (const Question& question : friction.questions) {
            ids.insert(question.id);
        }
    }
    return &(m_roundQuestions[roundId] = std::move(ids));
}

Status AssessmentFile::checkAnswerTarget(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                         const Answer& answer) const
{
    if (answer.isLevel() && !isValidLevel(answer.level)) {
        return StorageError{ErrorCode::Invalid, m_path, "level " + std::to_string(answer.level)};
    }
    const Result<const std::set<std::string>*> questions = roundQuestions(roundId);
    if (!questions) {
        return questions.error();
    }
    if ((*questions)->count(questionId) == 0) {
        return StorageError{ErrorCode::UnknownId, m_path, "question " + questionId};
    }
    SQLite::Statement initiative(*m_db, "SELECT 1 FROM initiative WHERE id = ?");
    initiative.bind(1, initiativeId);
    if (!initiative.executeStep()) {
        return StorageError{ErrorCode::UnknownId, m_path, "initiative " + std::to_string(initiativeId)};
    }
    return success();
}

// The checks and the upsert of one answer, in whatever transaction is open; throws SQLite's errors.
Status AssessmentFile::writeAnswer(const AnswerRecord& record, std::int64_t roundId)
{
    if (Status target = checkAnswerTarget(roundId, record.initiativeId, record.questionId, record.answer); !target) {
        return target;
    }
    SQLite::Statement respondent(*m_db, "SELECT 1 FROM respondent WHERE id = ? AND round_id = ?");
    respondent.bind(1, record.respondentId);
    respondent.bind(2, roundId);
    if (!respondent.executeStep()) {
        return StorageError{ErrorCode::UnknownId, m_path, "respondent " + std::to_string(record.respondentId)};
    }
    SQLite::Statement upsert(*m_db, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, "
                                    "kind, level, reason, note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT (round_id, initiative_id, question_id, respondent_id) DO UPDATE "
                                    "SET kind = excluded.kind, level = excluded.level, reason = excluded.reason, "
                                    "note = excluded.note, evidence = excluded.evidence");
    upsert.bind(1, roundId);
    upsert.bind(2, record.initiativeId);
    upsert.bind(3, record.questionId);
    upsert.bind(4, record.respondentId);
    bindAnswer(upsert, 5, record.answer);
    upsert.bind(8, record.note);
    upsert.bind(9, record.evidence);
    upsert.exec();
    return success();
}

Status AssessmentFile::setAnswer(const AnswerRecord& record, std::int64_t roundId)
{
    if (Status written = transact([&] { return writeAnswer(record, roundId); }); !written) {
        return written;
    }
    notify({Change::Kind::Answer, roundId, record.initiativeId, record.questionId, record.respondentId});
    return success();
}

Status AssessmentFile::setAnswers(const std::vector<AnswerRecord>& records, std::int64_t roundId)
{
    const Status written = transact([&]() -> Status {
        for (const AnswerRecord& record : records) {
            if (Status one = writeAnswer(record, roundId); !one) {
                return one;
            }
        }
        return success();
    });
    if (!written) {
        return written;
    }
    for (const AnswerRecord& record : records) {
        notify({Change::Kind::Answer, roundId, record.initiativeId, record.questionId, record.respondentId});
    }
    return success();
}

Status AssessmentFile::clearAnswer(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                   std::int64_t respondentId)
{
    const Status removed = transact([&]() -> Status {
        SQLite::Statement remove(*m_db, "DELETE FROM answer WHERE round_id = ? AND initiative_id = ? AND "
                                        "question_id = ? AND respondent_id = ?");
        remove.bind(1, roundId);
        remove.bind(2, initiativeId);
        remove.bind(3, questionId);
        remove.bind(4, respondentId);
        remove.exec();
        return success();
    });
    if (!removed) {
        return removed;
    }
    notify({Change::Kind::Answer, roundId, initiativeId, questionId, respondentId});
    return success();
}

Status AssessmentFile::setConsensus(const ConsensusRecord& record, std::int64_t roundId)
{
    const Status written = transact([&]() -> Status {
        if (Status target = checkAnswerTarget(roundId, record.initiativeId, record.questionId, record.answer);
            !target) {
            return target;
        }
        SQLite::Statement upsert(*m_db, "INSERT INTO consensus (round_id, initiative_id, question_id, kind, level, "
                                        "reason, note) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (round_id, initiative_id, question_id) DO UPDATE "
                                        "SET kind = excluded.kind, level = excluded.level, reason = excluded.reason, "
                                        "note = excluded.note");
        upsert.bind(1, roundId);
        upsert.bind(2, record.initiativeId);
        upsert.bind(3, record.questionId);
        bindAnswer(upsert, 4, record.answer);
        upsert.bind(7, record.note);
        upsert.exec();
        return success();
    });
    if (!written) {
        return written;
    }
    notify({Change::Kind::Consensus, roundId, record.initiativeId, record.questionId, 0});
    return success();
}

Status AssessmentFile::clearConsensus(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId)
{
    const Status removed = transact([&]() -> Status {
        SQLite::Statement remove(*m_db, "DELETE FROM consensus WHERE round_id = ? AND initiative_id = ? AND "
                                        "question_id = ?");
        remove.bind(1, roundId);
        remove.bind(2, initiativeId);
        remove.bind(3, questionId);
        remove.exec();
        return success();
    });
    if (!removed) {
        return removed;
    }
    notify({Change::Kind::Consensus, roundId, initiativeId, questionId, 0});
    return success();
}

} // namespace lastmile::storage
