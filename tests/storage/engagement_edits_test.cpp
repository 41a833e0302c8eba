// SPDX-License-Identifier: Apache-2.0
#include "storage/assessment_file.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

std::unique_ptr<AssessmentFile> createSmall(const std::string& path)
{
    auto created = AssessmentFile::create(path, test::smallAssessment());
    REQUIRE(created.ok());
    return std::move(*created);
}

} // namespace

TEST_CASE("Initiatives are added last, updated and removed with everything that belongs to them")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    std::vector<Change> changes;
    file->setChangeListener([&](const Change& change) { changes.push_back(change); });

    const auto added = file->addInitiative({0, "Forecasting <b>v2</b>", "Planning", "Ana", Stage::Idea, "", false});
    REQUIRE(added.ok());
    auto loaded = file->load();
    REQUIRE(loaded->initiatives.size() == 3);
    CHECK(loaded->initiatives.back().id == *added);
    CHECK(loaded->initiatives.back().name == "Forecasting <b>v2</b>");

    Initiative changed = loaded->initiatives.back();
    changed.stage = Stage::Scaling;
    changed.archived = true;
    REQUIRE(file->updateInitiative(changed).ok());
    CHECK(file->load()->initiatives.back().stage == Stage::Scaling);
    CHECK(file->load()->initiatives.back().archived);

    REQUIRE(file->removeInitiative(1).ok()); // has answers, an action and a target
    loaded = file->load();
    CHECK(loaded->initiatives.size() == 2);
    CHECK(loaded->rounds[0].answers.empty());
    CHECK(loaded->rounds[0].consensus.empty());
    CHECK(loaded->actions.empty());
    CHECK(loaded->targets.empty());
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].kind == Change::Kind::Initiative);
    CHECK(changes[2].initiativeId == 1);

    CHECK(file->removeInitiative(99).error().code == ErrorCode::UnknownId);
    CHECK(file->addInitiative({0, "  ", "", "", Stage::Idea, "", false}).error().code == ErrorCode::Invalid);
}

TEST_CASE("An initiative removed and added back with its id keeps that id")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    const Initiative second = file->load()->initiatives[1];
    REQUIRE(file->removeInitiative(second.id).ok());
    const auto restored = file->addInitiative(second);
    REQUIRE(restored.ok());
    CHECK(*restored == second.id);
}

TEST_CASE("A new round can start with the respondents of another, and is removed whole")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    const auto round = file->addRound({0, "2026-Q3 workshop", "2026-09-17"}, test::coreBank(), 1);
    REQUIRE(round.ok());
    auto loaded = file->load();
    REQUIRE(loaded->rounds.size() == 2);
    const RoundData& added = loaded->rounds[1];
    CHECK(added.round.name == "2026-Q3 workshop");
    REQUIRE(added.respondents.size() == loaded->rounds[0].respondents.size());
    CHECK(added.respondents[0].name == loaded->rounds[0].respondents[0].name);
    CHECK(added.respondents[0].id != loaded->rounds[0].respondents[0].id);

    const std::string question = test::coreBank().frictions[0].questions[0].id;
    REQUIRE(file->setAnswer({1, question, added.respondents[0].id, Answer::atLevel(2), "", ""}, *round).ok());
    REQUIRE(file->renameRound(*round, "2026-Q3 review", "2026-09-18").ok());
    CHECK(file->load()->rounds[1].round.name == "2026-Q3 review");

    CHECK(file->addRound({0, "2026-Q3 review", ""}, test::coreBank()).error().code == ErrorCode::Invalid);
    CHECK(file->addRound({0, "Q4", ""}, test::coreBank(), 42).error().code == ErrorCode::UnknownId);

    REQUIRE(file->removeRound(*round).ok());
    loaded = file->load();
    CHECK(loaded->rounds.size() == 1);
    CHECK(test::tableRows(dir.file("a.lastmile"), "respondent").size() == loaded->rounds[0].respondents.size());
}

TEST_CASE("Respondents are added, renamed and removed with their answers")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    const auto added = file->addRespondent({0, 1, "Kim", "Planner"});
    REQUIRE(added.ok());
    CHECK(file->addRespondent({0, 1, "Kim", "Planner"}).error().code == ErrorCode::Invalid); // same name
    REQUIRE(file->updateRespondent({*added, 1, "Kim Lee", "Lead planner"}).ok());
    auto loaded = file->load();
    CHECK(loaded->rounds[0].respondents.back().name == "Kim Lee");

    const std::size_t answers = loaded->rounds[0].answers.size();
    REQUIRE(file->removeRespondent(1).ok()); // respondent 1 answered three questions
    loaded = file->load();
    CHECK(loaded->rounds[0].answers.size() < answers);
    for (const AnswerRecord& answer : loaded->rounds[0].answers) {
        CHECK(answer.respondentId != 1);
    }
}

TEST_CASE("The organization profile is replaced in one edit")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    REQUIRE(file->setOrganization({"Northwind", "Retail", "Second engagement"}).ok());
    CHECK(file->load()->organization.name == "Northwind");
}

TEST_CASE("A read-only file refuses every engagement edit")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    createSmall(path).reset();
    const std::string bytes = test::readBytes(path);
    auto file = AssessmentFile::open(path, OpenMode::ReadOnly);
    REQUIRE(file.ok());
    AssessmentFile& f = **file;
    CHECK(f.setOrganization({"x", "", ""}).error().code == ErrorCode::ReadOnlyFile);
    CHECK(f.addInitiative({0, "x", "", "", Stage::Idea, "", false}).error().code == ErrorCode::ReadOnlyFile);
    CHECK(f.removeInitiative(1).error().code == ErrorCode::ReadOnlyFile);
    CHECK(f.addRound({0, "x", ""}, test::coreBank()).error().code == ErrorCode::ReadOnlyFile);
    CHECK(f.addRespondent({0, 1, "x", ""}).error().code == ErrorCode::ReadOnlyFile);
    file = StorageError{};
    CHECK(test::readBytes(path) == bytes);
}
