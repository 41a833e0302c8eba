// SPDX-License-Identifier: Apache-2.0
// A sync merges only the rows changed on either side, yet leaves both sides whole: the merged
// working copy and its new base are what a fresh pull of the repository gives.
#include "repo_fixtures.h"
#include "repository/row_set.h"
#include "storage/interchange.h"
#include "storage/storage_fixtures.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <tuple>

using namespace lastmile;
using namespace lastmile::test;

namespace {

repository::EngagementContent engagementWithAnswers()
{
    repository::EngagementContent content;
    content.assessment = smallAssessment(3, 3);
    RoundData& round = content.assessment.rounds.front();
    round.answers.clear();
    for (const Initiative& initiative : content.assessment.initiatives) {
        for (const Question& question : round.bank.frictions[0].questions) {
            for (const Respondent& respondent : round.respondents) {
                round.answers.push_back({initiative.id, question.id, respondent.id, Answer::atLevel(2), "", ""});
            }
        }
    }
    content.assessment.rounds[0].consensus.push_back(
        {2, round.bank.frictions[0].questions[0].id, Answer::atLevel(3), "agreed"});
    return content;
}

std::vector<storage::BaseRow> sorted(std::vector<storage::BaseRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const storage::BaseRow& a, const storage::BaseRow& b) {
        return std::tie(a.table, a.key) < std::tie(b.table, b.key);
    });
    return rows;
}

// The sync's outcome is what a pull reads now: the same content and the same base.
void checkLikeAPull(repository::Repository& repo, const std::string& id, const repository::PulledEngagement& merged)
{
    const auto pulled = repo.pull(id);
    REQUIRE(pulled.ok());
    CHECK(storage::exportAssessmentJson(merged.content.assessment) ==
          storage::exportAssessmentJson(pulled->content.assessment));
    CHECK(merged.content.agendas == pulled->content.agendas);
    CHECK(sorted(merged.base) == sorted(pulled->base));
    // Every row of the merged copy has its base, with the digest of its values.
    const repository::RowDigests digests = repository::digestsOf(repository::rowsOf(merged.content));
    CHECK(digests.size() == merged.base.size());
    for (const storage::BaseRow& row : merged.base) {
        INFO(row.table << " " << row.key);
        REQUIRE(digests.count(repository::digestKey(row.table, row.key)) == 1);
        CHECK(digests.at(repository::digestKey(row.table, row.key)) == row.digest);
    }
}

std::vector<AnswerRecord>::iterator answerOf(repository::EngagementContent& content, std::int64_t initiative,
                                             std::int64_t respondent, std::size_t question)
{
    std::vector<AnswerRecord>& answers = content.assessment.rounds[0].answers;
    const std::string& questionId = content.assessment.rounds[0].bank.frictions[0].questions[question].id;
    return std::find_if(answers.begin(), answers.end(), [&](const AnswerRecord& a) {
        return a.initiativeId == initiative && a.respondentId == respondent && a.questionId == questionId;
    });
}

} // namespace

TEST_CASE("a sync merges the rows changed on either side and leaves both sides as a fresh pull reads them")
{
    SharedEngagement shared = sharedEngagement(engagementWithAnswers());
    repository::Repository& alice = *shared.alice;
    repository::Repository& bob = *shared.bob;
    const std::string& id = shared.id;
    const repository::PulledEngagement& alicesCopy = shared.alicesCopy;
    const repository::PulledEngagement& bobsCopy = shared.bobsCopy;

    // Bob, online: changes an answer, deletes another, deletes initiative 3 with its answers,
    // changes the consensus answer and renames the engagement.
    repository::EngagementContent bobs = bobsCopy.content;
    answerOf(bobs, 1, 1, 0)->note = "bob";
    bobs.assessment.rounds[0].answers.erase(answerOf(bobs, 1, 2, 1));
    bobs.assessment.initiatives.pop_back();
    std::erase_if(bobs.assessment.rounds[0].answers, [](const AnswerRecord& a) { return a.initiativeId == 3; });
    bobs.assessment.rounds[0].consensus[0].note = "bob's consensus";
    bobs.assessment.organization.name = "Renamed by Bob";
    const auto bobSynced = bob.sync(id, bobsCopy.base, bobs, {});
    REQUIRE(bobSynced.ok());
    CHECK(bobSynced->conflicts.empty());
    checkLikeAPull(bob, id, bobSynced->merged);

    // Alice, offline meanwhile: changes two answers (one of them bob's too), deletes one, answers
    // for initiative 3 that bob deleted, and adds an answer.
    repository::EngagementContent alices = alicesCopy.content;
    answerOf(alices, 1, 1, 0)->note = "alice";
    answerOf(alices, 2, 3, 2)->answer = Answer::dontKnow();
    alices.assessment.rounds[0].answers.erase(answerOf(alices, 2, 1, 1));
    answerOf(alices, 3, 1, 0)->note = "on a deleted initiative";
    const std::string newQuestion = alices.assessment.rounds[0].bank.frictions[1].questions[0].id;
    alices.assessment.rounds[0].answers.push_back({1, newQuestion, 1, Answer::atLevel(4), "new", ""});
    const auto aliceSynced = alice.sync(id, alicesCopy.base, alices, {});
    REQUIRE(aliceSynced.ok());
    checkLikeAPull(alice, id, aliceSynced->merged);

    const auto conflictOn = [&](const std::string& kind, const std::string& key) {
        return std::any_of(aliceSynced->conflicts.begin(), aliceSynced->conflicts.end(),
                           [&](const repository::ConflictReport& c) { return c.kind == kind && c.key.find(key) == 0; });
    };
    // The answer changed here on the initiative deleted there: kept as a conflict, then left out
    // with its parent (both values stay with the conflicts).
    CHECK(aliceSynced->conflicts.size() == 3);
    CHECK(conflictOn("both_changed", "1/1/"));
    CHECK(conflictOn("deleted_there", "1/3/"));
    CHECK(conflictOn("parent_gone", "1/3/"));
    const repository::EngagementContent& merged = aliceSynced->merged.content;
    CHECK(merged.assessment.organization.name == "Renamed by Bob");
    CHECK(merged.assessment.initiatives.size() == 2);
    CHECK(merged.assessment.rounds[0].consensus[0].note == "bob's consensus");
    repository::EngagementContent copy = merged;
    CHECK(answerOf(copy, 1, 1, 0)->note == "bob"); // the repository's side of the conflict is kept
    CHECK(answerOf(copy, 2, 3, 2)->answer == Answer::dontKnow());
    CHECK(answerOf(copy, 2, 1, 1) == copy.assessment.rounds[0].answers.end());
    CHECK(answerOf(copy, 1, 2, 1) == copy.assessment.rounds[0].answers.end());
    CHECK(std::count_if(merged.assessment.rounds[0].answers.begin(), merged.assessment.rounds[0].answers.end(),
                        [&](const AnswerRecord& a) { return a.questionId == newQuestion && a.note == "new"; }) == 1);

    // Bob syncs again with nothing changed here: he receives alice's changes and sends none.
    const auto again = bob.sync(id, bobSynced->merged.base, bobSynced->merged.content, {});
    REQUIRE(again.ok());
    CHECK(again->sent == 0);
    CHECK(again->received == 3);
    CHECK(again->conflicts.empty());
    checkLikeAPull(bob, id, again->merged);
    CHECK(storage::exportAssessmentJson(again->merged.content.assessment) ==
          storage::exportAssessmentJson(merged.assessment));
}
