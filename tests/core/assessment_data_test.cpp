// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/assessment_data.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;

namespace {

RoundData sampleRound()
{
    RoundData round;
    round.round = {1, "2026-Q1 workshop", "2026-03-12"};
    round.bank = test::makeBank({FrictionSpec{"process_debt", {{"pd.1", 1.0}, {"pd.2", 1.0}}}});
    round.respondents = {{1, 1, "Ana", "Operations"}, {2, 1, "Ben", "IT"}};
    round.answers = {
        {10, "pd.1", 1, Answer::atLevel(0), "", ""}, {10, "pd.1", 2, Answer::atLevel(4), "", ""},
        {10, "pd.2", 1, Answer::atLevel(2), "", ""}, {20, "pd.1", 1, Answer::atLevel(4), "", ""},
        {30, "pd.1", 2, Answer::atLevel(0), "", ""},
    };
    round.consensus = {{10, "pd.1", Answer::atLevel(1), "agreed after discussion"}};
    return round;
}

} // namespace

TEST_CASE("Answers and consensus are grouped by initiative and question")
{
    const auto grouped = responsesByInitiative(sampleRound());
    REQUIRE(grouped.size() == 3);
    const InitiativeResponses& first = grouped.at(10);
    REQUIRE(first.size() == 2);
    const QuestionResponses& pd1 = first.at("pd.1");
    REQUIRE(pd1.answers.size() == 2);
    CHECK(pd1.answers[0].respondentId == 1);
    CHECK(pd1.answers[0].answer == Answer::atLevel(0));
    CHECK(pd1.answers[1].respondentId == 2);
    CHECK(pd1.consensus == std::optional<Answer>(Answer::atLevel(1)));
    CHECK_FALSE(first.at("pd.2").consensus.has_value());
    CHECK(grouped.at(20).at("pd.1").answers.size() == 1);
}

TEST_CASE("An answerer's answer is the respondent's own, or the consensus for respondent 0")
{
    RoundData round = sampleRound();
    round.answers[1].note = "seen in the logs";
    round.answers[1].evidence = "ticket 42";

    const std::optional<AnswerRecord> ben = answerOf(round, 10, "pd.1", 2);
    REQUIRE(ben.has_value());
    CHECK(ben->respondentId == 2);
    CHECK(ben->answer == Answer::atLevel(4));
    CHECK(ben->note == "seen in the logs");
    CHECK(ben->evidence == "ticket 42");
    CHECK(findAnswer(round, 10, "pd.1", 2) == &round.answers[1]);

    const std::optional<AnswerRecord> room = answerOf(round, 10, "pd.1", 0);
    REQUIRE(room.has_value());
    CHECK(room->respondentId == 0);
    CHECK(room->answer == Answer::atLevel(1));
    CHECK(room->note == "agreed after discussion");
    CHECK(room->evidence.empty());
    CHECK(findConsensus(round, 10, "pd.1") == &round.consensus[0]);

    CHECK_FALSE(answerOf(round, 10, "pd.2", 0).has_value()); // answered by Ana, no consensus yet
    CHECK_FALSE(answerOf(round, 10, "pd.2", 2).has_value());
    CHECK_FALSE(answerOf(round, 30, "pd.1", 1).has_value());
    CHECK(findAnswer(round, 20, "pd.2", 1) == nullptr);
    CHECK(findConsensus(round, 20, "pd.1") == nullptr);
}

TEST_CASE("A round is scored for every initiative that is not archived, in the assessment's order")
{
    Assessment assessment;
    assessment.initiatives = {
        {30, "Demand forecast", "", "", Stage::Pilot, "", false},
        {20, "Invoice matching", "", "", Stage::Production, "", true},
        {10, "Order entry", "", "", Stage::RolledBack, "", false},
        {40, "Route planning", "", "", Stage::Idea, "", false},
    };
    const RoundData round = sampleRound();
    assessment.rounds = {round};

    const std::vector<InitiativeScore> scores = scoreRound(assessment, round);
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].initiativeId == 30);
    CHECK(scores[1].initiativeId == 10);
    CHECK(scores[2].initiativeId == 40);

    CHECK(*scores[0].frictions[0].score == 100.0); // pd.1 at level 0
    // Initiative 10: pd.1 consensus 1 (75) overrides the median 2; pd.2 level 2 (50).
    CHECK(*scores[1].frictions[0].score == 62.5);
    CHECK(scores[1].frictions[0].disagreementCount == 1);
    CHECK_FALSE(scores[2].frictions[0].score.has_value()); // no answers
    CHECK_FALSE(scores[2].readiness.has_value());
}
