// SPDX-License-Identifier: Apache-2.0
// The heatmap drawn from the stored scores (schema version 5) against the heatmap scored from the
// answers: equal in every figure, or the stored scores are not trusted.
#include "core/report_model.h"
#include "samples/demo_assessment.h"
#include "samples/synthetic_assessment.h"
#include "storage/assessment_file.h"
#include "storage/storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

void checkSameCell(const HeatmapCell& stored, const HeatmapCell& answers)
{
    CAPTURE(answers.frictionId);
    CHECK(stored.frictionId == answers.frictionId);
    CHECK(stored.score == answers.score);
    CHECK(stored.band == answers.band);
    CHECK(stored.coverage == answers.coverage);
    CHECK(stored.lowCoverage == answers.lowCoverage);
    CHECK(stored.disagreements == answers.disagreements);
    CHECK(stored.previousScore == answers.previousScore);
    CHECK(stored.previousLowCoverage == answers.previousLowCoverage);
    CHECK(stored.target == answers.target);
}

void checkSameRow(const HeatmapRow& stored, const HeatmapRow& answers)
{
    CAPTURE(answers.name);
    CHECK(stored.initiativeId == answers.initiativeId);
    CHECK(stored.name == answers.name);
    CHECK(stored.readiness == answers.readiness);
    CHECK(stored.previousReadiness == answers.previousReadiness);
    CHECK(stored.coverage == answers.coverage);
    CHECK(stored.lowCoverage == answers.lowCoverage);
    CHECK(stored.previousLowCoverage == answers.previousLowCoverage);
    REQUIRE(stored.cells.size() == answers.cells.size());
    for (std::size_t i = 0; i < answers.cells.size(); ++i) {
        checkSameCell(stored.cells[i], answers.cells[i]);
    }
}

void checkSameHeatmap(const HeatmapData& stored, const HeatmapData& answers)
{
    CHECK(stored.roundName == answers.roundName);
    CHECK(stored.previousRoundName == answers.previousRoundName);
    REQUIRE(stored.frictions.size() == answers.frictions.size());
    for (std::size_t i = 0; i < answers.frictions.size(); ++i) {
        CHECK(stored.frictions[i].frictionId == answers.frictions[i].frictionId);
        CHECK(stored.frictions[i].name == answers.frictions[i].name);
    }
    REQUIRE(stored.initiatives.size() == answers.initiatives.size());
    for (std::size_t i = 0; i < answers.initiatives.size(); ++i) {
        checkSameRow(stored.initiatives[i], answers.initiatives[i]);
    }
    checkSameRow(stored.portfolio, answers.portfolio);
}

// The stored scores of round `index` (0-based, oldest first) of the file, or nullopt when they
// are not trusted; read with only the file's skeleton loaded.
std::optional<std::vector<InitiativeScore>> storedScores(const std::string& path, std::size_t index)
{
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto skeleton = (*file)->loadWithoutAnswers();
    REQUIRE(skeleton.ok());
    REQUIRE(index < skeleton->rounds.size());
    CHECK(skeleton->rounds[index].answers.empty());
    auto stored = (*file)->loadStoredScores(*skeleton, skeleton->rounds[index]);
    REQUIRE(stored.ok());
    return *stored;
}

// The heatmap of round `index` compared with round `previous` (-1: none), drawn from the stored
// scores with no answer read, equals the heatmap scored from the answers.
void checkStoredHeatmap(const std::string& path, std::size_t index, int previous)
{
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto whole = (*file)->load();
    REQUIRE(whole.ok());
    const RoundData* before = previous >= 0 ? &whole->rounds.at(std::size_t(previous)) : nullptr;
    const HeatmapData answers = buildHeatmap(*whole, whole->rounds.at(index), before);

    const auto skeleton = (*file)->loadWithoutAnswers();
    REQUIRE(skeleton.ok());
    const RoundData& round = skeleton->rounds.at(index);
    auto scores = (*file)->loadStoredScores(*skeleton, round);
    REQUIRE(scores.ok());
    REQUIRE(scores->has_value());
    const RoundData* compared = previous >= 0 ? &skeleton->rounds.at(std::size_t(previous)) : nullptr;
    std::vector<InitiativeScore> previousScores;
    if (compared) {
        auto stored = (*file)->loadStoredScores(*skeleton, *compared);
        REQUIRE(stored.ok());
        REQUIRE(stored->has_value());
        previousScores = std::move(**stored);
    }
    for (const RoundData& unread : skeleton->rounds) {
        CHECK(unread.answers.empty());
    }
    checkSameHeatmap(buildHeatmap(*skeleton, round, std::move(**scores), compared, std::move(previousScores)), answers);
}

// The id of the file's latest round, as SQL.
const std::string kLastRound = "(SELECT id FROM round ORDER BY position DESC LIMIT 1)";

Assessment generated()
{
    Assessment assessment = makeSyntheticAssessment(test::coreBank(), {12, 5, 3, 7});
    assessment.initiatives[4].archived = true;
    return assessment;
}

} // namespace

TEST_CASE("The demo's heatmap from the stored scores equals the one scored from its answers")
{
    TempDir dir;
    const std::string path = dir.file("demo.lastmile");
    const Assessment demo = makeDemoAssessment(test::coreBank(), "2026-11-30");
    REQUIRE_FALSE(demo.targets.empty());
    REQUIRE(AssessmentFile::create(path, demo).ok());
    checkStoredHeatmap(path, 1, -1);
    checkStoredHeatmap(path, 1, 0); // --compare
    checkStoredHeatmap(path, 0, 1);
}

TEST_CASE("A generated file's heatmap from the stored scores equals the one scored from its answers")
{
    TempDir dir;
    const std::string path = dir.file("generated.lastmile");
    REQUIRE(AssessmentFile::create(path, generated()).ok());
    checkStoredHeatmap(path, 2, -1);
    checkStoredHeatmap(path, 2, 0);
    checkStoredHeatmap(path, 1, 2);

    SECTION("after edits, with an initiative that has no answers yet")
    {
        {
            auto file = AssessmentFile::open(path, OpenMode::ReadWrite);
            REQUIRE(file.ok());
            const auto skeleton = (*file)->loadWithoutAnswers();
            REQUIRE(skeleton.ok());
            const RoundData& last = skeleton->rounds.back();
            const std::string question = last.bank.frictions[0].questions[0].id;
            const std::int64_t initiative = skeleton->initiatives[0].id;
            for (const Respondent& respondent : last.respondents) {
                REQUIRE(
                    (*file)
                        ->setAnswer({initiative, question, respondent.id, Answer::atLevel(0), "", ""}, last.round.id)
                        .ok());
            }
            REQUIRE(
                (*file)
                    ->setConsensus({skeleton->initiatives[1].id, question, Answer::notApplicable(), ""}, last.round.id)
                    .ok());
            Initiative added;
            added.name = "Added without answers";
            REQUIRE((*file)->addInitiative(added).ok());
        }
        checkStoredHeatmap(path, 2, 1);
    }
}

TEST_CASE("Stored scores are not trusted when a score is stale, missing or out of range")
{
    TempDir dir;
    const std::string path = dir.file("generated.lastmile");
    REQUIRE(AssessmentFile::create(path, generated()).ok());
    REQUIRE(storedScores(path, 2).has_value());

    SECTION("an answer written by a program that does not keep the scores")
    {
        // The file's trigger marks the score stale; the stored score itself is left as it was.
        test::rawExec(path, "UPDATE answer SET level = 4 - level WHERE round_id = " + kLastRound +
                                " AND kind = 'level' "
                                "AND initiative_id = (SELECT min(initiative_id) FROM answer WHERE round_id = " +
                                kLastRound + ")");
        CHECK_FALSE(storedScores(path, 2).has_value());
        CHECK(storedScores(path, 1).has_value()); // the other rounds are still trusted
        checkStoredHeatmap(path, 1, 0);
    }
    SECTION("a score marked stale")
    {
        test::rawExec(path, "INSERT INTO score_stale VALUES (" + kLastRound + ", (SELECT min(id) FROM initiative))");
        CHECK_FALSE(storedScores(path, 2).has_value());
    }
    SECTION("an initiative with answers but no stored score")
    {
        test::rawExec(path, "PRAGMA foreign_keys = ON; DELETE FROM initiative_score WHERE round_id = " + kLastRound +
                                " AND "
                                "initiative_id = (SELECT min(id) FROM initiative)");
        CHECK_FALSE(storedScores(path, 2).has_value());
    }
    SECTION("a friction missing from a stored score")
    {
        test::rawExec(path, "DELETE FROM friction_score WHERE round_id = " + kLastRound +
                                " AND ordinal = 1 AND "
                                "initiative_id = (SELECT min(id) FROM initiative)");
        CHECK_FALSE(storedScores(path, 2).has_value());
    }
    SECTION("more disagreements than the friction has questions")
    {
        test::rawExec(path, "UPDATE friction_score SET disagreements = 1000 WHERE round_id = " + kLastRound +
                                " AND ordinal = 0");
        CHECK_FALSE(storedScores(path, 2).has_value());
    }
}
