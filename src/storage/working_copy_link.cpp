// SPDX-License-Identifier: Apache-2.0
// AssessmentFile: which repository and engagement a file is a working copy of, read for the library.
#include "assessment_file.h"
#include "schema.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace lastmile::storage {

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

} // namespace lastmile::storage
