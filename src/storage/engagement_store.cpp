// SPDX-License-Identifier: Apache-2.0
#include "engagement_store.h"

#include "core/bank_loader.h"

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

Result<Change> EngagementStore::setOrganization(const Organization& organization)
{
    SQLite::Statement update(m_connection.db(),
                             "INSERT INTO organization (id, name, sector, notes) VALUES (1, ?, ?, ?) "
                             "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                             "sector = excluded.sector, notes = excluded.notes");
    update.bind(1, organization.name);
    update.bind(2, organization.sector);
    update.bind(3, organization.notes);
    update.exec();
    return Change::organization();
}

Result<Change> EngagementStore::addInitiative(const Initiative& initiative)
{
    SQLite::Database& db = m_connection.db();
    SQLite::Statement insert(db, "INSERT INTO initiative (id, position, name, business_function, owner, stage, "
                                 "target_outcome, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(insert, 1, initiative.id);
    insert.bind(2, nextPosition(db, "initiative"));
    insert.bind(3, initiative.name);
    insert.bind(4, initiative.businessFunction);
    insert.bind(5, initiative.owner);
    insert.bind(6, std::string(stageId(initiative.stage)));
    insert.bind(7, initiative.targetOutcome);
    insert.bind(8, initiative.archived ? 1 : 0);
    insert.exec();
    return Change::initiative(db.getLastInsertRowid());
}

Result<Change> EngagementStore::updateInitiative(const Initiative& initiative)
{
    SQLite::Statement update(m_connection.db(),
                             "UPDATE initiative SET name = ?, business_function = ?, owner = ?, stage = ?, "
                             "target_outcome = ?, archived = ? WHERE id = ?");
    update.bind(1, initiative.name);
    update.bind(2, initiative.businessFunction);
    update.bind(3, initiative.owner);
    update.bind(4, std::string(stageId(initiative.stage)));
    update.bind(5, initiative.targetOutcome);
    update.bind(6, initiative.archived ? 1 : 0);
    update.bind(7, initiative.id);
    if (update.exec() == 0) {
        return m_connection.error(ErrorCode::UnknownId, "initiative " + std::to_string(initiative.id));
    }
    return Change::initiative(initiative.id);
}

Result<Change> EngagementStore::removeInitiative(std::int64_t initiativeId)
{
    SQLite::Statement remove(m_connection.db(), "DELETE FROM initiative WHERE id = ?"); // cascades
    remove.bind(1, initiativeId);
    if (remove.exec() == 0) {
        return m_connection.error(ErrorCode::UnknownId, "initiative " + std::to_string(initiativeId));
    }
    return Change::initiative(initiativeId);
}

Result<Change> EngagementStore::addRound(const Round& round, const QuestionBank& bank, std::int64_t copyRespondentsFrom)
{
    SQLite::Database& db = m_connection.db();
    if (copyRespondentsFrom != 0 && !exists(db, "SELECT 1 FROM round WHERE id = ?", copyRespondentsFrom)) {
        return m_connection.error(ErrorCode::UnknownId, "round " + std::to_string(copyRespondentsFrom));
    }
    SQLite::Statement insert(db, "INSERT INTO round (id, position, name, held_on, bank_json) VALUES (?, ?, ?, ?, ?)");
    bindId(insert, 1, round.id);
    insert.bind(2, nextPosition(db, "round"));
    insert.bind(3, round.name);
    insert.bind(4, round.heldOn);
    insert.bind(5, serializeBank(bank));
    insert.exec();
    const std::int64_t id = db.getLastInsertRowid();
    if (copyRespondentsFrom != 0) {
        SQLite::Statement copy(db, "INSERT INTO respondent (round_id, name, role) "
                                   "SELECT ?, name, role FROM respondent WHERE round_id = ? ORDER BY id");
        copy.bind(1, id);
        copy.bind(2, copyRespondentsFrom);
        copy.exec();
    }
    return Change::round(id);
}

Result<Change> EngagementStore::renameRound(std::int64_t roundId, const std::string& name, const std::string& heldOn)
{
    SQLite::Statement update(m_connection.db(), "UPDATE round SET name = ?, held_on = ? WHERE id = ?");
    update.bind(1, name);
    update.bind(2, heldOn);
    update.bind(3, roundId);
    if (update.exec() == 0) {
        return m_connection.error(ErrorCode::UnknownId, "round " + std::to_string(roundId));
    }
    return Change::round(roundId);
}

Result<Change> EngagementStore::removeRound(std::int64_t roundId)
{
    for (const char* sql : {"DELETE FROM answer WHERE round_id = ?", "DELETE FROM consensus WHERE round_id = ?",
                            "DELETE FROM respondent WHERE round_id = ?", "DELETE FROM round WHERE id = ?"}) {
        SQLite::Statement remove(m_connection.db(), sql);
        remove.bind(1, roundId);
        remove.exec();
    }
    m_connection.forgetRound(roundId);
    return Change::round(roundId);
}

Result<Change> EngagementStore::addRespondent(const Respondent& respondent)
{
    SQLite::Statement insert(m_connection.db(),
                             "INSERT INTO respondent (id, round_id, name, role) VALUES (?, ?, ?, ?)");
    bindId(insert, 1, respondent.id);
    insert.bind(2, respondent.roundId);
    insert.bind(3, respondent.name);
    insert.bind(4, respondent.role);
    insert.exec();
    return Change::respondent(respondent.roundId, m_connection.db().getLastInsertRowid());
}

Result<std::int64_t> EngagementStore::roundOfRespondent(std::int64_t respondentId)
{
    SQLite::Statement round(m_connection.db(), "SELECT round_id FROM respondent WHERE id = ?");
    round.bind(1, respondentId);
    if (!round.executeStep()) {
        return m_connection.error(ErrorCode::UnknownId, "respondent " + std::to_string(respondentId));
    }
    return round.getColumn(0).getInt64();
}

Result<Change> EngagementStore::updateRespondent(const Respondent& respondent)
{
    const Result<std::int64_t> roundId = roundOfRespondent(respondent.id);
    if (!roundId) {
        return roundId.error();
    }
    SQLite::Statement update(m_connection.db(), "UPDATE respondent SET name = ?, role = ? WHERE id = ?");
    update.bind(1, respondent.name);
    update.bind(2, respondent.role);
    update.bind(3, respondent.id);
    update.exec();
    return Change::respondent(*roundId, respondent.id);
}

Result<Change> EngagementStore::removeRespondent(std::int64_t respondentId)
{
    const Result<std::int64_t> roundId = roundOfRespondent(respondentId);
    if (!roundId) {
        return roundId.error();
    }
    SQLite::Statement remove(m_connection.db(), "DELETE FROM respondent WHERE id = ?"); // cascades to answers
    remove.bind(1, respondentId);
    remove.exec();
    return Change::respondent(*roundId, respondentId);
}

} // namespace lastmile::storage
