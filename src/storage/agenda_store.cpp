// SPDX-License-Identifier: Apache-2.0
#include "agenda_store.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace lastmile::storage {

Result<std::optional<Agenda>> AgendaStore::load(std::int64_t roundId)
{
    if (m_connection.schemaVersion() < 2) {
        return std::optional<Agenda>(); // schema version 1 had no agenda
    }
    SQLite::Statement head(m_connection.db(), "SELECT position, anonymous_reveal FROM agenda WHERE round_id = ?");
    head.bind(1, roundId);
    if (!head.executeStep()) {
        return std::optional<Agenda>();
    }
    Agenda agenda;
    agenda.roundId = roundId;
    agenda.position = head.getColumn(0).getInt();
    agenda.anonymousReveal = head.getColumn(1).getInt() != 0;
    SQLite::Statement items(m_connection.db(), "SELECT initiative_id, question_id, time_box_seconds FROM agenda_item "
                                               "WHERE round_id = ? ORDER BY ordinal");
    items.bind(1, roundId);
    while (items.executeStep()) {
        agenda.items.push_back(
            {items.getColumn(0).getInt64(), items.getColumn(1).getString(), items.getColumn(2).getInt()});
    }
    // Removing an initiative takes its items with it: the room stays on the item it was on
    // or the last one left.
    agenda.position = std::clamp(agenda.position, 0, std::max(0, static_cast<int>(agenda.items.size()) - 1));
    // Read-only connections ignore CHECK constraints, so the rules are checked again here.
    const Result<const std::set<std::string>*> questions = m_connection.roundQuestions(roundId);
    if (!questions) {
        return questions.error();
    }
    const auto known = [&](const std::string& id) { return (*questions)->count(id) > 0; };
    if (const auto problem = agendaProblem(agenda, known)) {
        return m_connection.error(ErrorCode::Invalid, "agenda of round " + std::to_string(roundId) + ": " + *problem);
    }
    return std::optional<Agenda>(std::move(agenda));
}

Result<Change> AgendaStore::set(const Agenda& agenda)
{
    SQLite::Database& db = m_connection.db();
    const Result<const std::set<std::string>*> questions = m_connection.roundQuestions(agenda.roundId);
    if (!questions) {
        return questions.error();
    }
    const auto known = [&](const std::string& id) { return (*questions)->count(id) > 0; };
    if (const auto problem = agendaProblem(agenda, known)) {
        return m_connection.error(ErrorCode::Invalid, "agenda: " + *problem);
    }
    SQLite::Statement initiative(db, "SELECT 1 FROM initiative WHERE id = ?");
    for (const AgendaItem& item : agenda.items) {
        initiative.reset();
        initiative.bind(1, item.initiativeId);
        if (!initiative.executeStep()) {
            return m_connection.error(ErrorCode::UnknownId, "initiative " + std::to_string(item.initiativeId));
        }
    }
    SQLite::Statement remove(db, "DELETE FROM agenda WHERE round_id = ?");
    remove.bind(1, agenda.roundId);
    remove.exec();
    SQLite::Statement head(db, "INSERT INTO agenda (round_id, position, anonymous_reveal) VALUES (?, ?, ?)");
    head.bind(1, agenda.roundId);
    head.bind(2, agenda.position);
    head.bind(3, agenda.anonymousReveal ? 1 : 0);
    head.exec();
    SQLite::Statement insert(db, "INSERT INTO agenda_item (round_id, ordinal, initiative_id, question_id, "
                                 "time_box_seconds) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < agenda.items.size(); ++i) {
        const AgendaItem& item = agenda.items[i];
        insert.reset();
        insert.bind(1, agenda.roundId);
        insert.bind(2, static_cast<std::int64_t>(i));
        insert.bind(3, item.initiativeId);
        insert.bind(4, item.questionId);
        insert.bind(5, item.timeBoxSeconds);
        insert.exec();
    }
    return Change::agenda(agenda.roundId);
}

Result<Change> AgendaStore::setPosition(std::int64_t roundId, int position)
{
    SQLite::Database& db = m_connection.db();
    SQLite::Statement count(db, "SELECT count(*) FROM agenda_item WHERE round_id = ?");
    count.bind(1, roundId);
    count.executeStep();
    const int items = count.getColumn(0).getInt();
    if (position < 0 || position >= items) {
        return m_connection.error(ErrorCode::Invalid,
                                  "agenda position " + std::to_string(position) + " of " + std::to_string(items));
    }
    SQLite::Statement update(db, "UPDATE agenda SET position = ? WHERE round_id = ?");
    update.bind(1, position);
    update.bind(2, roundId);
    if (update.exec() != 1) {
        return m_connection.error(ErrorCode::UnknownId, "agenda of round " + std::to_string(roundId));
    }
    return Change::agenda(roundId);
}

Result<Change> AgendaStore::clear(std::int64_t roundId)
{
    SQLite::Database& db = m_connection.db();
    SQLite::Statement remove(db, "DELETE FROM agenda WHERE round_id = ?");
    remove.bind(1, roundId);
    remove.exec();
    return Change::agenda(roundId);
}

} // namespace lastmile::storage
