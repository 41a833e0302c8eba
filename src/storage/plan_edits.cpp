// SPDX-License-Identifier: Apache-2.0
// AssessmentFile: the action plan, targets and report branding, one transaction per edit.
#include "assessment_file.h"
#include "core/friction.h"
#include "interchange.h"
#include "transact.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <cmath>

namespace lastmile::storage {

namespace {

Change planChange(Change::Kind kind, std::int64_t initiativeId, std::int64_t actionId)
{
    return {kind, 0, initiativeId, {}, actionId};
}

} // namespace

Status AssessmentFile::checkAction(const Action& action) const
{
    if (!isKnownFrictionId(action.frictionId)) {
        return StorageError{ErrorCode::UnknownId, m_path, "friction " + action.frictionId};
    }
    if (!action.due.empty() && !isIsoDate(action.due)) {
        return StorageError{ErrorCode::Invalid, m_path, "due date " + action.due};
    }
    if (action.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        return StorageError{ErrorCode::Invalid, m_path, "an action needs a text"};
    }
    return success();
}

Result<std::int64_t> AssessmentFile::addAction(const Action& action)
{
    if (Status valid = checkAction(action); !valid) {
        return valid.error();
    }
    std::int64_t id = 0;
    const Status done = transact([&]() -> Status {
        SQLite::Statement insert(*m_db,
                                 "INSERT INTO action (id, position, initiative_id, friction_id, text, owner, "
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
        id = m_db->getLastInsertRowid();
        return success();
    });
    if (!done) {
        return done.error();
    }
    notify(planChange(Change::Kind::Action, action.initiativeId, id));
    return id;
}

Status AssessmentFile::updateAction(const Action& action)
{
    if (Status valid = checkAction(action); !valid) {
        return valid;
    }
    const Status done = transact([&]() -> Status {
        SQLite::Statement update(*m_db, "UPDATE action SET initiative_id = ?, friction_id = ?, text = ?, owner = ?, "
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
            return StorageError{ErrorCode::UnknownId, m_path, "action " + std::to_string(action.id)};
        }
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Action, action.initiativeId, action.id));
    }
    return done;
}

Status AssessmentFile::removeAction(std::int64_t actionId)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement remove(*m_db, "DELETE FROM action WHERE id = ?");
        remove.bind(1, actionId);
        if (remove.exec() == 0) {
            return StorageError{ErrorCode::UnknownId, m_path, "action " + std::to_string(actionId)};
        }
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Action, 0, actionId));
    }
    return done;
}

Status AssessmentFile::moveAction(std::int64_t actionId, int newIndex)
{
    const Status done = transact([&]() -> Status {
        std::vector<std::int64_t> order;
        SQLite::Statement query(*m_db, "SELECT id FROM action ORDER BY position, id");
        while (query.executeStep()) {
            order.push_back(query.getColumn(0).getInt64());
        }
        const auto found = std::find(order.begin(), order.end(), actionId);
        if (found == order.end()) {
            return StorageError{ErrorCode::UnknownId, m_path, "action " + std::to_string(actionId)};
        }
        order.erase(found);
        const auto index = static_cast<std::size_t>(std::clamp(newIndex, 0, static_cast<int>(order.size())));
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(index), actionId);
        SQLite::Statement update(*m_db, "UPDATE action SET position = ? WHERE id = ?");
        for (std::size_t i = 0; i < order.size(); ++i) {
            update.bind(1, static_cast<std::int64_t>(i));
            update.bind(2, order[i]);
            update.exec();
            update.reset();
        }
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Action, 0, actionId));
    }
    return done;
}

Status AssessmentFile::setTarget(const Target& target)
{
    if (!isKnownFrictionId(target.frictionId)) {
        return StorageError{ErrorCode::UnknownId, m_path, "friction " + target.frictionId};
    }
    if (!std::isfinite(target.score) || target.score < 0.0 || target.score > 100.0) {
        return StorageError{ErrorCode::Invalid, m_path, "target score " + std::to_string(target.score)};
    }
    const Status done = transact([&]() -> Status {
        SQLite::Statement upsert(*m_db,
                                 "INSERT INTO target (initiative_id, friction_id, score) VALUES (?, ?, ?) "
                                 "ON CONFLICT (initiative_id, friction_id) DO UPDATE SET score = excluded.score");
        upsert.bind(1, target.initiativeId);
        upsert.bind(2, target.frictionId);
        upsert.bind(3, target.score);
        upsert.exec();
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Target, target.initiativeId, 0));
    }
    return done;
}

Status AssessmentFile::clearTarget(std::int64_t initiativeId, const std::string& frictionId)
{
    const Status done = transact([&]() -> Status {
        SQLite::Statement remove(*m_db, "DELETE FROM target WHERE initiative_id = ? AND friction_id = ?");
        remove.bind(1, initiativeId);
        remove.bind(2, frictionId);
        remove.exec();
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Target, initiativeId, 0));
    }
    return done;
}

Status AssessmentFile::setBranding(const Branding& branding)
{
    if (branding.logo.size() > kMaxLogoBytes) {
        return StorageError{ErrorCode::Invalid, m_path, "logo larger than 5 MB"};
    }
    const Status done = transact([&]() -> Status {
        SQLite::Statement upsert(*m_db, "INSERT OR REPLACE INTO branding (id, firm_name, accent_colour, footer, "
                                        "page_size, logo_mime, logo) VALUES (1, ?, ?, ?, ?, ?, ?)");
        upsert.bind(1, branding.firmName);
        upsert.bind(2, branding.accentColour);
        upsert.bind(3, branding.footer);
        upsert.bind(4, branding.pageSize);
        upsert.bind(5, branding.logoMime);
        if (branding.logo.empty()) {
            upsert.bind(6);
        } else {
            upsert.bind(6, branding.logo.data(), static_cast<int>(branding.logo.size()));
        }
        upsert.exec();
        return success();
    });
    if (done) {
        notify(planChange(Change::Kind::Branding, 0, 0));
    }
    return done;
}

} // namespace lastmile::storage
