// SPDX-License-Identifier: Apache-2.0
#include "storage/assessment_file.h"
#include "storage_fixtures.h"
#include "support/canonical_json.h"
#include "support/temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <tuple>

using namespace lastmile;
using namespace lastmile::storage;
using lastmile::test::TempDir;

namespace {

// A file and a cached copy of it that follows every change the file reports.
struct FollowedFile
{
    explicit FollowedFile(const std::string& path)
    {
        auto created = AssessmentFile::create(path, test::smallAssessment(3, 3));
        REQUIRE(created.ok());
        file = std::move(*created);
        cache = *file->load();
        file->setChangeListener([this](const Change& change) {
            changes.push_back(change);
            const Status refreshed = file->refresh(cache, change);
            REQUIRE(refreshed.ok());
        });
    }
    void requireInStep() const { REQUIRE(test::canonicalJson(cache) == test::canonicalJson(*file->load())); }

    std::unique_ptr<AssessmentFile> file;
    Assessment cache;
    std::vector<Change> changes;
};

} // namespace

TEST_CASE("A cached copy refreshed from each reported change matches the file after every kind of edit")
{
    TempDir dir;
    FollowedFile followed(dir.file("a.lastmile"));
    AssessmentFile& file = *followed.file;
    const QuestionBank& bank = test::coreBank();
    const std::string q0 = bank.frictions[0].questions[0].id;
    const std::string q5 = bank.frictions[1].questions[0].id;

    REQUIRE(file.setAnswer({2, q5, 3, Answer::atLevel(4), "new", "ev"}, 1).ok());
    followed.requireInStep();
    REQUIRE(file.setAnswer({1, q0, 1, Answer::atLevel(0), "changed", ""}, 1).ok());
    followed.requireInStep();
    REQUIRE(file.clearAnswer(1, 1, q0, 2).ok());
    followed.requireInStep();
    REQUIRE(file.setAnswers({{3, q0, 1, Answer::dontKnow(), "", ""}, {3, q0, 2, Answer::atLevel(2), "", ""}}, 1).ok());
    followed.requireInStep();
    REQUIRE(file.setConsensus({2, q5, Answer::atLevel(3), "agreed"}, 1).ok());
    REQUIRE(file.clearConsensus(1, 1, bank.frictions[0].questions[3].id).ok());
    followed.requireInStep();

    REQUIRE(file.setOrganization({"Acme", "Retail", ""}).ok());
    REQUIRE(file.setBranding({"Firm", "#000000", "", "a4", "", {}}).ok());
    followed.requireInStep();

    const auto initiative = file.addInitiative({0, "New", "Sales", "", Stage::Idea, "", false});
    REQUIRE(initiative.ok());
    REQUIRE(file.setAnswer({*initiative, q0, 1, Answer::atLevel(1), "", ""}, 1).ok());
    const auto action =
        file.addAction({0, *initiative, "process_debt", "Do it", "", "", ActionStatus::Planned, "", ""}, 0);
    REQUIRE(action.ok());
    REQUIRE(file.setTarget({*initiative, "process_debt", 30.0}).ok());
    followed.requireInStep();
    CHECK(followed.cache.actions.front().id == *action);
    REQUIRE(file.removeInitiative(*initiative).ok()); // takes its answer, action and target along
    followed.requireInStep();
    REQUIRE(file.removeInitiative(2).ok());
    followed.requireInStep();

    const auto respondent = file.addRespondent({0, 1, "Dana", "Finance"});
    REQUIRE(respondent.ok());
    REQUIRE(file.setAnswer({1, q5, *respondent, Answer::atLevel(2), "", ""}, 1).ok());
    REQUIRE(file.updateRespondent({*respondent, 0, "Dana K.", "Finance"}).ok());
    followed.requireInStep();
    REQUIRE(file.removeRespondent(*respondent).ok());
    followed.requireInStep();

    const auto round = file.addRound({0, "Second", "2026-06-01"}, bank, 1);
    REQUIRE(round.ok());
    REQUIRE(file.renameRound(*round, "Second round", "2026-06-02").ok());
    followed.requireInStep();
    REQUIRE(file.removeRound(1).ok());
    followed.requireInStep();
    CHECK(followed.changes.size() == 22);
}

TEST_CASE("Every edit reports what it changed, with ids of its own kind")
{
    TempDir dir;
    FollowedFile followed(dir.file("a.lastmile"));
    AssessmentFile& file = *followed.file;

    const auto added = file.addAction({0, 2, "process_debt", "Write it down", "", "", ActionStatus::Planned, "", ""});
    REQUIRE(added.ok());
    REQUIRE(file.removeAction(*added).ok());
    REQUIRE(file.setTarget({3, "process_debt", 10.0}).ok());
    REQUIRE(file.updateRespondent({2, 0, "Renamed", "Role"}).ok()); // the round comes from the file
    REQUIRE(file.removeRespondent(3).ok());

    REQUIRE(followed.changes.size() == 5);
    CHECK(followed.changes[0] == Change::action(2, *added));
    CHECK(followed.changes[1] == Change::action(2, *added)); // the removed action's initiative
    CHECK(followed.changes[2] == Change::target(3, "process_debt"));
    CHECK(followed.changes[3] == Change::respondent(1, 2));
    CHECK(followed.changes[4] == Change::respondent(1, 3));
    CHECK(followed.changes[0].respondentId == 0);

    // A refused edit reports nothing and changes nothing.
    CHECK(file.removeAction(*added).error().code == ErrorCode::UnknownId);
    CHECK(file.setAnswers({{1, "no.such.question", 1, Answer::atLevel(1), "", ""}}, 1).error().code ==
          ErrorCode::UnknownId);
    CHECK(followed.changes.size() == 5);
    followed.requireInStep();
}

TEST_CASE("A refresh that cannot read the file leaves the cached copy as it was")
{
    TempDir dir;
    FollowedFile followed(dir.file("a.lastmile"));
    const std::string before = test::canonicalJson(followed.cache);
    test::rawExec(followed.file->path(), "PRAGMA ignore_check_constraints = ON; UPDATE action SET status = 'someday'");
    const Status refreshed = followed.file->refresh(followed.cache, Change::action(1, 1));
    REQUIRE_FALSE(refreshed.ok());
    CHECK(refreshed.error().code == ErrorCode::Invalid);
    CHECK(test::canonicalJson(followed.cache) == before);
}
