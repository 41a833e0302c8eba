// SPDX-License-Identifier: Apache-2.0
#include "plan_store.h"

#include "assessment_tables.h"
#include "core/friction.h"
#include "interchange.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cmath>

namespace lastmile::storage {

Status PlanStore::checkAction(const Action& action) const
{
    if (!isKnownFrictionId(action.frictionId)) {
        return m_connection.error(ErrorCode::UnknownId, "friction " + action.frictionId);
    }
    if (!action.due.empty() && !isIsoDate(action.due)) {
        return m_connection.error(ErrorCode::Invalid, "due date " + action.due);
    }
    if (action.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return m_connection.error(ErrorCode::Invalid, "an action needs a text");
    }
    return success();
}

Result<std::int64_t> PlanStore::initiativeOfAction(std::int64_t actionId)
{
    SQLite::Statement query(m_connection.db(), "SELECT initiative_id FROM action WHERE id = ?");
    query.bind(1, actionId);
    if (!query.executeStep()) {
        return m_connection.error(ErrorCode::UnknownId, "action " + std::to_string(actionId));
    }
    return query.getColumn(0).getInt64();
}

Result<Change> PlanStore::addAction(const Action& action, int index)
{
    if (Status valid = checkAction(action); !valid) {
        return valid.error();
    }
    SQLite::Database& db = m_connection.db();
    SQLite::Statement insert(db, "INSERT INTO action (id, position, initiative_id, friction_id, text, owner, "
                                 "due, status, note, recommendation_id) VALUES (?, "
                                 "(SELECT coalesce(max(position), -1) + 1 FROM action), ?, ?, ?, ?, ?, ?, ?, ?)");
    if (action.id == 0) {
        insert.bind(1);
    } else {
        insert.bind(1, action.id);
    }
    insert.bind(2, action.initiativeId);
    insert.bind(3, action.frictionId);
    insert.bind(4, action.text);
    insert.bind(5, action.owner);
    insert.bind(6, action.due);
    insert.bind(7, std::string(actionStatusId(action.status)));
    insert.bind(8, action.note);
    insert.bind(9, action.recommendationId);
    insert.exec();
    const std::int64_t id = db.getLastInsertRowid();
    if (index >= 0) {
        if (Result<Change> moved = moveAction(id, index); !moved) {
            return moved;
        }
    }
    return Change::action(action.initiativeId, id);
}

Result<Change> PlanStore::updateAction(const Action& action)
{
    if (Status valid = checkAction(action); !valid) {
        return valid.error();
    }
    SQLite::Statement update(m_connection.db(),
                             "UPDATE action SET initiative_id = ?, friction_id = ?, text = ?, owner = ?, "
                             "due = ?, status = ?, note = ?, recommendation_id = ? WHERE id = ?");
    update.bind(1, action.initiativeId);
    update.bind(2, action.frictionId);
    update.bind(3, action.text);
    update.bind(4, action.owner);
    update.bind(5, action.due);
    update.bind(6, std::string(actionStatusId(action.status)));
    update.bind(7, action.note);
    update.bind(8, action.recommendationId);
    update.bind(9, action.id);
    if (update.exec() == 0) {
        return m_connection.error(ErrorCode::UnknownId, "action " + std::to_string(action.id));
    }
    return Change::action(action.initiativeId, action.id);
}

Result<Change> PlanStore::removeAction(std::int64_t actionId)
{
    const Result<std::int64_t> initiativeId = initiativeOfAction(actionId);
    if (!initiativeId) {
        return initiativeId.error();
    }
    SQLite::Statement remove(m_connection.db(), "DELETE FROM action WHERE id = ?");
    remove.bind(1, actionId);
    remove.exec();
    return Change::action(*initiativeId, actionId);
}

Result<Change> PlanStore::moveAction(std::int64_t actionId, int newIndex)
{
    const Result<std::int64_t> initiativeId = initiativeOfAction(actionId);
    if (!initiativeId) {
        return initiativeId.error();
    }
    SQLite::Database& db = m_connection.db();
    std::vector<std::int64_t> order;
    SQLite::Statement query(db, "SELECT id FROM action ORDER BY position, id");
    while (query.executeStep()) {
        order.push_back(query.getColumn(0).getInt64());
    }
    order.erase(std::find(order.begin(), order.end(), actionId));
    const auto index = static_cast<std::size_t>(std::clamp(newIndex, 0, static_cast<int>(order.size())));
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(index), actionId);
    SQLite::Statement update(db, "UPDATE action SET position = ? WHERE id = ?");
    for (std::size_t i = 0; i < order.size(); ++i) {
        update.bind(1, static_cast<std::int64_t>(i));
        update.bind(2, order[i]);
        update.exec();
        update.reset();
    }
    return Change::action(*initiativeId, actionId);
}

Result<Change> PlanStore::setTarget(const Target& target)
{
    if (!isKnownFrictionId(target.frictionId)) {
        return m_connection.error(ErrorCode::UnknownId, "friction " + target.frictionId);
    }
    if (!std::isfinite(target.score) || target.score < 0.0 || target.score > 100.0) {
        return m_connection.error(ErrorCode::Invalid, "target score " + std::to_string(target.score));
    }
    SQLite::Statement upsert(m_connection.db(),
                             "INSERT INTO target (initiative_id, friction_id, score) VALUES (?, ?, ?) "
                             "ON CONFLICT (initiative_id, friction_id) DO UPDATE SET score = excluded.score");
    upsert.bind(1, target.initiativeId);
    upsert.bind(2, target.frictionId);
    upsert.bind(3, target.score);
    upsert.exec();
    return Change::target(target.initiativeId, target.frictionId);
}

Result<Change> PlanStore::clearTarget(std::int64_t initiativeId, const std::string& frictionId)
{
    SQLite::Statement remove(m_connection.db(), "DELETE FROM target WHERE initiative_id = ? AND friction_id = ?");
    remove.bind(1, initiativeId);
    remove.bind(2, frictionId);
    remove.exec();
    return Change::target(initiativeId, frictionId);
}

Result<Change> PlanStore::setBranding(const Branding& branding)
{
    if (branding.logo.size() > kMaxLogoBytes) {
        return m_connection.error(ErrorCode::Invalid, "logo larger than 5 MB");
    }
    writeBranding(m_connection.db(), branding);
    return Change::branding();
}

} // namespace lastmile::storage
