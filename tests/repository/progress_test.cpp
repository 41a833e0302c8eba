// SPDX-License-Identifier: Apache-2.0
// Progress and cancellation of push, pull and sync against a real PostgreSQL server: the rows
// are counted up to the total, and a cancel at any report leaves both sides as they were.
#include "repo_fixtures.h"
#include "repository/row_set.h"
#include "storage/interchange.h"
#include "storage/storage_fixtures.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::test;
using repository::ErrorCode;

namespace {

// An engagement of 10 initiatives and 12 respondents who answered every question: several
// thousand answers, so a long operation reports more than once.
repository::EngagementContent largerContent()
{
    repository::EngagementContent content;
    content.assessment = smallAssessment(10, 12);
    RoundData& round = content.assessment.rounds.front();
    round.answers.clear();
    for (const Initiative& initiative : content.assessment.initiatives) {
        for (const Friction& friction : round.bank.frictions) {
            for (const Question& question : friction.questions) {
                for (const Respondent& respondent : round.respondents) {
                    round.answers.push_back({initiative.id, question.id, respondent.id,
                                             Answer::atLevel(static_cast<int>((initiative.id + respondent.id) % 5)), "",
                                             ""});
                }
            }
        }
    }
    return content;
}

std::size_t answerCount(const repository::EngagementContent& content)
{
    std::size_t answers = 0;
    for (const RoundData& round : content.assessment.rounds) {
        answers += round.answers.size();
    }
    return answers;
}

// Every report a Progress got; it cancels at report number `cancelAt` (1-based; 0: never).
struct Recorder
{
    std::vector<std::pair<std::int64_t, std::int64_t>> calls;
    std::size_t cancelAt = 0;

    repository::Progress progress()
    {
        return [this](std::int64_t done, std::int64_t total) {
            calls.emplace_back(done, total);
            return calls.size() != cancelAt;
        };
    }

    // Done never goes back and never passes a nonzero total; the total, unknown (0) at first or
    // an estimate corrected as the rows are read unless `exact`, is reached by the last report.
    void checkCounts(std::size_t atLeast, bool exact) const
    {
        REQUIRE(calls.size() >= atLeast);
        CHECK(calls.front().first == 0);
        std::int64_t before = 0;
        for (const auto& [done, total] : calls) {
            CHECK(done >= before);
            if (total > 0) {
                CHECK(done <= total);
            }
            if (exact) {
                CHECK(total == calls.front().second);
            }
            before = done;
        }
        CHECK(calls.back().second > 0);
        CHECK(calls.back().first == calls.back().second);
    }
};

std::string repositoryState(const std::string& database)
{
    return psqlAs(database, "",
                  "SELECT (SELECT count(*) FROM lastmile.engagement) || ' ' || (SELECT count(*) FROM lastmile.answer)"
                  " || ' ' || (SELECT coalesce(sum(rev), 0) FROM lastmile.answer) || ' ' || (SELECT count(*) FROM "
                  "lastmile.conflict) || ' ' || (SELECT coalesce(string_agg(note, ',' ORDER BY uuid), '') FROM "
                  "lastmile.answer WHERE note <> '')");
}

} // namespace

TEST_CASE("a push reports its rows as it goes, and a cancel at any report adds nothing")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    const repository::EngagementContent content = largerContent();
    REQUIRE(answerCount(content) > 3 * repository::kProgressStep);

    Recorder all;
    bool committed = false;
    const auto added = alice->addEngagement(
        content,
        [&](const std::string&, const repository::PulledEngagement&, std::string&) { return committed = true; },
        all.progress());
    REQUIRE(added.ok());
    CHECK(committed);
    all.checkCounts(answerCount(content) / repository::kProgressStep, true);
    // Every row, and the answers twice: staged, then inserted.
    CHECK(all.calls.back().second == repository::rowCount(content) + static_cast<std::int64_t>(answerCount(content)));

    const std::string before = repositoryState(database);
    for (std::size_t cancelAt = 1; cancelAt <= all.calls.size(); ++cancelAt) {
        INFO("cancelled at report " << cancelAt << " of " << all.calls.size());
        Recorder recorder;
        recorder.cancelAt = cancelAt;
        bool called = false;
        const auto cancelled = alice->addEngagement(
            content,
            [&](const std::string&, const repository::PulledEngagement&, std::string&) { return called = true; },
            recorder.progress());
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK_FALSE(called);
        CHECK(repositoryState(database) == before);
    }
    // The connection is still usable afterwards.
    CHECK(alice->list().ok());
}

TEST_CASE("a pull reports its rows as it goes, and a cancel at any report returns nothing and changes nothing")
{
    const std::string database = initializedRepository();
    auto alice = connectAs(database, kAlice);
    const repository::EngagementContent content = largerContent();
    const auto id = alice->addEngagement(content);
    REQUIRE(id.ok());

    Recorder all;
    const auto pulled = alice->pull(*id, all.progress());
    REQUIRE(pulled.ok());
    all.checkCounts(answerCount(content) / repository::kProgressStep, false);
    CHECK(all.calls.back().second == static_cast<std::int64_t>(pulled->base.size()));
    CHECK(storage::exportAssessmentJson(pulled->content.assessment) ==
          storage::exportAssessmentJson(alice->pull(*id)->content.assessment));

    const std::string before = repositoryState(database);
    for (std::size_t cancelAt = 1; cancelAt <= all.calls.size(); ++cancelAt) {
        INFO("cancelled at report " << cancelAt << " of " << all.calls.size());
        Recorder recorder;
        recorder.cancelAt = cancelAt;
        const auto cancelled = alice->pull(*id, recorder.progress());
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK(recorder.calls.size() == cancelAt);
    }
    CHECK(repositoryState(database) == before);
    CHECK(alice->pull(*id).ok());
}

TEST_CASE("a sync reports its rows as it goes, and a cancel at any report leaves both sides as they were")
{
    SharedEngagement shared = sharedEngagement(largerContent());
    const std::string& database = shared.database;
    repository::Repository& alice = *shared.alice;
    repository::Repository& bob = *shared.bob;
    const std::string& id = shared.id;
    const repository::PulledEngagement& alicesCopy = shared.alicesCopy;
    const repository::PulledEngagement& bobsCopy = shared.bobsCopy;

    // Bob changes one answer and syncs; alice changes two others (one the same as bob's) and syncs
    // with a conflict to keep.
    repository::EngagementContent bobs = bobsCopy.content;
    bobs.assessment.rounds[0].answers[10].note = "bob's note";
    REQUIRE(bob.sync(id, bobsCopy.base, bobs, {}).ok());
    repository::EngagementContent alices = alicesCopy.content;
    alices.assessment.rounds[0].answers[10].note = "alice's note";
    alices.assessment.rounds[0].answers[20].note = "alice's other note";

    Recorder all;
    {
        // A dry run to learn how many reports a sync makes: rolled back by its BeforeCommit.
        const auto dry = alice.sync(
            id, alicesCopy.base, alices,
            [](const std::string&, const repository::PulledEngagement&, std::string& problem) {
                problem = "dry run";
                return false;
            },
            all.progress());
        REQUIRE_FALSE(dry.ok());
        CHECK(dry.error().code == ErrorCode::WorkingCopy);
    }
    all.checkCounts(answerCount(alices) / repository::kProgressStep, false);

    const std::string before = repositoryState(database);
    for (std::size_t cancelAt = 1; cancelAt <= all.calls.size(); ++cancelAt) {
        INFO("cancelled at report " << cancelAt << " of " << all.calls.size());
        Recorder recorder;
        recorder.cancelAt = cancelAt;
        bool written = false;
        const auto cancelled = alice.sync(
            id, alicesCopy.base, alices,
            [&](const std::string&, const repository::PulledEngagement&, std::string&) { return written = true; },
            recorder.progress());
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Cancelled);
        CHECK_FALSE(written);
        CHECK(repositoryState(database) == before);
    }

    // Not cancelled, the same sync goes through with its conflict.
    const auto synced = alice.sync(id, alicesCopy.base, alices, {});
    REQUIRE(synced.ok());
    CHECK(synced->conflicts.size() == 1);
    CHECK(repositoryState(database) != before);
}
