// SPDX-License-Identifier: Apache-2.0
// The stored scores (schema version 3) against the scores computed from the answers.
#include "storage/assessment_file.h"
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

// The latest round scored from every answer, the slow way the library used to take.
std::vector<InitiativeScore> scoredFromAnswers(const std::string& path)
{
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto assessment = (*file)->load();
    REQUIRE(assessment.ok());
    REQUIRE_FALSE(assessment->rounds.empty());
    return scoreRound(*assessment, assessment->rounds.back());
}

// The summary the library reads equals the slow computation in every figure it shows.
void checkSummary(const std::string& path, int expectComputed = -1)
{
    const auto summary = AssessmentFile::readSummary(path);
    REQUIRE(summary.ok());
    const std::vector<InitiativeScore> expected = scoredFromAnswers(path);
    REQUIRE(summary->initiatives.size() == expected.size());
    CHECK(summary->initiativeCount == int(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const InitiativeScore& stored = summary->initiatives[i];
        const InitiativeScore& slow = expected[i];
        CAPTURE(slow.initiativeId);
        CHECK(stored.initiativeId == slow.initiativeId);
        CHECK(stored.readiness == slow.readiness);
        CHECK(stored.coverage == slow.coverage);
        REQUIRE(stored.frictions.size() == slow.frictions.size());
        for (std::size_t f = 0; f < slow.frictions.size(); ++f) {
            CAPTURE(slow.frictions[f].frictionId);
            CHECK(stored.frictions[f].frictionId == slow.frictions[f].frictionId);
            CHECK(stored.frictions[f].score == slow.frictions[f].score);
            CHECK(stored.frictions[f].band == slow.frictions[f].band);
            CHECK(stored.frictions[f].coverage == slow.frictions[f].coverage);
            CHECK(stored.frictions[f].lowCoverage == slow.frictions[f].lowCoverage);
            CHECK(stored.frictions[f].disagreementCount == slow.frictions[f].disagreementCount);
        }
    }
    const PortfolioScore stored = scorePortfolio(summary->bank, summary->initiatives);
    CHECK(stored.readiness == scorePortfolio(summary->bank, expected).readiness);
    if (expectComputed >= 0) {
        CHECK(summary->computedFromAnswers == expectComputed);
    }
}

std::string readText(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fixtureFile(const TempDir& dir, int version)
{
    const std::string path = dir.file("v" + std::to_string(version) + ".lastmile");
    SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec(readText(std::string(LASTMILE_TEST_DATA) + "/fixtures/schema-v" + std::to_string(version) + ".sql"));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(version));
    return path;
}

std::string questionOf(int friction, int question)
{
    return test::coreBank().frictions.at(std::size_t(friction)).questions.at(std::size_t(question)).id;
}

} // namespace

TEST_CASE("A new file stores the score of every initiative with answers")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    REQUIRE(AssessmentFile::create(path, test::smallAssessment(3, 2)).ok());
    checkSummary(path, 2); // initiatives 2 and 3 have no answers: nothing stored, nothing to read
    CHECK(test::tableRows(path, "initiative_score").size() == 1);
    CHECK(test::tableRows(path, "friction_score").size() == test::coreBank().frictions.size());
    CHECK(test::tableRows(path, "score_stale").empty());
}

TEST_CASE("The stored scores follow every kind of edit, in the edit's transaction")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto created = AssessmentFile::create(path, test::smallAssessment(3, 3));
    REQUIRE(created.ok());
    AssessmentFile& file = **created;

    REQUIRE(file.setAnswer({2, questionOf(1, 0), 1, Answer::atLevel(0), "", ""}, 1).ok());
    checkSummary(path);
    const auto replaced = file.setAnswer({2, questionOf(1, 0), 1, Answer::atLevel(4), "", ""}, 1);
    INFO(replaced.error().detail);
    REQUIRE(replaced.ok()); // replaced
    checkSummary(path);
    REQUIRE(file.setAnswers({{2, questionOf(1, 1), 2, Answer::atLevel(1), "", ""},
                             {3, questionOf(2, 0), 3, Answer::dontKnow(), "", ""},
                             {3, questionOf(2, 1), 2, Answer::atLevel(2), "", ""}},
                            1)
                .ok());
    checkSummary(path, 0);
    REQUIRE(file.clearAnswer(1, 2, questionOf(1, 0), 1).ok());
    checkSummary(path);
    REQUIRE(file.setConsensus({3, questionOf(2, 0), Answer::atLevel(3), ""}, 1).ok());
    checkSummary(path);
    REQUIRE(file.clearConsensus(1, 3, questionOf(2, 0)).ok());
    checkSummary(path);

    SECTION("removing a respondent takes their answers out of the scores")
    {
        REQUIRE(file.removeRespondent(2).ok());
        checkSummary(path);
        REQUIRE(file.addRespondent({2, 1, "Respondent 2", "Role"}).ok()); // undoing the removal
        REQUIRE(file.setAnswers({{2, questionOf(1, 1), 2, Answer::atLevel(1), "", ""},
                                 {3, questionOf(2, 1), 2, Answer::atLevel(2), "", ""}},
                                1)
                    .ok());
        checkSummary(path);
    }
    SECTION("removing and archiving initiatives")
    {
        REQUIRE(file.removeInitiative(3).ok());
        checkSummary(path);
        CHECK(test::tableRows(path, "initiative_score").size() == 2);
        Initiative archived{2, "Initiative 2", "Operations", "Owner 2", Stage::Pilot, "Fewer errors", true};
        REQUIRE(file.updateInitiative(archived).ok());
        checkSummary(path);
        archived.archived = false;
        REQUIRE(file.updateInitiative(archived).ok());
        checkSummary(path);
    }
    SECTION("a new round is the latest, with nothing answered; removing it brings the old one back")
    {
        const auto round = file.addRound({0, "2026-Q2 workshop", "2026-05-01"}, test::coreBank(), 1);
        REQUIRE(round.ok());
        checkSummary(path, 3);
        const auto second = AssessmentFile::readSummary(path);
        REQUIRE(second.ok());
        REQUIRE(second->round.has_value());
        CHECK(second->round->name == "2026-Q2 workshop");
        REQUIRE(file.removeRound(*round).ok());
        checkSummary(path, 0);
    }
    SECTION("an answer another program wrote is marked stale and read from the answers")
    {
        test::rawExec(path, "INSERT INTO answer VALUES (1, 1, '" + questionOf(3, 0) + "', 3, 'level', 0, '', '', '')");
        CHECK(test::tableRows(path, "score_stale") == std::vector<std::string>{"1|1|"});
        checkSummary(path, 1);
        REQUIRE(file.setAnswer({1, questionOf(3, 1), 3, Answer::atLevel(2), "", ""}, 1).ok()); // Lastmile catches up
        checkSummary(path, 0);
    }
    CHECK(test::tableRows(path, "score_stale").empty());
}

TEST_CASE("A refused edit leaves the stored scores as they were")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto created = AssessmentFile::create(path, test::smallAssessment(2, 2));
    REQUIRE(created.ok());
    const auto before = test::tableRows(path, "friction_score");
    const auto refused = (*created)->setAnswers(
        {{2, questionOf(1, 0), 1, Answer::atLevel(0), "", ""}, {2, "no_such_question", 1, Answer::atLevel(1), "", ""}},
        1);
    REQUIRE_FALSE(refused.ok());
    CHECK(test::tableRows(path, "friction_score") == before);
    CHECK(test::tableRows(path, "score_stale").empty());
    checkSummary(path);
}

TEST_CASE("Opening a version 2 file for writing stores its scores, backup first")
{
    TempDir dir;
    const std::string path = fixtureFile(dir, 2);
    const auto answersBefore = test::tableRows(path, "answer");
    {
        const auto asItIs = AssessmentFile::readSummary(path); // read-only: computed, never upgraded
        REQUIRE(asItIs.ok());
        CHECK(asItIs->computedFromAnswers == 2);
        CHECK(asItIs->organization == "Fixture Wholesale");
        CHECK(test::tableRows(path, "pragma_user_version")[0] == "2|");
        checkSummary(path, 2);
    }
    {
        auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
        REQUIRE(file.ok());
        CHECK((*file)->schemaVersion() == kSchemaVersion);
        const auto agenda = (*file)->loadAgenda(1);
        REQUIRE(agenda.ok());
        REQUIRE(agenda->has_value());
        CHECK((*agenda)->items.size() == 2);
    }
    CHECK(test::tableRows(path, "pragma_user_version")[0] == std::to_string(kSchemaVersion) + "|");
    CHECK(test::tableRows(path, "answer") == answersBefore);
    CHECK(test::tableRows(path + ".v2.bak", "pragma_user_version")[0] == "2|");
    // Initiative 3 is archived but keeps its score for when it comes back.
    CHECK(test::tableRows(path, "initiative_score").size() == 3);
    checkSummary(path, 0);
}

TEST_CASE("The library's read gives up when asked to")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    REQUIRE(AssessmentFile::create(path, test::smallAssessment(40, 2)).ok());
    int polls = 0;
    const auto summary = AssessmentFile::readSummary(path, [&polls] { return ++polls > 1; });
    CHECK_FALSE(summary.ok());
    CHECK(polls >= 2);
    CHECK(AssessmentFile::readSummary(path, [] { return false; }).ok());
}

TEST_CASE("Every kind of write recomputes the scores another program left stale, in its transaction")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto created = AssessmentFile::create(path, test::smallAssessment(3, 3));
    REQUIRE(created.ok());
    AssessmentFile& file = **created;
    test::rawExec(path, "INSERT INTO answer VALUES (1, 2, '" + questionOf(3, 0) + "', 3, 'level', 1, '', '', '')");
    REQUIRE(test::tableRows(path, "score_stale") == std::vector<std::string>{"1|2|"});

    // None of these touches an answer: the one write path still catches up before it commits.
    SECTION("the organization profile")
    {
        REQUIRE(file.setOrganization({"Other GmbH", "Logistics", "Notes"}).ok());
    }
    SECTION("the report branding")
    {
        Branding branding;
        branding.firmName = "Firm";
        REQUIRE(file.setBranding(branding).ok());
    }
    SECTION("a workshop agenda")
    {
        REQUIRE(file.setAgenda({1, {{1, questionOf(0, 0), 60}}, 0, false}).ok());
    }
    SECTION("a working copy record")
    {
        const std::string engagement = "0b7c2e9a-5d41-4c1e-9f3a-6b2d8e4f1a70";
        REQUIRE(file.setWorkingCopy(
                        {"postgresql://db.example/lastmile", engagement, "2026-05-01T10:00:00Z", "consultant", {}})
                    .ok());
        const auto copy = file.loadWorkingCopy();
        REQUIRE(copy.ok());
        REQUIRE(copy->has_value());
        CHECK((*copy)->engagement == engagement);
    }
    CHECK(test::tableRows(path, "score_stale").empty());
    checkSummary(path, 1); // initiative 3 has no answers; initiative 2's score is stored again
}
