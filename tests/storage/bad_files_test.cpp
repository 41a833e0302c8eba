// SPDX-License-Identifier: Apache-2.0
// Every kind of bad file gets its own error, and opening it changes no byte of it.
#include "storage/assessment_file.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"
#include "support/torn_copy.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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

// Opens as the app does (openWithoutPageCheck, then checkPages and checkIndexes): the first
// refusal of the three, or success.
Status openInParts(const std::string& path, OpenMode mode)
{
    const auto opened = AssessmentFile::openWithoutPageCheck(path, mode);
    if (!opened) {
        return opened.error();
    }
    if (Status pages = (*opened)->checkPages(); !pages) {
        return pages;
    }
    return (*opened)->checkIndexes();
}

// Opens in both modes, whole and in parts, expects `code` each time, and checks the bytes did
// not change.
void expectRefused(const std::string& path, ErrorCode code)
{
    const std::string before = test::readBytes(path);
    for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite}) {
        const auto opened = AssessmentFile::open(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == code);
        CHECK(opened.error().path == path);
        const Status inParts = openInParts(path, mode);
        REQUIRE_FALSE(inParts.ok());
        CHECK(inParts.error().code == code);
        CHECK(inParts.error().path == path);
    }
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-journal"));
    // No writer lock was left behind by the refused opens.
    const int fd = ::open(path.c_str(), O_RDONLY);
    REQUIRE(fd >= 0);
    CHECK(::flock(fd, LOCK_EX | LOCK_NB) == 0);
    ::close(fd);
}

// Starts a child that changes many rows in one transaction with a tiny cache, so changed
// pages reach the file before the commit, and dies before committing: a hot journal.
void crashMidTransaction(const std::string& path)
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA cache_size = 1; BEGIN; UPDATE answer SET note = hex(randomblob(700));"
                "UPDATE organization SET name = 'half-written'");
        ::raise(SIGKILL);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));
}

} // namespace

TEST_CASE("A sound file passes the checks in parts as it passes them whole")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    CHECK(openInParts(path, OpenMode::ReadOnly).ok());
    CHECK(openInParts(path, OpenMode::ReadWrite).ok());
}

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
    SECTION("text")
    {
        test::writeBytes(path, "Just some notes\nand more notes\n");
    }
    SECTION("empty")
    {
        test::writeBytes(path, "");
    }
    SECTION("a few bytes of a header")
    {
        test::writeBytes(path, "SQLite format 3");
    }
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
    SECTION("view")
    {
        test::rawExec(path, "CREATE VIEW everything AS SELECT * FROM answer");
    }
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

TEST_CASE("A copy torn while an edit was being written is refused as damaged, though quick_check passes it")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    const std::string torn = dir.file("torn.lastmile");
    test::writeTornCopy(path,
                        "DELETE FROM answer WHERE initiative_id = (SELECT min(initiative_id) FROM answer) "
                        "AND question_id = (SELECT min(question_id) FROM answer)",
                        torn);
    {
        SQLite::Database db(torn, SQLite::OPEN_READONLY);
        REQUIRE(db.execAndGet("PRAGMA quick_check").getString() == "ok"); // the check opening used to make
        REQUIRE(db.execAndGet("PRAGMA integrity_check").getString() != "ok");
    }
    expectRefused(torn, ErrorCode::Corrupt);
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

TEST_CASE("A folder is not a file")
{
    TempDir dir;
    const auto opened = AssessmentFile::open(dir.path().string(), OpenMode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NotAFile);
}

TEST_CASE("A file in write-ahead-log mode, which Lastmile never writes, is refused unchanged")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    test::rawExec(path, "PRAGMA journal_mode = WAL");
    expectRefused(path, ErrorCode::UnexpectedSchema);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
}

TEST_CASE("An edit interrupted by a crash is rolled back before a reader sees the file")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    const auto before = test::tableRows(path, "answer");
    const std::string original = test::readBytes(path);
    crashMidTransaction(path);
    REQUIRE(std::filesystem::file_size(path + "-journal") > 0);
    REQUIRE(test::readBytes(path) != original); // changed pages reached the file before the crash

    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto loaded = (*file)->load();
    REQUIRE(loaded.ok());
    CHECK(loaded->organization.name == test::smallAssessment().organization.name);
    CHECK(test::tableRows(path, "answer") == before);
    CHECK((*file)->verify()->empty());
}

TEST_CASE("An interrupted edit that cannot be rolled back here is reported as such, and nothing changes")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    crashMidTransaction(path);
    REQUIRE(::chmod(path.c_str(), 0444) == 0);
    const std::string bytes = test::readBytes(path);
    const std::string journal = test::readBytes(path + "-journal");
    const auto opened = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NeedsRecovery);
    CHECK(test::readBytes(path) == bytes);
    CHECK(test::readBytes(path + "-journal") == journal);
    REQUIRE(::chmod(path.c_str(), 0644) == 0);
    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).ok());
}

TEST_CASE("Rows that break the file's rules are reported, never scored or crashed on")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    std::string expected;
    SECTION("a level out of range")
    {
        test::rawExec(path, "PRAGMA ignore_check_constraints = 1; UPDATE answer SET level = 9 WHERE kind = 'level'");
        expected = "answer: level 9";
    }
    SECTION("a level that is not a whole number")
    {
        test::rawExec(path, "PRAGMA ignore_check_constraints = 1; UPDATE answer SET level = 2.5 WHERE kind = 'level'");
        expected = "answer: level 2.5";
    }
    SECTION("a level that is text")
    {
        test::rawExec(path,
                      "PRAGMA ignore_check_constraints = 1; UPDATE answer SET level = 'abc' WHERE kind = 'level'");
        expected = "answer: level abc";
    }
    SECTION("an unknown stage")
    {
        test::rawExec(path, "PRAGMA ignore_check_constraints = 1; UPDATE initiative SET stage = 'finished'");
        expected = "initiative: stage finished";
    }
    SECTION("answers of a round that is gone")
    {
        test::rawExec(path, "PRAGMA foreign_keys = OFF; DELETE FROM round");
        expected = "respondent: round 1";
    }
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto loaded = (*file)->load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::Invalid);
    CHECK(loaded.error().detail == expected);
    const auto findings = (*file)->verify();
    REQUIRE(findings.ok());
    REQUIRE_FALSE(findings->empty());
}

TEST_CASE("Opening and closing a file again in the same process keeps the locks of its other connections")
{
    TempDir dir;
    const std::string path = makeFile(dir);
    auto writer = AssessmentFile::open(path, OpenMode::ReadWrite);
    REQUIRE(writer.ok());
    SQLite::Database other(path, SQLite::OPEN_READWRITE);
    other.exec("BEGIN IMMEDIATE"); // holds SQLite's RESERVED lock through its own descriptor

    CHECK(AssessmentFile::open(path, OpenMode::ReadOnly).ok());        // opened and closed again
    CHECK_FALSE(AssessmentFile::open(path, OpenMode::ReadWrite).ok()); // refused and closed again

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            SQLite::Database db(path, SQLite::OPEN_READWRITE, 0);
            db.exec("BEGIN IMMEDIATE");
            ::_exit(0); // got the write lock: the parent's lock was lost
        } catch (const SQLite::Exception&) {
            ::_exit(1); // busy, as it must be
        }
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(WEXITSTATUS(status) == 1);
    other.exec("ROLLBACK");
}
