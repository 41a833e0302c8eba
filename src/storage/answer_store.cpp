// SPDX-License-Identifier: Apache-2.0
#include "answer_store.h"

#include "assessment_tables.h"
#include "core/bank_loader.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

Result<const std::set<std::string>*> Connection::roundQuestions(std::int64_t roundId)
{
    if (const auto cached = m_roundQuestions.find(roundId); cached != m_roundQuestions.end()) {
        return &cached->second;
    }
    SQLite::Statement query(m_db, "SELECT bank_json FROM round WHERE id = ?");
    query.bind(1, roundId);
    if (!query.executeStep()) {
        return error(ErrorCode::UnknownId, "round " + std::to_string(roundId));
    }
    const BankLoadResult bank = parseBank(query.getColumn(0).getString());
    if (!bank.ok()) {
        return error(ErrorCode::Invalid, "round " + std::to_string(roundId));
    }
    std::set<std::string> ids;
    for (const Friction& friction : bank.bank->frictions) {
        for (const Question& question : friction.questions) {
            ids.insert(question.id);
        }
    }
    return &(m_roundQuestions[roundId] = std::move(ids));
}

Status AnswerStore::checkTarget(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                const Answer& answer)
{
    if (answer.isLevel() && !isValidLevel(answer.level)) {
        return m_connection.error(ErrorCode::Invalid, "level " + std::to_string(answer.level));
    }
    const Result<const std::set<std::string>*> questions = m_connection.roundQuestions(roundId);
    if (!questions) {
        return questions.error();
    }
    if ((*questions)->count(questionId) == 0) {
        return m_connection.error(ErrorCode::UnknownId, "question " + questionId);
    }
    SQLite::Statement initiative(m_connection.db(), "SELECT 1 FROM initiative WHERE id = ?");
    initiative.bind(1, initiativeId);
    if (!initiative.executeStep()) {
        return m_connection.error(ErrorCode::UnknownId, "initiative " + std::to_string(initiativeId));
    }
    return success();
}

Result<Change> AnswerStore::set(const AnswerRecord& record, std::int64_t roundId)
{
    if (Status target = checkTarget(roundId, record.initiativeId, record.questionId, record.answer); !target) {
        return target.error();
    }
    SQLite::Database& db = m_connection.db();
    SQLite::Statement respondent(db, "SELECT 1 FROM respondent WHERE id = ? AND round_id = ?");
    respondent.bind(1, record.respondentId);
    respondent.bind(2, roundId);
    if (!respondent.executeStep()) {
        return m_connection.error(ErrorCode::UnknownId, "respondent " + std::to_string(record.respondentId));
    }
    SQLite::Statement upsert(db, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, "
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
    return Change::answer(roundId, record.initiativeId, record.questionId, record.respondentId);
}

Result<Change> AnswerStore::clear(std::int64_t roundId, std::int64_t initiativeId, const std::string& questionId,
                                  std::int64_t respondentId)
{
    SQLite::Statement remove(m_connection.db(), "DELETE FROM answer WHERE round_id = ? AND initiative_id = ? AND "
                                                "question_id = ? AND respondent_id = ?");
    remove.bind(1, roundId);
    remove.bind(2, initiativeId);
    remove.bind(3, questionId);
    remove.bind(4, respondentId);
    remove.exec();
    return Change::answer(roundId, initiativeId, questionId, respondentId);
}

Result<Change> AnswerStore::setConsensus(const ConsensusRecord& record, std::int64_t roundId)
{
    if (Status target = checkTarget(roundId, record.initiativeId, record.questionId, record.answer); !target) {
        return target.error();
    }
    SQLite::Statement upsert(m_connection.db(),
                             "INSERT INTO consensus (round_id, initiative_id, question_id, kind, level, "
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
    return Change::consensus(roundId, record.initiativeId, record.questionId);
}

Result<Change> AnswerStore::clearConsensus(std::int64_t roundId, std::int64_t initiativeId,
                                           const std::string& questionId)
{
    SQLite::Statement remove(m_connection.db(), "DELETE FROM consensus WHERE round_id = ? AND initiative_id = ? AND "
                                                "question_id = ?");
    remove.bind(1, roundId);
    remove.bind(2, initiativeId);
    remove.bind(3, questionId);
    remove.exec();
    return Change::consensus(roundId, initiativeId, questionId);
}

} // namespace lastmile::storage
