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

Action action(std::int64_t initiative, const std::string& text)
{
    return {0, initiative, "process_debt", text, "Process owner", "2026-12-31", ActionStatus::Planned, "", ""};
}

} // namespace

TEST_CASE("Actions are added last, edited, reordered and removed")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    const auto first = file->addAction(action(1, "Map the order process end to end"));
    const auto second = file->addAction(action(2, "Fund the redesign"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    auto loaded = file->load();
    REQUIRE(loaded->actions.size() == 3); // the fixture has one
    CHECK(loaded->actions[1].id == *first);
    CHECK(loaded->actions[2].id == *second);

    Action changed = loaded->actions[2];
    changed.owner = "COO";
    changed.status = ActionStatus::Done;
    REQUIRE(file->updateAction(changed).ok());
    REQUIRE(file->moveAction(*second, 0).ok());
    loaded = file->load();
    CHECK(loaded->actions[0].id == *second);
    CHECK(loaded->actions[0].owner == "COO");
    CHECK(loaded->actions[0].status == ActionStatus::Done);

    REQUIRE(file->removeAction(*first).ok());
    CHECK(file->load()->actions.size() == 2);
    CHECK(file->removeAction(*first).error().code == ErrorCode::UnknownId);
}

TEST_CASE("Actions with an unknown friction, initiative or a bad date are refused and change nothing")
{
    TempDir dir;
    const std::string path = dir.file("a.lastmile");
    auto file = createSmall(path);
    const auto before = test::tableRows(path, "action");
    Action bad = action(1, "x");
    bad.frictionId = "bad_vibes";
    CHECK(file->addAction(bad).error().code == ErrorCode::UnknownId);
    bad = action(1, "x");
    bad.due = "2026-02-30";
    CHECK(file->addAction(bad).error().code == ErrorCode::Invalid);
    CHECK(file->addAction(action(99, "x")).error().code == ErrorCode::Invalid); // no initiative 99
    CHECK(file->addAction(action(1, "   ")).error().code == ErrorCode::Invalid);
    CHECK(test::tableRows(path, "action") == before);
}

TEST_CASE("Targets are set, replaced and cleared; scores outside 0..100 are refused")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    REQUIRE(file->setTarget({2, "tribal_knowledge", 30}).ok());
    REQUIRE(file->setTarget({2, "tribal_knowledge", 20}).ok());
    auto loaded = file->load();
    REQUIRE(loaded->targets.size() == 2);
    CHECK(loaded->targets[1].score == 20);
    CHECK(file->setTarget({2, "tribal_knowledge", 101}).error().code == ErrorCode::Invalid);
    CHECK(file->setTarget({2, "nonsense", 10}).error().code == ErrorCode::UnknownId);
    REQUIRE(file->clearTarget(2, "tribal_knowledge").ok());
    CHECK(file->load()->targets.size() == 1);
}

TEST_CASE("Branding is replaced whole; a bad page size or colour is refused")
{
    TempDir dir;
    auto file = createSmall(dir.file("a.lastmile"));
    Branding branding{"Rivers & Partners", "#0A7E8C", "Confidential", "a4", "image/svg+xml", {'<', 's', 'v', 'g'}};
    REQUIRE(file->setBranding(branding).ok());
    CHECK(file->load()->branding == branding);
    branding.pageSize = "tabloid";
    CHECK(file->setBranding(branding).error().code == ErrorCode::Invalid);
    branding.pageSize = "letter";
    branding.accentColour = "blue";
    CHECK(file->setBranding(branding).error().code == ErrorCode::Invalid);
    branding.accentColour = "";
    branding.logo.assign(5 * 1024 * 1024 + 1, 'x');
    CHECK(file->setBranding(branding).error().code == ErrorCode::Invalid);
    CHECK(file->load()->branding.firmName == "Rivers & Partners");
}
