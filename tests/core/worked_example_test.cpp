// SPDX-License-Identifier: Apache-2.0
// The worked example of docs/scoring.md, computed with the scoring code. Every number the
// document prints is checked here: exact values to 1e-9, and the one-decimal text it shows.
#include "bank_builder.h"
#include "core/explanation.h"
#include "core/scoring.h"
#include "support/temp_dir.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using namespace lastmile;
using lastmile::test::FrictionSpec;

namespace {

constexpr std::int64_t kAna = 1;
constexpr std::int64_t kBen = 2;
constexpr std::int64_t kCarla = 3;

// The rounding the document uses: one decimal, halves away from zero.
std::string oneDecimal(double value)
{
    const long long tenths = std::llround(value * 10.0);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

QuestionBank exampleBank()
{
    return test::makeBank({
        FrictionSpec{"pilot_proliferation", {{"pp.1", 1.0}}, 1.0},
        FrictionSpec{"productivity_gap", {{"pg.1", 1.0}}, 1.0},
        FrictionSpec{"process_debt", {{"q1", 2.0}, {"q2", 1.0}, {"q3", 1.0}, {"q4", 1.5}}, 1.5},
        FrictionSpec{"tribal_knowledge", {{"tk.1", 1.0}}, 1.0},
        FrictionSpec{"agentic_governance", {{"ag.1", 1.0}}, 2.0},
        FrictionSpec{"architectural_complexity", {{"ac.1", 1.0}}, 1.0},
        FrictionSpec{"efficiency_trap", {{"et.1", 1.0}}, 1.0},
    });
}

QuestionResponses given(std::vector<RespondentAnswer> answers, std::optional<Answer> consensus = std::nullopt)
{
    return {std::move(answers), std::move(consensus)};
}

InitiativeResponses exampleAnswers()
{
    return {
        {"q1", given({{kAna, Answer::atLevel(1)}, {kBen, Answer::atLevel(3)}, {kCarla, Answer::atLevel(2)}})},
        {"q2", given({{kAna, Answer::atLevel(3)},
                      {kBen, Answer::notApplicable("no budget decision in IT")},
                      {kCarla, Answer::atLevel(2)}})},
        {"q3", given({{kAna, Answer::dontKnow()}})},
        {"q4", given({{kAna, Answer::atLevel(0)}, {kBen, Answer::atLevel(4)}, {kCarla, Answer::atLevel(3)}},
                     Answer::atLevel(1))},
        {"tk.1", given({{kAna, Answer::atLevel(3)}})},
        {"ag.1", given({{kBen, Answer::atLevel(1)}})},
    };
}

const Friction& processDebt(const QuestionBank& bank)
{
    return *bank.findFriction("process_debt");
}

} // namespace

TEST_CASE("The document's rounding helper rounds to one decimal, halves away from zero")
{
    CHECK(oneDecimal(55.5555) == "55.6");
    CHECK(oneDecimal(42.5925) == "42.6");
    CHECK(oneDecimal(37.5) == "37.5");
    CHECK(oneDecimal(0.25) == "0.3");
    CHECK(oneDecimal(100.0) == "100.0");
    CHECK(oneDecimal(24.96) == "25.0");
}

TEST_CASE("Worked example: every question of the process debt friction")
{
    const QuestionBank bank = exampleBank();
    const FrictionScore score = scoreFriction(processDebt(bank), exampleAnswers());
    REQUIRE(score.questions.size() == 4);
    const QuestionScore& q1 = score.questions[0];
    const QuestionScore& q2 = score.questions[1];
    const QuestionScore& q3 = score.questions[2];
    const QuestionScore& q4 = score.questions[3];

    // Q1: levels 1, 3, 2; median 2; spread 2, a disagreement; friction 50.0; weighted 100.0.
    CHECK(q1.aggregate.status == QuestionStatus::Answered);
    CHECK(q1.aggregate.levelCount == 3);
    CHECK(q1.aggregate.level == 2.0);
    CHECK(q1.aggregate.spread == 2);
    CHECK(q1.aggregate.disagreement);
    CHECK_FALSE(q1.aggregate.fromConsensus);
    CHECK(*q1.friction == Approx(50.0).margin(1e-9));
    CHECK(q1.weight * *q1.friction == Approx(100.0).margin(1e-9));

    // Q2: levels 3, 2 (Ben's N/A left out); median 2.5; spread 1, no disagreement; friction 37.5.
    CHECK(q2.aggregate.status == QuestionStatus::Answered);
    CHECK(q2.aggregate.levelCount == 2);
    CHECK(q2.aggregate.notApplicableCount == 1);
    CHECK(q2.aggregate.level == 2.5);
    CHECK(q2.aggregate.spread == 1);
    CHECK_FALSE(q2.aggregate.disagreement);
    CHECK(*q2.friction == Approx(37.5).margin(1e-9));
    CHECK(q2.weight * *q2.friction == Approx(37.5).margin(1e-9));

    // Q3: one "don't know" and no level: don't know, out of the score, in the coverage.
    CHECK(q3.aggregate.status == QuestionStatus::DontKnow);
    CHECK(q3.aggregate.levelCount == 0);
    CHECK(q3.aggregate.dontKnowCount == 1);
    CHECK_FALSE(q3.aggregate.disagreement);
    CHECK_FALSE(q3.friction.has_value());

    // Q4: levels 0, 4, 3 (median 3), spread 4, a disagreement; the consensus level 1 gives 75.0.
    CHECK(q4.aggregate.status == QuestionStatus::Answered);
    CHECK(q4.aggregate.levelCount == 3);
    CHECK(medianLevel({0, 4, 3}) == 3.0);
    CHECK(q4.aggregate.level == 1.0);
    CHECK(q4.aggregate.fromConsensus);
    CHECK(q4.aggregate.spread == 4);
    CHECK(q4.aggregate.disagreement);
    CHECK(*q4.friction == Approx(75.0).margin(1e-9));
    CHECK(q4.weight * *q4.friction == Approx(112.5).margin(1e-9));

    CHECK(oneDecimal(*q1.friction) == "50.0");
    CHECK(oneDecimal(*q2.friction) == "37.5");
    CHECK(oneDecimal(*q4.friction) == "75.0");
}

TEST_CASE("Worked example: friction score, band and coverage")
{
    const QuestionBank bank = exampleBank();
    const FrictionScore score = scoreFriction(processDebt(bank), exampleAnswers());
    const Explanation explanation = explainFrictionScore(score);

    CHECK(explanation.weightedSum == Approx(250.0).margin(1e-9));
    CHECK(score.answeredWeight == Approx(4.5).margin(1e-9));
    CHECK(explanation.weightSum == Approx(4.5).margin(1e-9));
    REQUIRE(score.score.has_value());
    CHECK(*score.score == Approx(250.0 / 4.5).margin(1e-9));
    CHECK(*score.score == Approx(55.555555555555556).margin(1e-9));
    CHECK(score.band == std::optional<Band>(Band::High));

    CHECK(score.applicableWeight == Approx(5.5).margin(1e-9));
    CHECK(score.totalWeight == Approx(5.5).margin(1e-9));
    CHECK(score.coverage == Approx(4.5 / 5.5).margin(1e-9));
    CHECK_FALSE(score.lowCoverage);
    CHECK(score.disagreementCount == 2);
    CHECK(score.answeredCount == 3);

    CHECK(oneDecimal(explanation.weightedSum) == "250.0");
    CHECK(oneDecimal(*score.score) == "55.6");
    CHECK(oneDecimal(score.coverage * 100.0) == "81.8");
}

TEST_CASE("Worked example: without the consensus, and with Q3 not applicable")
{
    const QuestionBank bank = exampleBank();

    InitiativeResponses noConsensus = exampleAnswers();
    noConsensus["q4"].consensus.reset();
    const FrictionScore withoutConsensus = scoreFriction(processDebt(bank), noConsensus);
    CHECK(*withoutConsensus.questions[3].friction == Approx(25.0).margin(1e-9));
    CHECK(withoutConsensus.questions[3].weight * *withoutConsensus.questions[3].friction == Approx(37.5).margin(1e-9));
    CHECK(*withoutConsensus.score == Approx(175.0 / 4.5).margin(1e-9));
    CHECK(withoutConsensus.band == std::optional<Band>(Band::Moderate));
    CHECK(oneDecimal(*withoutConsensus.score) == "38.9");

    InitiativeResponses q3NotApplicable = exampleAnswers();
    q3NotApplicable["q3"] =
        given({{kAna, Answer::notApplicable()}, {kBen, Answer::notApplicable()}, {kCarla, Answer::notApplicable()}});
    const FrictionScore excluded = scoreFriction(processDebt(bank), q3NotApplicable);
    CHECK(excluded.coverage == Approx(1.0).margin(1e-9));
    CHECK(*excluded.score == Approx(250.0 / 4.5).margin(1e-9));
    CHECK(oneDecimal(excluded.coverage * 100.0) == "100.0");
    CHECK(oneDecimal(*excluded.score) == "55.6");
}

TEST_CASE("Worked example: the readiness index")
{
    const QuestionBank bank = exampleBank();
    const InitiativeScore score = scoreInitiative(bank, 1, exampleAnswers());

    CHECK(*score.friction("tribal_knowledge")->score == Approx(25.0).margin(1e-9));
    CHECK(*score.friction("agentic_governance")->score == Approx(75.0).margin(1e-9));
    for (const char* id : {"pilot_proliferation", "productivity_gap", "architectural_complexity", "efficiency_trap"}) {
        CHECK_FALSE(score.friction(id)->score.has_value());
    }

    const Explanation explanation = explainReadiness(bank, score);
    REQUIRE(explanation.terms.size() == 7);
    const ExplanationTerm& pd = explanation.terms[2];
    CHECK(pd.subject == "process_debt");
    CHECK(pd.weight == 1.5);
    CHECK(pd.weight * *pd.value == Approx(1.5 * 250.0 / 4.5).margin(1e-9));
    CHECK(explanation.terms[4].weight == 2.0);
    CHECK(explanation.terms[0].exclusion == Exclusion::NoScore);

    const double weightedSum = 1.5 * 250.0 / 4.5 + 25.0 + 2.0 * 75.0;
    CHECK(explanation.weightedSum == Approx(weightedSum).margin(1e-9));
    CHECK(explanation.weightSum == Approx(4.5).margin(1e-9));
    const double meanFriction = explanation.weightedSum / explanation.weightSum;
    CHECK(meanFriction == Approx(weightedSum / 4.5).margin(1e-9));
    REQUIRE(score.readiness.has_value());
    CHECK(*score.readiness == Approx(100.0 - weightedSum / 4.5).margin(1e-9));
    CHECK(*score.readiness == Approx(42.592592592592593).margin(1e-9));

    CHECK(oneDecimal(pd.weight * *pd.value) == "83.3");
    CHECK(oneDecimal(explanation.weightedSum) == "258.3");
    CHECK(oneDecimal(meanFriction) == "57.4");
    CHECK(oneDecimal(*score.readiness) == "42.6");
}

TEST_CASE("Worked example: docs/scoring.md prints the figures computed here")
{
    const std::string doc = test::readBytes(std::string(LASTMILE_TEST_DATA) + "/../../docs/scoring.md");
    REQUIRE_FALSE(doc.empty());

    const QuestionBank bank = exampleBank();
    const FrictionScore score = scoreFriction(processDebt(bank), exampleAnswers());
    const InitiativeScore initiative = scoreInitiative(bank, 1, exampleAnswers());
    InitiativeResponses noConsensus = exampleAnswers();
    noConsensus["q4"].consensus.reset();
    const FrictionScore withoutConsensus = scoreFriction(processDebt(bank), noConsensus);

    const std::string expected[] = {
        "| **Friction score** | 250.0 / 4.5 = 55.555… | **" + oneDecimal(*score.score) + "** |",
        "| **Band** | 50 ≤ 55.6 < 75 | **" + std::string(bandId(*score.band)) + "** |",
        "| **Coverage** | 4.5 / 5.5 = 0.81818… | **" + oneDecimal(score.coverage * 100.0) + " %**",
        "175.0 / 4.5 = **" + oneDecimal(*withoutConsensus.score) + "**",
        "**" + std::string(bandId(*withoutConsensus.band)) + "**. The consensus moved",
        "| **Readiness index** | 100 − 57.4 | **" + oneDecimal(*initiative.readiness) + "** |",
    };
    for (const std::string& line : expected) {
        INFO(line);
        CHECK(doc.find(line) != std::string::npos);
    }
}
