// SPDX-License-Identifier: Apache-2.0
#include "storage/assessment_file.h"
#include "storage_fixtures.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

std::string question(int friction, int index)
{
    return test::coreBank().frictions[static_cast<std::size_t>(friction)].questions[static_cast<std::size_t>(index)].id;
}

std::unique_ptr<AssessmentFile> smallFile(const TempDir& dir, const std::string& name = "a.lastmile")
{
    auto created = AssessmentFile::create(dir.file(name), test::smallAssessment(3, 2));
    REQUIRE(created.ok());
    return std::move(*created);
}

} // namespace

TEST_CASE("An agenda is stored with its order, time boxes and position, and read back the same")
{
    TempDir dir;
    auto file = smallFile(dir);
    std::vector<Change> changes;
    file->setChangeListener([&](const Change& change) { changes.push_back(change); });

    const Agenda agenda{1, {{2, question(3, 1), 90}, {1, question(0, 0), 0}, {3, question(6, 8), 45}}, 1, true};
    REQUIRE(file->setAgenda(agenda).ok());
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == Change::Kind::Agenda);
    CHECK(changes[0].roundId == 1);

    auto read = file->loadAgenda(1);
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK(**read == agenda);

    REQUIRE(file->setAgendaPosition(1, 2).ok());
    CHECK(file->loadAgenda(1).value()->position == 2);
    CHECK(changes.size() == 2);

    // Closed and opened again (the next morning): the same place.
    file.reset();
    auto reopened = AssessmentFile::open(dir.file("a.lastmile"), OpenMode::ReadOnly);
    REQUIRE(reopened.ok());
    const auto resumed = (*reopened)->loadAgenda(1);
    REQUIRE(resumed.ok());
    CHECK(resumed->value().position == 2);
    CHECK(resumed->value().current()->questionId == question(6, 8));
}

TEST_CASE("A round without a planned agenda has none, and clearing forgets it")
{
    TempDir dir;
    auto file = smallFile(dir);
    CHECK_FALSE(file->loadAgenda(1).value().has_value());
    REQUIRE(file->setAgenda({1, {{1, question(0, 0), 0}}, 0, false}).ok());
    REQUIRE(file->clearAgenda(1).ok());
    CHECK_FALSE(file->loadAgenda(1).value().has_value());
    CHECK(test::tableRows(dir.file("a.lastmile"), "agenda_item").empty());
}

TEST_CASE("An agenda the round cannot keep is refused and changes nothing")
{
    TempDir dir;
    auto file = smallFile(dir);
    const Agenda good{1, {{1, question(0, 0), 0}, {2, question(0, 1), 30}}, 0, false};
    REQUIRE(file->setAgenda(good).ok());
    const auto before = test::tableRows(dir.file("a.lastmile"), "agenda_item");

    Agenda unknownQuestion = good;
    unknownQuestion.items.push_back({1, "no-such-question", 0});
    const Status refused = file->setAgenda(unknownQuestion);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().detail == "agenda: question no-such-question is not in the round's question bank");

    Agenda unknownInitiative = good;
    unknownInitiative.items[1].initiativeId = 99;
    CHECK(file->setAgenda(unknownInitiative).error().code == ErrorCode::UnknownId);

    Agenda unknownRound = good;
    unknownRound.roundId = 42;
    CHECK(file->setAgenda(unknownRound).error().code == ErrorCode::UnknownId);

    CHECK(file->setAgendaPosition(1, 2).error().code == ErrorCode::Invalid);
    CHECK(file->setAgendaPosition(1, -1).error().code == ErrorCode::Invalid);
    CHECK(test::tableRows(dir.file("a.lastmile"), "agenda_item") == before);
    CHECK(file->loadAgenda(1).value()->position == 0);
}

TEST_CASE("Removing an initiative takes its agenda items and keeps the room on an item that is left")
{
    TempDir dir;
    auto file = smallFile(dir);
    REQUIRE(
        file->setAgenda({1, {{1, question(0, 0), 0}, {2, question(0, 0), 0}, {2, question(0, 1), 0}}, 2, false}).ok());
    REQUIRE(file->removeInitiative(2).ok());
    const auto agenda = file->loadAgenda(1);
    REQUIRE(agenda.ok());
    REQUIRE(agenda->value().items.size() == 1);
    CHECK(agenda->value().position == 0);
    CHECK(agenda->value().current()->initiativeId == 1);
}

TEST_CASE("Removing a round takes its agenda with it")
{
    TempDir dir;
    auto file = smallFile(dir);
    REQUIRE(file->setAgenda({1, {{1, question(0, 0), 0}}, 0, false}).ok());
    REQUIRE(file->removeRound(1).ok());
    CHECK(test::tableRows(dir.file("a.lastmile"), "agenda").empty());
    CHECK(test::tableRows(dir.file("a.lastmile"), "agenda_item").empty());
}

TEST_CASE("A file opened for reading refuses agenda edits")
{
    TempDir dir;
    smallFile(dir).reset();
    auto file = AssessmentFile::open(dir.file("a.lastmile"), OpenMode::ReadOnly);
    REQUIRE(file.ok());
    CHECK((*file)->setAgenda({1, {{1, question(0, 0), 0}}, 0, false}).error().code == ErrorCode::ReadOnlyFile);
}

TEST_CASE("An agenda row that breaks the rules is reported when read, not trusted")
{
    TempDir dir;
    auto file = smallFile(dir);
    REQUIRE(file->setAgenda({1, {{1, question(0, 0), 0}}, 0, false}).ok());
    file.reset();
    test::rawExec(dir.file("a.lastmile"),
                  "PRAGMA ignore_check_constraints = ON; UPDATE agenda_item SET time_box_seconds = 99999");
    auto reopened = AssessmentFile::open(dir.file("a.lastmile"), OpenMode::ReadOnly);
    REQUIRE(reopened.ok());
    const auto agenda = (*reopened)->loadAgenda(1);
    REQUIRE_FALSE(agenda.ok());
    CHECK(agenda.error().code == ErrorCode::Invalid);
    const auto findings = (*reopened)->verify();
    REQUIRE(findings.ok());
    REQUIRE(findings->size() == 1);
    CHECK(findings->front().kind == Finding::Kind::InvalidRow);
    CHECK(findings->front().detail.find("time box of 99999 s") != std::string::npos);
}
