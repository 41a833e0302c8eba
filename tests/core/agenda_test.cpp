// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/agenda.h"
#include "core/room_tally.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::makeBank;
using lastmile::test::responses;

namespace {

QuestionBank twoFrictionBank()
{
    return makeBank({{"pilot_proliferation", {{"pp1"}, {"pp2"}}}, {"process_debt", {{"pd1"}, {"pd2"}, {"pd3"}}}});
}

bool inBank(const QuestionBank& bank, const std::string& id)
{
    return bank.findQuestion(id) != nullptr;
}

} // namespace

TEST_CASE("The full agenda asks every question of each initiative in turn, from the first")
{
    const QuestionBank bank = twoFrictionBank();
    const Agenda agenda = fullAgenda(7, bank, {11, 12});
    REQUIRE(agenda.items.size() == 10);
    CHECK(agenda.roundId == 7);
    CHECK(agenda.position == 0);
    CHECK(agenda.items.front() == AgendaItem{11, "pp1", 0});
    CHECK(agenda.items[4] == AgendaItem{11, "pd3", 0});
    CHECK(agenda.items[5] == AgendaItem{12, "pp1", 0});
    REQUIRE(agenda.current());
    CHECK(agenda.current()->questionId == "pp1");
}

TEST_CASE("A planned agenda keeps the chosen frictions and questions in bank order, with the time box")
{
    const QuestionBank bank = twoFrictionBank();
    const auto items = agendaItems(bank, {3}, {"process_debt"}, {}, 90);
    REQUIRE(items.size() == 3);
    CHECK(items[0] == AgendaItem{3, "pd1", 90});
    CHECK(items[2] == AgendaItem{3, "pd3", 90});

    const auto chosen = agendaItems(bank, {3, 4}, {}, {"pd2", "pp1"}, 0);
    REQUIRE(chosen.size() == 4);
    CHECK(chosen[0].questionId == "pp1");
    CHECK(chosen[1].questionId == "pd2");
    CHECK(chosen[2].initiativeId == 4);
}

TEST_CASE("An agenda that cannot be kept says why")
{
    const QuestionBank bank = twoFrictionBank();
    const auto known = [&](const std::string& id) { return inBank(bank, id); };
    Agenda agenda = fullAgenda(1, bank, {5});
    CHECK_FALSE(agendaProblem(agenda, known));

    Agenda unknown = agenda;
    unknown.items.push_back({5, "zz9", 0});
    CHECK(agendaProblem(unknown, known).value() == "question zz9 is not in the round's question bank");

    Agenda twice = agenda;
    twice.items.push_back({5, "pp1", 0});
    CHECK(agendaProblem(twice, known).value() == "question pp1 is on the agenda twice for initiative 5");

    Agenda longBox = agenda;
    longBox.items[1].timeBoxSeconds = kMaxTimeBoxSeconds + 1;
    CHECK(agendaProblem(longBox, known).value() == "time box of 3601 s for question pp2 is outside 0..3600");

    Agenda beyond = agenda;
    beyond.position = 5;
    CHECK(agendaProblem(beyond, known).value() == "position 5 is outside the agenda's 5 items");
    beyond.position = 4;
    CHECK_FALSE(agendaProblem(beyond, known));

    const Agenda empty{1, {}, 0, false};
    CHECK_FALSE(agendaProblem(empty, known));
    CHECK(empty.current() == nullptr);
}

TEST_CASE("The room's tally counts each level, who is still to answer, and leaves the consensus out")
{
    // Respondents 1..5 answer 1, 3, 3, don't know, not applicable; the consensus is 4.
    const QuestionResponses said = responses(
        {Answer::atLevel(1), Answer::atLevel(3), Answer::atLevel(3), Answer::dontKnow(), Answer::notApplicable("x")},
        Answer::atLevel(4));
    const RoomTally tally = tallyRoom(said, {1, 2, 3, 4, 5, 6, 7});
    CHECK(tally.levelCounts == std::array<int, 5>{0, 1, 0, 2, 0});
    CHECK(tally.dontKnow == 1);
    CHECK(tally.notApplicable == 1);
    CHECK(tally.answered == 5);
    CHECK(tally.rosterSize == 7);
    CHECK(tally.waiting == std::vector<std::int64_t>{6, 7});
    CHECK(tally.aggregate.level == Approx(3.0));
    CHECK(tally.aggregate.spread == 2);
    CHECK(tally.aggregate.disagreement);
    CHECK_FALSE(tally.aggregate.fromConsensus);
}

TEST_CASE("Answers from outside the roster are not counted")
{
    const QuestionResponses said = responses({Answer::atLevel(0), Answer::atLevel(4)});
    const RoomTally tally = tallyRoom(said, {2});
    CHECK(tally.answered == 1);
    CHECK(tally.levelCounts == std::array<int, 5>{0, 0, 0, 0, 1});
    CHECK_FALSE(tally.aggregate.disagreement);
}
