// SPDX-License-Identifier: Apache-2.0
// Every kind of bad file gets its own error, and opening it changes no byte of it.
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include "storage/assessment_file.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

std::string makeFile(const TempDir& dir, const std::string& name = "a.lastmile")
{
    const std::string path = dir.file(name);
    REQUIRE(AssessmentFile::create(path, test::smallAssessment(3, 3)).ok());
    return path;
}

// Opens in both modes, expects `code` each time, and checks the bytes did not change.
void expectRefused(const std::string& path, ErrorCode code)
{
    const std::string before = test::readBytes(path);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        const auto opened = AssessmentFile::open(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == code);
        CHECK(opened.error().path == path);
    }
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
}

} // namespace

TEST_CASE("A missing file is reported as missing")
{
    TempDir dir;
    const auto opened = AssessmentFile::open(dir.file("nothing.lastmile"), OpenMode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotFound);
}

TEST_CASE("Files that are not SQLite databases are refused")
{
    TempDir dir;
    const std::string path = dir.file("notes.lastmile");
    SECTION("text") { test::writeBytes(path, "Just some notes\nand more notes\n"); }
    SECTION("empty") { test::writeBytes(path, ""); }
    SECTION("a few bytes of a header") { test::writeBytes(path, "SQLite format 3"); }
    expectRefused(path, ErrorCode::NotSqlite);
}

TEST_CASE("An SQLite database of another application is refused")
{
    TempDir dir;
    const std::string path = dir.file("other.db");
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')");
    }
    expectRefused(path, ErrorCode::NotLastmile);
}

TEST_CASE("A file from a newer Lastmile is refused with its version")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    test::rawExec(path, "PRAGMA user_version = 99");
    expectRefused(path, ErrorCode::NewerVersion);
    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).error().detail == "99");
}

TEST_CASE("A file with an injected trigger is refused and the trigger never runs")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    test::rawExec(path, "CREATE TRIGGER wipe AFTER INSERT ON answer BEGIN DELETE FROM initiative; END");
    expectRefused(path, ErrorCode::UnexpectedSchema);
    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).error().detail == "trigger wipe");
}

TEST_CASE("A file with an extra view or a changed table is refused")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    SECTION("view") { test::rawExec(path, "CREATE VIEW everything AS SELECT * FROM answer"); }
    SECTION("table without its checks")
    {
        test::rawExec(path, "PRAGMA writable_schema = ON; "
                            "UPDATE sqlite_schema SET sql = replace(sql, 'BETWEEN 0 AND 4', 'BETWEEN 0 AND 9') "
                            "WHERE name = 'answer'; PRAGMA writable_schema = OFF;");
    }
    expectRefused(path, ErrorCode::UnexpectedSchema);
}

TEST_CASE("A truncated file is refused as damaged")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    const std::string bytes = test::readBytes(path);
    REQUIRE(bytes.size() > 8192);
    test::writeBytes(path, bytes.substr(0, bytes.size() / 2));
    expectRefused(path, ErrorCode::Corrupt);
}

TEST_CASE("A file with flipped bytes in its pages is refused as damaged")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    std::string bytes = test::readBytes(path);
    const std::size_t pageSize = 4096;
    REQUIRE(bytes.size() >= 4 * pageSize);
    // Damage the b-tree headers of a few pages after the first, leaving the file header intact.
    for (std::size_t page = 1; page < bytes.size() / pageSize; page += 2) {
        for (std::size_t i = 0; i < 12; ++i) {
            bytes[page * pageSize + i] = static_cast<char>(bytes[page * pageSize + i] ^ 0x5A);
        }
    }
    test::writeBytes(path, bytes);
    expectRefused(path, ErrorCode::Corrupt);
}
