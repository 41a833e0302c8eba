// SPDX-License-Identifier: Apache-2.0
#include "working_copy_store.h"

#include "schema.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

Result<std::optional<WorkingCopy>> WorkingCopyStore::load()
{
    if (m_connection.schemaVersion() < kWorkingCopySchemaVersion) {
        return std::optional<WorkingCopy>();
    }
    SQLite::Database& db = m_connection.db();
    SQLite::Statement head(db, "SELECT repository, engagement, synced_at, synced_by FROM working_copy");
    if (!head.executeStep()) {
        return std::optional<WorkingCopy>();
    }
    WorkingCopy copy{head.getColumn(0).getString(),
                     head.getColumn(1).getString(),
                     head.getColumn(2).getString(),
                     head.getColumn(3).getString(),
                     {}};
    SQLite::Statement rows(db, "SELECT tbl, row_key, digest, uuid, revision, revised_by, revised_at "
                               "FROM working_copy_base ORDER BY tbl, row_key");
    while (rows.executeStep()) {
        copy.base.push_back({rows.getColumn(0).getString(), rows.getColumn(1).getString(),
                             rows.getColumn(2).getString(), rows.getColumn(3).getString(), rows.getColumn(4).getInt64(),
                             rows.getColumn(5).getString(), rows.getColumn(6).getString()});
    }
    return std::optional<WorkingCopy>(std::move(copy));
}

Status WorkingCopyStore::set(const WorkingCopy& copy)
{
    if (copy.repository.empty() || copy.engagement.empty()) {
        return m_connection.error(ErrorCode::Invalid, "a working copy needs its repository and engagement");
    }
    SQLite::Database& db = m_connection.db();
    db.exec("DELETE FROM working_copy_base; DELETE FROM working_copy");
    SQLite::Statement head(db, "INSERT INTO working_copy (id, repository, engagement, synced_at, synced_by) "
                               "VALUES (1, ?, ?, ?, ?)");
    head.bind(1, copy.repository);
    head.bind(2, copy.engagement);
    head.bind(3, copy.syncedAt);
    head.bind(4, copy.syncedBy);
    head.exec();
    SQLite::Statement row(db, "INSERT INTO working_copy_base (tbl, row_key, digest, uuid, revision, "
                              "revised_by, revised_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const BaseRow& base : copy.base) {
        row.bind(1, base.table);
        row.bind(2, base.key);
        row.bind(3, base.digest);
        row.bind(4, base.uuid);
        row.bind(5, base.revision);
        row.bind(6, base.revisedBy);
        row.bind(7, base.revisedAt);
        row.exec();
        row.reset();
    }
    return success();
}

} // namespace lastmile::storage
