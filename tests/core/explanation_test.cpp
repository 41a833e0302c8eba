// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/explanation.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;
using lastmile::test::responses;

namespace {

const Answer dk = Answer::dontKnow();
const Answer na = Answer::notApplicable();

QuestionBank explainedBank()
{
    return test::makeBank({
        FrictionSpec{"process_debt", {{"q1", 2.0}, {"q2", 1.0}, {"q3", 1.5}, {"q4", 1.0}, {"q5", 0.5}}, 2.0},
        FrictionSpec{"tribal_knowledge", {{"t1", 1.0}}, 1.0},
        FrictionSpec{"efficiency_trap", {{"e1", 1.0}, {"e2", 1.0}}, 3.0},
    });
}

// q1: level 1 (75), q2: not applicable, q3: don't know, q4: unanswered, q5: level 4 (0).
const InitiativeResponses kAnswers = {
    {"q1", responses({Answer::atLevel(1)})},
    {"q2", responses({na, na})},
    {"q3", responses({dk})},
    {"q5", responses({Answer::atLevel(4), Answer::atLevel(4)})},
    {"e1", responses({Answer::atLevel(0)})},
    {"e2", responses({Answer::atLevel(4)}, Answer::atLevel(2))},
};

void checkTerm(const ExplanationTerm& term, const std::string& subject, double weight, std::optional<double> value,
               Exclusion exclusion)
{
    INFO("term " << term.subject);
    CHECK(term.subject == subject);
    CHECK(term.weight == weight);
    CHECK(term.value == value);
    CHECK(term.exclusion == exclusion);
}

} // namespace

TEST_CASE("A friction score is explained by its answered questions, the others by their exclusion")
{
    const QuestionBank bank = explainedBank();
    const FrictionScore score = scoreFriction(bank.frictions[0], kAnswers);
    REQUIRE(score.score.has_value());
    CHECK(*score.score == 60.0); // (2 x 75 + 0.5 x 0) / 2.5

    const Explanation explanation = explainFrictionScore(score);
    CHECK(explanation.value == score.score);
    CHECK(explanation.weightedSum == 150.0);
    CHECK(explanation.weightSum == 2.5);
    CHECK(explanation.weightedSum / explanation.weightSum == Approx(*score.score).epsilon(1e-12));
    REQUIRE(explanation.terms.size() == 5);
    checkTerm(explanation.terms[0], "q1", 2.0, 75.0, Exclusion::None);
    checkTerm(explanation.terms[1], "q2", 1.0, std::nullopt, Exclusion::NotApplicable);
    checkTerm(explanation.terms[2], "q3", 1.5, std::nullopt, Exclusion::DontKnow);
    checkTerm(explanation.terms[3], "q4", 1.0, std::nullopt, Exclusion::Unanswered);
    checkTerm(explanation.terms[4], "q5", 0.5, 0.0, Exclusion::None);
}

TEST_CASE("Coverage is explained as answered weight over applicable weight")
{
    const QuestionBank bank = explainedBank();
    const FrictionScore score = scoreFriction(bank.frictions[0], kAnswers);
    CHECK(score.coverage == 0.5); // 2.5 answered of 5 applicable

    const Explanation explanation = explainCoverage(score);
    CHECK(explanation.value == std::optional<double>(score.coverage));
    CHECK(explanation.weightedSum == 2.5);
    CHECK(explanation.weightSum == 5.0);
    CHECK(explanation.weightedSum / explanation.weightSum == score.coverage);
    REQUIRE(explanation.terms.size() == 5);
    checkTerm(explanation.terms[0], "q1", 2.0, 1.0, Exclusion::None);
    checkTerm(explanation.terms[1], "q2", 1.0, std::nullopt, Exclusion::NotApplicable);
    checkTerm(explanation.terms[2], "q3", 1.5, 0.0, Exclusion::None); // counted, as not answered
    checkTerm(explanation.terms[3], "q4", 1.0, 0.0, Exclusion::None);
    checkTerm(explanation.terms[4], "q5", 0.5, 1.0, Exclusion::None);
}

TEST_CASE("A consensus is explained through the question's score")
{
    const QuestionBank bank = explainedBank();
    const FrictionScore score = scoreFriction(bank.frictions[2], kAnswers);
    CHECK(*score.score == 75.0); // e1 100, e2 consensus level 2: 50

    const Explanation explanation = explainFrictionScore(score);
    REQUIRE(explanation.terms.size() == 2);
    checkTerm(explanation.terms[0], "e1", 1.0, 100.0, Exclusion::None);
    checkTerm(explanation.terms[1], "e2", 1.0, 50.0, Exclusion::None);
    CHECK(explanation.weightedSum / explanation.weightSum == *score.score);

    InitiativeResponses unknown = kAnswers;
    unknown["e2"].consensus = dk;
    const Explanation overridden = explainFrictionScore(scoreFriction(bank.frictions[2], unknown));
    checkTerm(overridden.terms[1], "e2", 1.0, std::nullopt, Exclusion::DontKnow);
    CHECK(overridden.weightedSum / overridden.weightSum == 100.0);
}

TEST_CASE("Readiness is explained by the friction scores and friction weights")
{
    const QuestionBank bank = explainedBank();
    const InitiativeScore score = scoreInitiative(bank, 5, kAnswers);
    REQUIRE(score.readiness.has_value());
    // 100 - (2 x 60 + 3 x 75) / 5; tribal_knowledge has no score.
    CHECK(*score.readiness == Approx(31.0).epsilon(1e-12));

    const Explanation explanation = explainReadiness(bank, score);
    CHECK(explanation.value == score.readiness);
    CHECK(explanation.weightedSum == 345.0);
    CHECK(explanation.weightSum == 5.0);
    CHECK(100.0 - explanation.weightedSum / explanation.weightSum == Approx(*score.readiness).epsilon(1e-12));
    REQUIRE(explanation.terms.size() == 3);
    checkTerm(explanation.terms[0], "process_debt", 2.0, 60.0, Exclusion::None);
    checkTerm(explanation.terms[1], "tribal_knowledge", 1.0, std::nullopt, Exclusion::NoScore);
    checkTerm(explanation.terms[2], "efficiency_trap", 3.0, 75.0, Exclusion::None);
}

TEST_CASE("A figure without inputs is explained as having no value")
{
    const QuestionBank bank = explainedBank();
    const InitiativeScore score = scoreInitiative(bank, 9, {});
    const Explanation friction = explainFrictionScore(score.frictions[0]);
    CHECK_FALSE(friction.value.has_value());
    CHECK(friction.weightSum == 0.0);
    CHECK(friction.terms.size() == 5);
    for (const ExplanationTerm& term : friction.terms) {
        CHECK(term.exclusion == Exclusion::Unanswered);
    }
    const Explanation readiness = explainReadiness(bank, score);
    CHECK_FALSE(readiness.value.has_value());
    CHECK(readiness.weightSum == 0.0);
    for (const ExplanationTerm& term : readiness.terms) {
        CHECK(term.exclusion == Exclusion::NoScore);
    }
}

TEST_CASE("A portfolio friction is explained by the initiatives that have a score")
{
    const QuestionBank bank = explainedBank();
    std::vector<InitiativeScore> initiatives;
    initiatives.push_back(scoreInitiative(bank, 11, kAnswers));                                  // process_debt 60
    initiatives.push_back(scoreInitiative(bank, 12, {}));                                        // no score
    initiatives.push_back(scoreInitiative(bank, 13, {{"q4", responses({Answer::atLevel(3)})}})); // 25

    const Explanation explanation = explainPortfolioFriction(initiatives, "process_debt");
    REQUIRE(explanation.value.has_value());
    CHECK(*explanation.value == Approx(42.5).epsilon(1e-12));
    CHECK(explanation.weightedSum == 85.0);
    CHECK(explanation.weightSum == 2.0);
    REQUIRE(explanation.terms.size() == 3);
    checkTerm(explanation.terms[0], "11", 1.0, 60.0, Exclusion::None);
    checkTerm(explanation.terms[1], "12", 1.0, std::nullopt, Exclusion::NoScore);
    checkTerm(explanation.terms[2], "13", 1.0, 25.0, Exclusion::None);

    const PortfolioScore portfolio = scorePortfolio(bank, initiatives);
    CHECK(portfolio.frictions[0].score == explanation.value);

    const Explanation unknown = explainPortfolioFriction(initiatives, "agentic_governance");
    CHECK_FALSE(unknown.value.has_value());
    CHECK(unknown.terms.size() == 3);
}
