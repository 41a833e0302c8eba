// SPDX-License-Identifier: Apache-2.0
// AssessmentFile: editing the engagement (organization, initiatives, rounds, respondents).
#include "assessment_file.h"
#include "core/bank_loader.h"
#include "sqlite_errors.h"
#include "transact.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

namespace {

std::int64_t nextPosition(SQLite::Database& db, const char* table)
{
    return db.execAndGet(std::string("SELECT coalesce(max(position), -1) + 1 FROM ") + table).getInt64();
}

bool exists(SQLite::Database& db, const char* sql, std::int64_t id)
{
    SQLite::Statement query(db, sql);
    query.bind(1, id);
    return query.executeStep();
}

void bindId(SQLite::Statement& statement, int index, std::int64_t id)
{
    if (id == 0) {
        statement.bind(index); // NULL: SQLite picks the next id
    } else {
        statement.bind(index, id);
    }
}

} // namespace

Status AssessmentFile::setOrganization(const Organization& organization)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement update(*m_db, "INSERT INTO organization (id, name, sector, notes) VALUES (1, ?, ?, ?) "
                                        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                        "sector = excluded.sector, notes = excluded.notes");
        update.bind(1, organization.name);
        update.bind(2, organization.sector);
        update.bind(3, organization.notes);
        update.exec();
        return success();
    });
    if (done) {
        notify({Change::Kind::Organization, 0, 0, {}, 0});
    }
    return done;
}

Result<std::int64_t> AssessmentFile::addInitiative(const Initiative& initiative)
{
    std::int64_t id = 0;
    const Status done = transact([&]() -> Status {
        SQLite::Statement insert(*m_db, "INSERT INTO initiative (id, position, name, business_function, owner, stage, "
                                        "target_outcome, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        bindId(insert, 1, initiative.id);
        insert.bind(2, nextPosition(*m_db, "initiative"));
        insert.bind(3, initiative.name);
        insert.bind(4, initiative.businessFunction);
        insert.bind(5, initiative.owner);
        insert.bind(6, std::string(stageId(initiative.stage)));
        insert.bind(7, initiative.targetOutcome);
        insert.bind(8, initiative.archived ? 1 : 0);
        insert.exec();
        id = m_db->getLastInsertRowid();
        return success();
    });
    if (!done) {
        return done.error();
    }
    notify({Change::Kind::Initiative, 0, id, {}, 0});
    return id;
}

Status AssessmentFile::updateInitiative(const Initiative& initiative)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement update(*m_db, "UPDATE initiative SET name = ?, business_function = ?, owner = ?, stage = ?, "
                                        "target_outcome = ?, archived = ? WHERE id = ?");
        update.bind(1, initiative.name);
        update.bind(2, initiative.businessFunction);
        update.bind(3, initiative.owner);
        update.bind(4, std::string(stageId(initiative.stage)));
        update.bind(5, initiative.targetOutcome);
        update.bind(6, initiative.archived ? 1 : 0);
        update.bind(7, initiative.id);
        if (update.exec() == 0) {
            return StorageError{ErrorCode::UnknownId, m_path, "initiative " + std::to_string(initiative.id)};
        }
        return success();
    });
    if (done) {
        notify({Change::Kind::Initiative, 0, initiative.id, {}, 0});
    }
    return done;
}

Status AssessmentFile::removeInitiative(std::int64_t initiativeId)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement remove(*m_db, "DELETE FROM initiative WHERE id = ?"); // cascades
        remove.bind(1, initiativeId);
        if (remove.exec() == 0) {
            return StorageError{ErrorCode::UnknownId, m_path, "initiative " + std::to_string(initiativeId)};
        }
        return success();
    });
    if (done) {
        notify({Change::Kind::Initiative, 0, initiativeId, {}, 0});
    }
    return done;
}

Result<std::int64_t> AssessmentFile::addRound(const Round& round, const QuestionBank& bank,
                                              std::int64_t copyRespondentsFrom)
{
    std::int64_t id = 0;
    const Status done = transact([&]() -> Status {
        if (copyRespondentsFrom != 0 && !exists(*m_db, "SELECT 1 FROM round WHERE id = ?", copyRespondentsFrom)) {
            return StorageError{ErrorCode::UnknownId, m_path, "round " + std::to_string(copyRespondentsFrom)};
        }
        SQLite::Statement insert(*m_db,
                                 "INSERT INTO round (id, position, name, held_on, bank_json) VALUES (?, ?, ?, ?, ?)");
        bindId(insert, 1, round.id);
        insert.bind(2, nextPosition(*m_db, "round"));
        insert.bind(3, round.name);
        insert.bind(4, round.heldOn);
        insert.bind(5, serializeBank(bank));
        insert.exec();
        id = m_db->getLastInsertRowid();
        if (copyRespondentsFrom != 0) {
            SQLite::Statement copy(*m_db, "INSERT INTO respondent (round_id, name, role) "
                                          "SELECT ?, name, role FROM respondent WHERE round_id = ? ORDER BY id");
            copy.bind(1, id);
            copy.bind(2, copyRespondentsFrom);
            copy.exec();
        }
        return success();
    });
    if (!done) {
        return done.error();
    }
    notify({Change::Kind::Round, id, 0, {}, 0});
    return id;
}

Status AssessmentFile::renameRound(std::int64_t roundId, const std::string& name, const std::string& heldOn)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement update(*m_db, "UPDATE round SET name = ?, held_on = ? WHERE id = ?");
        update.bind(1, name);
        update.bind(2, heldOn);
        update.bind(3, roundId);
        if (update.exec() == 0) {
            return StorageError{ErrorCode::UnknownId, m_path, "round " + std::to_string(roundId)};
        }
        return success();
    });
    if (done) {
        notify({Change::Kind::Round, roundId, 0, {}, 0});
    }
    return done;
}

Status AssessmentFile::removeRound(std::int64_t roundId)
{
    const Status done = transact([&]() -> Status {
        for (const char* sql : {"DELETE FROM answer WHERE round_id = ?", "DELETE FROM consensus WHERE round_id = ?",
                                "DELETE FROM respondent WHERE round_id = ?", "DELETE FROM round WHERE id = ?"}) {
            SQLite::Statement remove(*m_db, sql);
            remove.bind(1, roundId);
            remove.exec();
        }
        return success();
    });
    if (done) {
        m_roundQuestions.erase(roundId);
        notify({Change::Kind::Round, roundId, 0, {}, 0});
    }
    return done;
}

Result<std::int64_t> AssessmentFile::addRespondent(const Respondent& respondent)
{
    std::int64_t id = 0;
    const Status done = transact([&]() -> Status {
        SQLite::Statement insert(*m_db, "INSERT INTO respondent (id, round_id, name, role) VALUES (?, ?, ?, ?)");
        bindId(insert, 1, respondent.id);
        insert.bind(2, respondent.roundId);
        insert.bind(3, respondent.name);
        insert.bind(4, respondent.role);
        insert.exec();
        id = m_db->getLastInsertRowid();
        return success();
    });
    if (!done) {
        return done.error();
    }
    notify({Change::Kind::Respondent, respondent.roundId, 0, {}, id});
    return id;
}

Status AssessmentFile::updateRespondent(const Respondent& respondent)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement update(*m_db, "UPDATE respondent SET name = ?, role = ? WHERE id = ?");
        update.bind(1, respondent.name);
        update.bind(2, respondent.role);
        update.bind(3, respondent.id);
        if (update.exec() == 0) {
            return StorageError{ErrorCode::UnknownId, m_path, "respondent " + std::to_string(respondent.id)};
        }
        return success();
    });
    if (done) {
        notify({Change::Kind::Respondent, respondent.roundId, 0, {}, respondent.id});
    }
    return done;
}

Status AssessmentFile::removeRespondent(std::int64_t respondentId)
{
    std::int64_t roundId = 0;
    const Status done = transact([&]() -> Status {
        SQLite::Statement round(*m_db, "SELECT round_id FROM respondent WHERE id = ?");
        round.bind(1, respondentId);
        if (!round.executeStep()) {
            return StorageError{ErrorCode::UnknownId, m_path, "respondent " + std::to_string(respondentId)};
        }
        roundId = round.getColumn(0).getInt64();
        SQLite::Statement remove(*m_db, "DELETE FROM respondent WHERE id = ?"); // cascades to answers
        remove.bind(1, respondentId);
        remove.exec();
        return success();
    });
    if (done) {
        notify({Change::Kind::Respondent, roundId, 0, {}, respondentId});
    }
    return done;
}

} // namespace lastmile::storage
