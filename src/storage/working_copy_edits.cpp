// SPDX-License-Identifier: Apache-2.0
// AssessmentFile: the file as a working copy of an engagement in a team repository.
#include "assessment_file.h"
#include "schema.h"
#include "sqlite_errors.h"
#include "transact.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

Result<std::optional<WorkingCopy>> AssessmentFile::loadWorkingCopy() const
{
    if (m_schemaVersion < kWorkingCopySchemaVersion) {
        return std::optional<WorkingCopy>();
    }
    try {
        SQLite::Statement head(*m_db, "SELECT repository, engagement, synced_at, synced_by FROM working_copy");
        if (!head.executeStep()) {
            return std::optional<WorkingCopy>();
        }
        WorkingCopy copy{head.getColumn(0).getString(),
                         head.getColumn(1).getString(),
                         head.getColumn(2).getString(),
                         head.getColumn(3).getString(),
                         {}};
        SQLite::Statement rows(*m_db, "SELECT tbl, row_key, digest, uuid, revision, revised_by, revised_at "
                                      "FROM working_copy_base ORDER BY tbl, row_key");
        while (rows.executeStep()) {
            copy.base.push_back({rows.getColumn(0).getString(), rows.getColumn(1).getString(),
                                 rows.getColumn(2).getString(), rows.getColumn(3).getString(),
                                 rows.getColumn(4).getInt64(), rows.getColumn(5).getString(),
                                 rows.getColumn(6).getString()});
        }
        return std::optional<WorkingCopy>(std::move(copy));
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, m_path);
    }
}

Result<std::optional<WorkingCopy>> AssessmentFile::readWorkingCopyLink(const std::string& path)
{
    try {
        Result<std::unique_ptr<AssessmentFile>> file = openChecked(path, OpenMode::ReadOnly, OpenChecks::Light);
        if (!file) {
            return file.error();
        }
        if ((*file)->m_schemaVersion < kWorkingCopySchemaVersion) {
            return std::optional<WorkingCopy>();
        }
        SQLite::Statement head(*(*file)->m_db, "SELECT repository, engagement, synced_at, synced_by FROM working_copy");
        if (!head.executeStep()) {
            return std::optional<WorkingCopy>();
        }
        return std::optional<WorkingCopy>(WorkingCopy{head.getColumn(0).getString(),
                                                      head.getColumn(1).getString(),
                                                      head.getColumn(2).getString(),
                                                      head.getColumn(3).getString(),
                                                      {}});
    } catch (const SQLite::Exception& error) {
        return errorFromSqlite(error, path);
    }
}

Status AssessmentFile::setWorkingCopy(const WorkingCopy& copy)
{
    if (copy.repository.empty() || copy.engagement.empty()) {
        return StorageError{ErrorCode::Invalid, m_path, "a working copy needs its repository and engagement"};
    }
    return transact([&]() -> Status {
        m_db->exec("DELETE FROM working_copy_base; DELETE FROM working_copy");
        SQLite::Statement head(*m_db, "INSERT INTO working_copy (id, repository, engagement, synced_at, synced_by) "
                                      "VALUES (1, ?, ?, ?, ?)");
        head.bind(1, copy.repository);
        head.bind(2, copy.engagement);
        head.bind(3, copy.syncedAt);
        head.bind(4, copy.syncedBy);
        head.exec();
        SQLite::Statement row(*m_db, "INSERT INTO working_copy_base (tbl, row_key, digest, uuid, revision, "
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
    });
}

} // namespace lastmile::storage
