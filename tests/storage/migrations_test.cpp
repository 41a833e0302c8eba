// SPDX-License-Identifier: Apache-2.0
#include "storage/assessment_file.h"
#include "storage/migrations.h"
#include "storage/schema.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

std::string readText(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Builds a file of an old schema version from its committed SQL dump.
std::string fixtureFile(const TempDir& dir, int version)
{
    const std::string path = dir.file("v" + std::to_string(version) + ".lastmile");
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(readText(std::string(LASTMILE_TEST_DATA) + "/fixtures/schema-v" + std::to_string(version) + ".sql"));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(version));
    return path;
}

} // namespace

TEST_CASE("A file of schema version 1 opens and reads in this build")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 1);
    auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
    REQUIRE(file.ok());
    const auto assessment = (*file)->load();
    REQUIRE(assessment.ok());
    CHECK(assessment->organization.name == "Fixture Wholesale");
    REQUIRE(assessment->rounds.size() == 1);
    CHECK(assessment->rounds[0].answers.size() == 3);
    CHECK(assessment->rounds[0].bank.id == "fixture-bank");
    const auto findings = (*file)->verify();
    REQUIRE(findings.ok());
    CHECK(findings->empty());
}

TEST_CASE("Opening a version 1 file for writing upgrades it to the current version with an empty agenda, backup first")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 1);
    const auto answersBefore = test::tableRows(path, "answer");
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
        REQUIRE(file.ok());
        const auto agenda = (*file)->loadAgenda(1);
        REQUIRE(agenda.ok());
        CHECK_FALSE(agenda->has_value());
        const auto assessment = (*file)->load();
        REQUIRE(assessment.ok());
        const std::string question = assessment->rounds[0].answers[0].questionId;
        const std::int64_t initiative = assessment->rounds[0].answers[0].initiativeId;
        REQUIRE((*file)->setAgenda({1, {{initiative, question, 60}}, 0, true}).ok());
    }
    CHECK(test::tableRows(path, "pragma_user_version")[0] == std::to_string(kSchemaVersion) + "|");
    CHECK(test::tableRows(path, "answer") == answersBefore);
    CHECK(test::tableRows(path, "agenda") == std::vector<std::string>{"1|0|1|"});
    CHECK(test::tableRows(path + ".v1.bak", "pragma_user_version")[0] == "1|");
    CHECK(test::tableRows(path + ".v1.bak", "answer") == answersBefore);
}

namespace {

// The rows of friction_score before schema version 5, each with the disagreement count it gets
// from the fixture's answers: initiative 1 has levels 1 and 3 on fx_q1 (a spread of 2).
std::vector<std::string> withDisagreements(std::vector<std::string> rows)
{
    for (std::string& row : rows) {
        row += row.rfind("1|1|", 0) == 0 ? "1|" : "0|";
    }
    return rows;
}

} // namespace

TEST_CASE("Opening a version 3 file for writing adds working copies, backup first, and changes no answer")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 3);
    const auto answersBefore = test::tableRows(path, "answer");
    const auto agendaBefore = test::tableRows(path, "agenda_item");
    const auto scoresBefore = test::tableRows(path, "friction_score");
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == kSchemaVersion);
        const auto agenda = (*file)->loadAgenda(1);
        REQUIRE(agenda.ok());
        REQUIRE(agenda->has_value());
        CHECK((*agenda)->items.size() == 2);
        const auto none = (*file)->loadWorkingCopy();
        REQUIRE(none.ok());
        CHECK_FALSE(none->has_value());
        const WorkingCopy copy{"postgresql://db.example/firm",
                               "0b7e3c9a-5f1d-4e2b-9a6c-2d4f8e1b3c5a",
                               "2026-11-29T21:00:00Z",
                               "alice",
                               {{"answer", "1/1/fx_q1/1", "0123456789abcdef", "1b7e3c9a-5f1d-4e2b-9a6c-2d4f8e1b3c5a", 3,
                                 "bob", "2026-11-28T10:00:00Z"}}};
        REQUIRE((*file)->setWorkingCopy(copy).ok());
        const auto read = (*file)->loadWorkingCopy();
        REQUIRE(read.ok());
        REQUIRE(read->has_value());
        CHECK(**read == copy);
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        CHECK(findings->empty());
    }
    CHECK(test::tableRows(path, "pragma_user_version")[0] == std::to_string(kSchemaVersion) + "|");
    CHECK(test::tableRows(path, "answer") == answersBefore);
    CHECK(test::tableRows(path, "agenda_item") == agendaBefore);
    CHECK(test::tableRows(path, "friction_score") == withDisagreements(scoresBefore));
    CHECK_FALSE(scoresBefore.empty());
    CHECK(test::tableRows(path + ".v3.bak", "pragma_user_version")[0] == "3|");
    CHECK(test::tableRows(path + ".v3.bak", "answer") == answersBefore);
}

TEST_CASE("Opening a version 4 file for writing stores disagreement counts, backup first, and changes no answer")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 4);
    const auto answersBefore = test::tableRows(path, "answer");
    const auto copyBefore = test::tableRows(path, "working_copy_base");
    const auto initiativesBefore = test::tableRows(path, "initiative_score");
    const auto scoresBefore = test::tableRows(path, "friction_score");
    REQUIRE(scoresBefore.size() == 3);
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == kStoredDisagreementsSchemaVersion);
        const auto whole = (*file)->load();
        REQUIRE(whole.ok());
        const auto stored = (*file)->loadStoredScores(*whole, whole->rounds[0]);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        const std::vector<InitiativeScore> scored = scoreRound(*whole, whole->rounds[0]);
        REQUIRE((*stored)->size() == scored.size());
        for (std::size_t i = 0; i < scored.size(); ++i) {
            CHECK((**stored)[i].readiness == scored[i].readiness);
            CHECK((**stored)[i].frictions[0].score == scored[i].frictions[0].score);
            CHECK((**stored)[i].frictions[0].disagreementCount == scored[i].frictions[0].disagreementCount);
        }
        CHECK((**stored)[0].frictions[0].disagreementCount == 1);
        const auto copy = (*file)->loadWorkingCopy();
        REQUIRE(copy.ok());
        REQUIRE(copy->has_value());
        CHECK((*copy)->engagement == "0b7e3c9a-5f1d-4e2b-9a6c-2d4f8e1b3c5a");
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        CHECK(findings->empty());
    }
    CHECK(test::tableRows(path, "pragma_user_version")[0] == std::to_string(kSchemaVersion) + "|");
    CHECK(test::tableRows(path, "answer") == answersBefore);
    CHECK(test::tableRows(path, "working_copy_base") == copyBefore);
    CHECK(test::tableRows(path, "initiative_score") == initiativesBefore);
    CHECK(test::tableRows(path, "friction_score") == withDisagreements(scoresBefore));
    CHECK(test::tableRows(path, "score_stale").empty());
    CHECK(test::tableRows(path + ".v4.bak", "pragma_user_version")[0] == "4|");
    CHECK(test::tableRows(path + ".v4.bak", "friction_score") == scoresBefore);
}

TEST_CASE("A version 4 file opened for reading only is read as it is, without trusting its stored scores")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 4);
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == 4);
        const auto skeleton = (*file)->loadWithoutAnswers();
        REQUIRE(skeleton.ok());
        const auto stored = (*file)->loadStoredScores(*skeleton, skeleton->rounds[0]);
        REQUIRE(stored.ok());
        CHECK_FALSE(stored->has_value()); // no disagreement counts: score from the answers
        const auto copy = (*file)->loadWorkingCopy();
        REQUIRE(copy.ok());
        CHECK(copy->has_value());
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        CHECK(findings->empty());
    }
    const auto summary = AssessmentFile::readSummary(path); // the library still reads the stored scores
    REQUIRE(summary.ok());
    CHECK(summary->computedFromAnswers == 0);
    REQUIRE(summary->initiatives.size() == 2);
    CHECK(summary->initiatives[0].readiness == 50.0);
    CHECK(test::tableRows(path, "pragma_user_version")[0] == "4|");
    CHECK_FALSE(std::filesystem::exists(path + ".v4.bak"));
}

TEST_CASE("A working copy without its repository is refused and the file is unchanged")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = AssessmentFile::create(path, test::smallAssessment());
    REQUIRE(file.ok());
    const auto refused = (*file)->setWorkingCopy({"", "0b7e3c9a-5f1d-4e2b-9a6c-2d4f8e1b3c5a", "", "", {}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    const auto none = (*file)->loadWorkingCopy();
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
}

TEST_CASE("A version 1 file opened for reading only is read as it is, never upgraded")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 1);
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == 1);
        const auto assessment = (*file)->load();
        REQUIRE(assessment.ok());
        CHECK(assessment->rounds[0].answers.size() == 3);
        const auto agenda = (*file)->loadAgenda(1);
        REQUIRE(agenda.ok());
        CHECK_FALSE(agenda->has_value());
        const auto findings = (*file)->verify();
        REQUIRE(findings.ok());
        CHECK(findings->empty());
    }
    CHECK(test::tableRows(path, "pragma_user_version")[0] == "1|");
    CHECK_FALSE(std::filesystem::exists(path + ".v1.bak"));
}

TEST_CASE("A migration backs up the file first and runs in one transaction")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    REQUIRE(AssessmentFile::create(path, test::smallAssessment()).ok());
    test::rawExec(path, "PRAGMA user_version = 1"); // the steps below stand for an upgrade from 1
    const auto answersBefore = test::tableRows(path, "answer");

    SECTION("a step that succeeds")
    {
        const Migration steps[] = {{1, "ALTER TABLE organization ADD COLUMN website TEXT NOT NULL DEFAULT ''"}};
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        const Result<std::string> backup = migrate(db, path, 1, 2, steps, [] { return success(); });
        REQUIRE(backup.ok());
        CHECK(*backup == path + ".v1.bak");
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 2);
        CHECK(test::tableRows(*backup, "answer") == answersBefore);
        CHECK(test::tableRows(*backup, "pragma_user_version")[0] == "1|");
        CHECK(test::tableRows(path, "pragma_user_version")[0] == "2|");
    }
    SECTION("a step that fails leaves the file as it was")
    {
        const Migration steps[] = {{1, "ALTER TABLE organization ADD COLUMN website TEXT NOT NULL DEFAULT ''; "
                                       "ALTER TABLE no_such_table ADD COLUMN x TEXT"}};
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        const Result<std::string> result = migrate(db, path, 1, 2, steps, [] { return success(); });
        REQUIRE_FALSE(result.ok());
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
        CHECK(test::tableRows(path, "pragma_table_info('organization')").size() == 4);
        CHECK(std::filesystem::exists(path + ".v1.bak"));
    }
    SECTION("a result the check refuses is rolled back")
    {
        const Migration steps[] = {{1, "CREATE TABLE extra (x)"}};
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        const auto refuse = [&] { return Status(StorageError{ErrorCode::UnexpectedSchema, path, "table extra"}); };
        const Result<std::string> result = migrate(db, path, 1, 2, steps, refuse);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::UnexpectedSchema);
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
        CHECK(db.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").getInt() == 0);
    }
    SECTION("a missing step is refused")
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        const Result<std::string> result = migrate(db, path, 1, 3, {}, [] { return success(); });
        REQUIRE_FALSE(result.ok());
        CHECK(db.execAndGet("PRAGMA user_version").getInt() == 1);
    }
    SECTION("a second backup does not overwrite the first")
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        REQUIRE(migrate(db, path, 1, 1, {}, [] { return success(); }).ok());
        const Result<std::string> second = migrate(db, path, 1, 1, {}, [] { return success(); });
        REQUIRE(second.ok());
        CHECK(*second == path + ".v1.bak.2");
    }
}
