// SPDX-License-Identifier: Apache-2.0
#include "torn_copy.h"

#include "temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <filesystem>
#include <stdexcept>

namespace lastmile::test {

void writeTornCopy(const std::string& before, const std::string& sql, const std::string& torn)
{
    const std::string after = torn + ".after";
    std::filesystem::copy_file(before, after, std::filesystem::copy_options::overwrite_existing);
    {
        SQLite::Database db(after, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA foreign_keys = ON");
        db.exec(sql);
    }
    std::string bytes = readBytes(after);
    const std::string old = readBytes(before);
    std::filesystem::remove(after);
    SQLite::Database db(before, SQLite::OPEN_READONLY);
    const auto pageSize = static_cast<std::size_t>(db.execAndGet("PRAGMA page_size").getInt());
    SQLite::Statement pages(db, "SELECT pageno FROM dbstat WHERE name IN ('answer_by_initiative', "
                                "'answer_by_respondent')");
    int kept = 0;
    while (pages.executeStep()) {
        const auto offset = static_cast<std::size_t>(pages.getColumn(0).getInt64() - 1) * pageSize;
        if (offset + pageSize > bytes.size() || offset + pageSize > old.size()) {
            throw std::runtime_error("the edit moved the index pages");
        }
        bytes.replace(offset, pageSize, old, offset, pageSize);
        ++kept;
    }
    if (kept == 0) {
        throw std::runtime_error("no index pages found (is dbstat available?)");
    }
    writeBytes(torn, bytes);
}

} // namespace lastmile::test
