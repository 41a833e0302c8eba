// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/bank_loader.h"
#include "core/evidence.h"
#include "core/explanation.h"
#include "core/friction.h"
#include "core/scoring.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <locale>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using namespace lastmile;
using lastmile::test::FrictionSpec;
using lastmile::test::QuestionSpec;
using lastmile::test::responses;

namespace {

Answer lvl(int level)
{
    return Answer::atLevel(level);
}

const Answer dk = Answer::dontKnow();
const Answer na = Answer::notApplicable("does not apply here");

Friction oneFriction(const std::vector<QuestionSpec>& questions)
{
    return test::makeBank({FrictionSpec{"process_debt", questions}}).frictions.at(0);
}

const QuestionScore& questionOf(const FrictionScore& score, const std::string& questionId)
{
    for (const QuestionScore& question : score.questions) {
        if (question.questionId == questionId) {
            return question;
        }
    }
    FAIL("no question " << questionId);
    throw std::logic_error("unreachable");
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Several respondents: median, spread, disagreement, consensus

TEST_CASE("The median of levels, with the mean of the middle two for an even count")
{
    CHECK(medianLevel({3}) == 3.0);
    CHECK(medianLevel({1, 2}) == 1.5);
    CHECK(medianLevel({0, 0, 4, 4}) == 2.0);
    CHECK(medianLevel({4, 0, 2}) == 2.0);
    CHECK(medianLevel({4, 1, 1, 2}) == 1.5);
    CHECK(medianLevel({3, 3, 0, 4, 4}) == 3.0);
    CHECK(medianLevel({0, 4}) == 2.0);
}

TEST_CASE("No responses leave a question unanswered")
{
    const AggregateAnswer aggregate = aggregateAnswers({});
    CHECK(aggregate.status == QuestionStatus::Unanswered);
    CHECK(aggregate.levelCount == 0);
    CHECK(aggregate.dontKnowCount == 0);
    CHECK(aggregate.notApplicableCount == 0);
    CHECK(aggregate.spread == 0);
    CHECK_FALSE(aggregate.disagreement);
    CHECK_FALSE(aggregate.fromConsensus);
}

TEST_CASE("A single respondent's level is the question's level")
{
    for (int level = 0; level <= 4; ++level) {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(level)}));
        CHECK(aggregate.status == QuestionStatus::Answered);
        CHECK(aggregate.level == level);
        CHECK(aggregate.levelCount == 1);
        CHECK(aggregate.spread == 0);
        CHECK_FALSE(aggregate.disagreement);
    }
}

TEST_CASE("Several respondents: the median level, the spread, and disagreement at a spread of 2")
{
    SECTION("levels 1 and 2: median 1.5, spread 1, no disagreement")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(1), lvl(2)}));
        CHECK(aggregate.status == QuestionStatus::Answered);
        CHECK(aggregate.level == 1.5);
        CHECK(aggregate.levelCount == 2);
        CHECK(aggregate.spread == 1);
        CHECK_FALSE(aggregate.disagreement);
    }
    SECTION("levels 0, 0, 4, 4: median 2, spread 4, disagreement")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(0), lvl(4), lvl(0), lvl(4)}));
        CHECK(aggregate.level == 2.0);
        CHECK(aggregate.spread == 4);
        CHECK(aggregate.disagreement);
    }
    SECTION("levels 1, 3, 2: spread 2 is disagreement")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(1), lvl(3), lvl(2)}));
        CHECK(aggregate.level == 2.0);
        CHECK(aggregate.spread == 2);
        CHECK(aggregate.disagreement);
    }
    SECTION("levels 3, 4, 3: spread 1 is not")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(3), lvl(4), lvl(3)}));
        CHECK(aggregate.level == 3.0);
        CHECK(aggregate.spread == 1);
        CHECK_FALSE(aggregate.disagreement);
    }
    SECTION("the threshold is a rule")
    {
        ScoringRules strict;
        strict.disagreementSpread = 3;
        CHECK_FALSE(aggregateAnswers(responses({lvl(1), lvl(3)}), strict).disagreement);
        CHECK(aggregateAnswers(responses({lvl(1), lvl(4)}), strict).disagreement);
    }
}

TEST_CASE("Don't know and not applicable do not count towards the median when others gave a level")
{
    const AggregateAnswer aggregate = aggregateAnswers(responses({dk, lvl(1), na, lvl(4), dk}));
    CHECK(aggregate.status == QuestionStatus::Answered);
    CHECK(aggregate.level == 2.5);
    CHECK(aggregate.levelCount == 2);
    CHECK(aggregate.dontKnowCount == 2);
    CHECK(aggregate.notApplicableCount == 1);
    CHECK(aggregate.spread == 3);
    CHECK(aggregate.disagreement);
}

TEST_CASE("Without any level: all not applicable is not applicable, anything else is don't know")
{
    CHECK(aggregateAnswers(responses({na})).status == QuestionStatus::NotApplicable);
    CHECK(aggregateAnswers(responses({na, na, na})).status == QuestionStatus::NotApplicable);
    CHECK(aggregateAnswers(responses({dk})).status == QuestionStatus::DontKnow);
    CHECK(aggregateAnswers(responses({dk, dk})).status == QuestionStatus::DontKnow);
    const AggregateAnswer mixed = aggregateAnswers(responses({na, dk, na}));
    CHECK(mixed.status == QuestionStatus::DontKnow);
    CHECK(mixed.dontKnowCount == 1);
    CHECK(mixed.notApplicableCount == 2);
    CHECK(mixed.levelCount == 0);
    CHECK_FALSE(mixed.disagreement);
}

TEST_CASE("A consensus answer overrides the aggregate, and disagreement is still reported")
{
    SECTION("a consensus level replaces the median")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(0), lvl(4), lvl(4)}, lvl(1)));
        CHECK(aggregate.status == QuestionStatus::Answered);
        CHECK(aggregate.level == 1.0);
        CHECK(aggregate.fromConsensus);
        CHECK(aggregate.levelCount == 3);
        CHECK(aggregate.spread == 4);
        CHECK(aggregate.disagreement);
    }
    SECTION("a consensus of don't know replaces the respondents' levels")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(0), lvl(3)}, dk));
        CHECK(aggregate.status == QuestionStatus::DontKnow);
        CHECK(aggregate.fromConsensus);
        CHECK(aggregate.disagreement);
    }
    SECTION("a consensus of not applicable takes the question out")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({lvl(2), lvl(2)}, na));
        CHECK(aggregate.status == QuestionStatus::NotApplicable);
        CHECK(aggregate.fromConsensus);
        CHECK_FALSE(aggregate.disagreement);
    }
    SECTION("a consensus level answers a question nobody else answered")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({}, lvl(3)));
        CHECK(aggregate.status == QuestionStatus::Answered);
        CHECK(aggregate.level == 3.0);
        CHECK(aggregate.levelCount == 0);
    }
    SECTION("a consensus level replaces an all-N/A aggregate")
    {
        const AggregateAnswer aggregate = aggregateAnswers(responses({na, na}, lvl(0)));
        CHECK(aggregate.status == QuestionStatus::Answered);
        CHECK(aggregate.level == 0.0);
    }
}

TEST_CASE("The order of respondents does not change the aggregate")
{
    const AggregateAnswer forward = aggregateAnswers(responses({lvl(4), dk, lvl(1), lvl(2), na, lvl(0)}));
    const AggregateAnswer backward = aggregateAnswers(responses({lvl(0), na, lvl(2), lvl(1), dk, lvl(4)}));
    CHECK(forward.level == backward.level);
    CHECK(forward.level == 1.5);
    CHECK(forward.spread == backward.spread);
    CHECK(forward.status == backward.status);
}

// ---------------------------------------------------------------------------------------------
// Friction score and coverage

TEST_CASE("Question friction is (4 - level) / 4, as a percentage")
{
    const Friction friction = oneFriction({{"q1", 1.0}});
    const double expected[] = {100.0, 75.0, 50.0, 25.0, 0.0};
    for (int level = 0; level <= 4; ++level) {
        INFO("level " << level);
        const FrictionScore score = scoreFriction(friction, {{"q1", responses({lvl(level)})}});
        REQUIRE(score.score.has_value());
        CHECK(*score.score == expected[level]);
        REQUIRE(score.questions.size() == 1);
        CHECK(score.questions[0].friction == std::optional<double>(expected[level]));
    }
    const FrictionScore half = scoreFriction(friction, {{"q1", responses({lvl(1), lvl(2)})}});
    CHECK(*half.score == 62.5);
}

TEST_CASE("The friction score is the weighted mean over answered questions")
{
    const Friction friction = oneFriction({{"q1", 2.0}, {"q2", 1.0}, {"q3", 0.5}});
    const FrictionScore score = scoreFriction(
        friction, {{"q1", responses({lvl(1)})}, {"q2", responses({lvl(3)})}, {"q3", responses({lvl(0)})}});
    // (2 x 75 + 1 x 25 + 0.5 x 100) / 3.5
    REQUIRE(score.score.has_value());
    CHECK(*score.score == Approx(225.0 / 3.5).epsilon(1e-12));
    CHECK(score.band == std::optional<Band>(Band::High));
    CHECK(score.coverage == 1.0);
    CHECK_FALSE(score.lowCoverage);
    CHECK(score.answeredWeight == 3.5);
    CHECK(score.applicableWeight == 3.5);
    CHECK(score.totalWeight == 3.5);
    CHECK(score.questionCount == 3);
    CHECK(score.answeredCount == 3);
    CHECK(score.frictionId == "process_debt");
}

TEST_CASE("Doubling one question's weight moves the score as computed by hand")
{
    const InitiativeResponses answers = {{"q1", responses({lvl(1)})}, {"q2", responses({lvl(3)})}};
    const FrictionScore before = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 1.0}}), answers);
    const FrictionScore after = scoreFriction(oneFriction({{"q1", 2.0}, {"q2", 1.0}}), answers);
    CHECK(*before.score == 50.0);                              // (75 + 25) / 2
    CHECK(*after.score == Approx(175.0 / 3.0).epsilon(1e-12)); // (2 x 75 + 25) / 3
    const FrictionScore other = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 2.0}}), answers);
    CHECK(*other.score == Approx(125.0 / 3.0).epsilon(1e-12)); // (75 + 2 x 25) / 3
}

TEST_CASE("Not applicable leaves numerator, denominator and applicable weight")
{
    const Friction friction = oneFriction({{"q1", 2.0}, {"q2", 1.0}});
    const FrictionScore score = scoreFriction(friction, {{"q1", responses({lvl(1)})}, {"q2", responses({na})}});
    CHECK(*score.score == 75.0);
    CHECK(score.coverage == 1.0);
    CHECK(score.answeredWeight == 2.0);
    CHECK(score.applicableWeight == 2.0);
    CHECK(score.totalWeight == 3.0);
    CHECK(score.answeredCount == 1);
    CHECK_FALSE(questionOf(score, "q2").friction.has_value());
    CHECK(questionOf(score, "q2").aggregate.status == QuestionStatus::NotApplicable);
}

TEST_CASE("Don't know lowers coverage, not the score")
{
    const Friction friction = oneFriction({{"q1", 2.0}, {"q2", 1.0}});
    const FrictionScore score = scoreFriction(friction, {{"q1", responses({lvl(1)})}, {"q2", responses({dk, dk})}});
    CHECK(*score.score == 75.0);
    CHECK(score.coverage == Approx(2.0 / 3.0).epsilon(1e-12));
    CHECK(score.applicableWeight == 3.0);
    CHECK_FALSE(score.lowCoverage);
    CHECK(questionOf(score, "q2").aggregate.status == QuestionStatus::DontKnow);
}

TEST_CASE("An unanswered question lowers coverage, not the score")
{
    const Friction friction = oneFriction({{"q1", 1.0}, {"q2", 3.0}});
    const FrictionScore score = scoreFriction(friction, {{"q1", responses({lvl(2)})}});
    CHECK(*score.score == 50.0);
    CHECK(score.coverage == 0.25);
    CHECK(score.lowCoverage);
    CHECK(questionOf(score, "q2").aggregate.status == QuestionStatus::Unanswered);
    CHECK_FALSE(questionOf(score, "q2").friction.has_value());
}

TEST_CASE("Coverage under one half is insufficient evidence")
{
    const InitiativeResponses answers = {{"q1", responses({lvl(2)})}, {"q2", responses({dk})}};
    const FrictionScore half = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 1.0}}), answers);
    CHECK(half.coverage == 0.5);
    CHECK_FALSE(half.lowCoverage);
    const FrictionScore under = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 1.01}}), answers);
    CHECK(under.coverage < 0.5);
    CHECK(under.lowCoverage);
    ScoringRules rules;
    rules.lowCoverageBelow = 0.75;
    CHECK(scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 1.0}}), answers, rules).lowCoverage);
}

TEST_CASE("No answers at all: no score, no band, coverage 0, insufficient evidence")
{
    const FrictionScore score = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 2.0}}), {});
    CHECK_FALSE(score.score.has_value());
    CHECK_FALSE(score.band.has_value());
    CHECK(score.coverage == 0.0);
    CHECK(score.lowCoverage);
    CHECK(score.answeredCount == 0);
    CHECK(score.applicableWeight == 3.0);
    REQUIRE(score.questions.size() == 2);
}

TEST_CASE("Everything not applicable: no score, coverage 0")
{
    const FrictionScore score =
        scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 2.0}}), {{"q1", responses({na})}, {"q2", responses({na, na})}});
    CHECK_FALSE(score.score.has_value());
    CHECK_FALSE(score.band.has_value());
    CHECK(score.coverage == 0.0);
    CHECK(score.applicableWeight == 0.0);
    CHECK(score.totalWeight == 3.0);
    CHECK(score.lowCoverage);
}

TEST_CASE("Only don't know: no score, coverage 0")
{
    const FrictionScore score = scoreFriction(oneFriction({{"q1", 1.0}}), {{"q1", responses({dk, na})}});
    CHECK_FALSE(score.score.has_value());
    CHECK(score.coverage == 0.0);
    CHECK(score.applicableWeight == 1.0);
}

TEST_CASE("A consensus changes the friction score, and disagreements are still counted")
{
    const Friction friction = oneFriction({{"q1", 1.0}, {"q2", 1.0}, {"q3", 1.0}});
    InitiativeResponses answers = {
        {"q1", responses({lvl(0), lvl(4), lvl(4)})}, // median 4: friction 0, disagreement
        {"q2", responses({lvl(2), lvl(3)})},         // median 2.5: friction 37.5
        {"q3", responses({lvl(1), lvl(3)})},         // median 2: friction 50, disagreement
    };
    const FrictionScore before = scoreFriction(friction, answers);
    CHECK(*before.score == Approx(87.5 / 3.0).epsilon(1e-12));
    CHECK(before.disagreementCount == 2);

    answers["q1"].consensus = lvl(1); // friction 75
    const FrictionScore agreed = scoreFriction(friction, answers);
    CHECK(*agreed.score == Approx(162.5 / 3.0).epsilon(1e-12));
    CHECK(agreed.disagreementCount == 2);
    CHECK(questionOf(agreed, "q1").aggregate.fromConsensus);

    answers["q3"].consensus = dk; // q3 leaves the score and lowers coverage
    const FrictionScore unknown = scoreFriction(friction, answers);
    CHECK(*unknown.score == Approx(112.5 / 2.0).epsilon(1e-12));
    CHECK(unknown.coverage == Approx(2.0 / 3.0).epsilon(1e-12));

    answers["q3"].consensus = na; // q3 leaves the score and the coverage
    const FrictionScore excluded = scoreFriction(friction, answers);
    CHECK(*excluded.score == Approx(56.25).epsilon(1e-12));
    CHECK(excluded.coverage == 1.0);
}

TEST_CASE("Questions are listed in bank order, and answers to other questions are ignored")
{
    const Friction friction = oneFriction({{"q.b", 1.0}, {"q.a", 2.0}});
    const FrictionScore score =
        scoreFriction(friction, {{"q.a", responses({lvl(4)})}, {"elsewhere", responses({lvl(0)})}});
    REQUIRE(score.questions.size() == 2);
    CHECK(score.questions[0].questionId == "q.b");
    CHECK(score.questions[0].weight == 1.0);
    CHECK(score.questions[1].questionId == "q.a");
    CHECK(score.questions[1].weight == 2.0);
    CHECK(*score.score == 0.0);
    CHECK(score.coverage == Approx(2.0 / 3.0).epsilon(1e-12));
}

TEST_CASE("Bands of friction scores at the boundaries")
{
    CHECK(bandForScore(24.999) == Band::Low);
    CHECK(bandForScore(25.0) == Band::Moderate);
    CHECK(bandForScore(49.99) == Band::Moderate);
    CHECK(bandForScore(50.0) == Band::High);
    CHECK(bandForScore(74.99) == Band::High);
    CHECK(bandForScore(75.0) == Band::Critical);
    CHECK(bandForScore(100.0) == Band::Critical);

    const Friction friction = oneFriction({{"q1", 1.0}});
    const Band expected[] = {Band::Critical, Band::Critical, Band::High, Band::Moderate, Band::Low};
    for (int level = 0; level <= 4; ++level) {
        INFO("level " << level);
        CHECK(scoreFriction(friction, {{"q1", responses({lvl(level)})}}).band == std::optional<Band>(expected[level]));
    }
    // Just under a boundary: (25 x 1 + 0 x 0.00004) / 1.00004 = 24.999...
    const FrictionScore under = scoreFriction(oneFriction({{"q1", 1.0}, {"q2", 0.00004}}),
                                              {{"q1", responses({lvl(3)})}, {"q2", responses({lvl(4)})}});
    CHECK(*under.score < 25.0);
    CHECK(*under.score > 24.99);
    CHECK(under.band == std::optional<Band>(Band::Low));
}

// ---------------------------------------------------------------------------------------------
// Initiative readiness and portfolio

namespace {

QuestionBank threeFrictionBank()
{
    return test::makeBank({
        FrictionSpec{"process_debt", {{"pd.1", 1.0}, {"pd.2", 1.0}}, 2.0},
        FrictionSpec{"tribal_knowledge", {{"tk.1", 1.0}}, 1.0},
        FrictionSpec{"agentic_governance", {{"ag.1", 1.0}, {"ag.2", 3.0}}, 0.5},
    });
}

} // namespace

TEST_CASE("Readiness is 100 minus the weighted mean of the friction scores")
{
    const QuestionBank bank = threeFrictionBank();
    const InitiativeResponses answers = {
        {"pd.1", responses({lvl(1)})}, {"pd.2", responses({lvl(2)})}, // 62.5, weight 2
        {"tk.1", responses({lvl(4)})},                                // 0, weight 1
        {"ag.1", responses({lvl(0)})}, {"ag.2", responses({lvl(0)})}, // 100, weight 0.5
    };
    const InitiativeScore score = scoreInitiative(bank, 42, answers);
    CHECK(score.initiativeId == 42);
    REQUIRE(score.frictions.size() == 3);
    CHECK(score.frictions[0].frictionId == "process_debt");
    CHECK(score.frictions[2].frictionId == "agentic_governance");
    CHECK(*score.friction("process_debt")->score == 62.5);
    CHECK(*score.friction("tribal_knowledge")->score == 0.0);
    CHECK(*score.friction("agentic_governance")->score == 100.0);
    CHECK(score.friction("efficiency_trap") == nullptr);
    // 100 - (2 x 62.5 + 1 x 0 + 0.5 x 100) / 3.5
    REQUIRE(score.readiness.has_value());
    CHECK(*score.readiness == Approx(100.0 - 175.0 / 3.5).epsilon(1e-12));
    CHECK(score.coverage == 1.0);
}

TEST_CASE("Frictions without a score are left out of readiness")
{
    const QuestionBank bank = threeFrictionBank();
    const InitiativeResponses answers = {
        {"pd.1", responses({lvl(3)})}, // 25, weight 2
        {"tk.1", responses({na})},     // no score
        {"ag.1", responses({dk})},     // no score
    };
    const InitiativeScore score = scoreInitiative(bank, 1, answers);
    CHECK_FALSE(score.friction("tribal_knowledge")->score.has_value());
    CHECK_FALSE(score.friction("agentic_governance")->score.has_value());
    CHECK(*score.readiness == 75.0);
    // Answered weight 1 of applicable 1 + 1 + 1 + 3 (tk.1 is not applicable).
    CHECK(score.coverage == Approx(1.0 / 6.0).epsilon(1e-12));
}

TEST_CASE("An initiative without answers has no readiness")
{
    const InitiativeScore score = scoreInitiative(threeFrictionBank(), 7, {});
    CHECK_FALSE(score.readiness.has_value());
    CHECK(score.coverage == 0.0);
    REQUIRE(score.frictions.size() == 3);
    for (const FrictionScore& friction : score.frictions) {
        CHECK_FALSE(friction.score.has_value());
        CHECK(friction.lowCoverage);
    }
}

TEST_CASE("Portfolio: mean per friction over scored initiatives, mean readiness, band counts")
{
    const QuestionBank bank = threeFrictionBank();
    std::vector<InitiativeScore> initiatives;
    initiatives.push_back(scoreInitiative(bank, 1,
                                          {{"pd.1", responses({lvl(0)})},    // process_debt 100 (critical)
                                           {"tk.1", responses({lvl(3)})}})); // tribal_knowledge 25 (moderate)
    initiatives.push_back(scoreInitiative(bank, 2,
                                          {{"pd.1", responses({lvl(2)})},    // process_debt 50 (high)
                                           {"ag.2", responses({lvl(4)})}})); // agentic_governance 0 (low)
    initiatives.push_back(scoreInitiative(bank, 3, {}));                     // nothing answered

    const PortfolioScore portfolio = scorePortfolio(bank, initiatives);
    CHECK(portfolio.initiativeCount == 3);
    CHECK(portfolio.initiativesScored == 2);
    REQUIRE(portfolio.frictions.size() == 3);

    const PortfolioFriction& processDebt = portfolio.frictions[0];
    CHECK(processDebt.frictionId == "process_debt");
    CHECK(processDebt.initiativesScored == 2);
    CHECK(*processDebt.score == 75.0);
    CHECK(processDebt.band == std::optional<Band>(Band::Critical));
    // Coverage is the mean over all three initiatives: (0.5 + 0.5 + 0) / 3.
    CHECK(processDebt.coverage == Approx(1.0 / 3.0).epsilon(1e-12));

    const PortfolioFriction& tribal = portfolio.frictions[1];
    CHECK(tribal.initiativesScored == 1);
    CHECK(*tribal.score == 25.0);
    CHECK(tribal.band == std::optional<Band>(Band::Moderate));

    const PortfolioFriction& governance = portfolio.frictions[2];
    CHECK(*governance.score == 0.0);
    CHECK(governance.band == std::optional<Band>(Band::Low));
    CHECK(governance.coverage == Approx(0.75 / 3.0).epsilon(1e-12));

    // Readiness 1: 100 - (2 x 100 + 1 x 25) / 3 = 25; readiness 2: 100 - (2 x 50 + 0.5 x 0) / 2.5 = 60.
    CHECK(*initiatives[0].readiness == Approx(25.0).epsilon(1e-12));
    CHECK(*initiatives[1].readiness == Approx(60.0).epsilon(1e-12));
    CHECK(*portfolio.readiness == Approx(42.5).epsilon(1e-12));

    CHECK(portfolio.bandCounts == std::array<int, 4>{1, 1, 1, 1});
}

TEST_CASE("An empty portfolio has no figures")
{
    const PortfolioScore portfolio = scorePortfolio(threeFrictionBank(), {});
    CHECK(portfolio.initiativeCount == 0);
    CHECK(portfolio.initiativesScored == 0);
    CHECK_FALSE(portfolio.readiness.has_value());
    REQUIRE(portfolio.frictions.size() == 3);
    for (const PortfolioFriction& friction : portfolio.frictions) {
        CHECK_FALSE(friction.score.has_value());
        CHECK_FALSE(friction.band.has_value());
        CHECK(friction.coverage == 0.0);
    }
    CHECK(portfolio.bandCounts == std::array<int, 4>{0, 0, 0, 0});
}

TEST_CASE("Insufficient evidence is coverage under one half, and a change needs enough on both sides")
{
    CHECK(insufficientEvidence(0.0));
    CHECK(insufficientEvidence(0.49999));
    CHECK_FALSE(insufficientEvidence(0.5));
    CHECK_FALSE(insufficientEvidence(1.0));
    CHECK(insufficientEvidence(std::nan("")));
    ScoringRules strict;
    strict.lowCoverageBelow = 0.8;
    CHECK(insufficientEvidence(0.7, strict));

    CHECK(changeSupported(0.5, 0.9));
    CHECK_FALSE(changeSupported(0.05, 0.9)); // the latest round is thin
    CHECK_FALSE(changeSupported(0.9, 0.2));  // the earlier round is thin
}

TEST_CASE("Portfolio coverage is the mean of the initiatives' coverage")
{
    const QuestionBank bank = threeFrictionBank();
    std::vector<InitiativeScore> initiatives;
    initiatives.push_back(scoreInitiative(bank, 1, {{"pd.1", responses({lvl(0)})}, {"tk.1", responses({lvl(3)})}}));
    initiatives.push_back(scoreInitiative(bank, 2, {}));
    const PortfolioScore portfolio = scorePortfolio(bank, initiatives);
    CHECK(portfolio.coverage == Approx((initiatives[0].coverage + 0.0) / 2.0).epsilon(1e-12));
    CHECK(initiatives[0].coverage > 0.0);
    CHECK(scorePortfolio(bank, {}).coverage == 0.0);
}

// ---------------------------------------------------------------------------------------------
// Invariants over many generated inputs

namespace {

struct Generated
{
    QuestionBank bank;
    InitiativeResponses answers;
};

Answer randomAnswer(std::mt19937& random)
{
    const int pick = std::uniform_int_distribution<int>(0, 9)(random);
    if (pick == 8) {
        return dk;
    }
    if (pick == 9) {
        return na;
    }
    return lvl(pick % 5);
}

Generated generate(std::mt19937& random)
{
    std::uniform_int_distribution<int> frictionCount(1, 7);
    std::uniform_int_distribution<int> questionCount(1, 6);
    std::uniform_int_distribution<int> respondentCount(0, 5);
    std::uniform_real_distribution<double> weight(0.1, 10.0);
    std::uniform_int_distribution<int> percent(0, 99);

    std::vector<FrictionSpec> specs;
    const int frictions = frictionCount(random);
    for (int f = 0; f < frictions; ++f) {
        FrictionSpec spec{std::string(kFrictionIds[static_cast<std::size_t>(f)]), {}, weight(random)};
        const int questions = questionCount(random);
        for (int q = 0; q < questions; ++q) {
            spec.questions.push_back({"q" + std::to_string(f) + "." + std::to_string(q), weight(random)});
        }
        specs.push_back(std::move(spec));
    }
    Generated generated{test::makeBank(specs), {}};
    for (const FrictionSpec& spec : specs) {
        for (const QuestionSpec& question : spec.questions) {
            if (percent(random) < 20) {
                continue; // unanswered
            }
            QuestionResponses& given = generated.answers[question.id];
            const int respondents = respondentCount(random);
            for (int r = 0; r < respondents; ++r) {
                given.answers.push_back({r + 1, randomAnswer(random)});
            }
            if (percent(random) < 15) {
                given.consensus = randomAnswer(random);
            }
        }
    }
    return generated;
}

void checkInRange(const InitiativeScore& score)
{
    for (const FrictionScore& friction : score.frictions) {
        CHECK(friction.coverage >= 0.0);
        CHECK(friction.coverage <= 1.0);
        CHECK(friction.score.has_value() == (friction.answeredWeight > 0.0));
        CHECK(friction.band.has_value() == friction.score.has_value());
        if (friction.score) {
            CHECK(*friction.score >= 0.0);
            CHECK(*friction.score <= 100.0);
            CHECK(*friction.band == bandForScore(*friction.score));
        }
        CHECK(friction.lowCoverage == (friction.coverage < 0.5));
        CHECK(friction.answeredWeight <= friction.applicableWeight);
        CHECK(friction.applicableWeight <= friction.totalWeight);
    }
    CHECK(score.coverage >= 0.0);
    CHECK(score.coverage <= 1.0);
    if (score.readiness) {
        CHECK(*score.readiness >= 0.0);
        CHECK(*score.readiness <= 100.0);
    }
}

} // namespace

TEST_CASE("Scores stay within 0..100 and coverage within 0..1 for any answers")
{
    std::mt19937 random(20260301);
    std::vector<InitiativeScore> all;
    for (int i = 0; i < 2000; ++i) {
        const Generated generated = generate(random);
        const InitiativeScore score = scoreInitiative(generated.bank, i, generated.answers);
        checkInRange(score);
        // The explanation always reproduces the figures.
        for (const FrictionScore& friction : score.frictions) {
            const Explanation explanation = explainFrictionScore(friction);
            if (friction.score) {
                CHECK(explanation.weightedSum / explanation.weightSum == Approx(*friction.score).margin(1e-9));
            }
        }
        if (score.readiness) {
            const Explanation explanation = explainReadiness(generated.bank, score);
            CHECK(100.0 - explanation.weightedSum / explanation.weightSum == Approx(*score.readiness).margin(1e-9));
        }
    }
}

TEST_CASE("Adding a 'fully in place' answer to an unanswered question never raises a friction score")
{
    std::mt19937 random(4242);
    int compared = 0;
    for (int i = 0; i < 2000; ++i) {
        Generated generated = generate(random);
        std::vector<std::string> open;
        for (const Friction& friction : generated.bank.frictions) {
            for (const Question& question : friction.questions) {
                if (generated.answers.find(question.id) == generated.answers.end()) {
                    open.push_back(question.id);
                }
            }
        }
        if (open.empty()) {
            continue;
        }
        const std::string questionId = open[std::uniform_int_distribution<std::size_t>(0, open.size() - 1)(random)];
        const Friction& friction = *generated.bank.frictionOfQuestion(questionId);
        const FrictionScore before = scoreFriction(friction, generated.answers);
        generated.answers[questionId] = responses({lvl(4)});
        const FrictionScore after = scoreFriction(friction, generated.answers);

        INFO("case " << i << ", question " << questionId);
        REQUIRE(after.score.has_value());
        if (before.score) {
            CHECK(*after.score <= *before.score + 1e-9);
            ++compared;
        } else {
            CHECK(*after.score == 0.0);
        }
        CHECK(after.coverage >= before.coverage - 1e-12);
    }
    CHECK(compared > 500);
}

TEST_CASE("Raising one respondent's level never raises a friction score")
{
    std::mt19937 random(777);
    int compared = 0;
    for (int i = 0; i < 2000; ++i) {
        Generated generated = generate(random);
        std::vector<std::pair<std::string, std::size_t>> raisable;
        for (const auto& [questionId, given] : generated.answers) {
            for (std::size_t r = 0; r < given.answers.size(); ++r) {
                if (given.answers[r].answer.isLevel() && given.answers[r].answer.level < kMaxLevel) {
                    raisable.emplace_back(questionId, r);
                }
            }
        }
        if (raisable.empty()) {
            continue;
        }
        const auto [questionId, index] =
            raisable[std::uniform_int_distribution<std::size_t>(0, raisable.size() - 1)(random)];
        const Friction& friction = *generated.bank.frictionOfQuestion(questionId);
        const FrictionScore before = scoreFriction(friction, generated.answers);
        Answer& answer = generated.answers[questionId].answers[index].answer;
        answer.level = std::uniform_int_distribution<int>(answer.level + 1, kMaxLevel)(random);
        const FrictionScore after = scoreFriction(friction, generated.answers);

        INFO("case " << i << ", question " << questionId);
        CHECK(after.coverage == before.coverage);
        REQUIRE(after.score.has_value() == before.score.has_value());
        if (before.score) { // none when a consensus of "don't know" or N/A overrides the only levels
            CHECK(*after.score <= *before.score + 1e-9);
            ++compared;
        }
    }
    CHECK(compared > 1000);
}

// ---------------------------------------------------------------------------------------------
// Locale

namespace {

// Sets the global locale for the lifetime of the guard.
class GlobalLocale
{
public:
    explicit GlobalLocale(const std::locale& locale) : m_previous(std::locale::global(locale)) {}
    ~GlobalLocale() { std::locale::global(m_previous); }
    GlobalLocale(const GlobalLocale&) = delete;
    GlobalLocale& operator=(const GlobalLocale&) = delete;

private:
    std::locale m_previous;
};

struct CommaDecimal : std::numpunct<char>
{
    char do_decimal_point() const override { return ','; }
    char do_thousands_sep() const override { return '.'; }
    std::string do_grouping() const override { return "\3"; }
};

struct Figures
{
    std::string bankText;
    double pd = 0.0;
    double coverage = 0.0;
    double readiness = 0.0;
};

Figures computeFigures()
{
    const QuestionBank built = test::makeBank({
        FrictionSpec{"process_debt", {{"pd.1", 1.5}, {"pd.2", 0.25}, {"pd.3", 2.75}}, 1.25},
        FrictionSpec{"tribal_knowledge", {{"tk.1", 0.3}}, 0.7},
    });
    const BankLoadResult loaded = parseBank(serializeBank(built));
    REQUIRE(loaded.ok());
    const InitiativeResponses answers = {
        {"pd.1", responses({lvl(1), lvl(2)})},
        {"pd.2", responses({lvl(3)})},
        {"pd.3", responses({dk})},
        {"tk.1", responses({lvl(0), lvl(3), lvl(4)})},
    };
    const InitiativeScore score = scoreInitiative(*loaded.bank, 1, answers);
    return {serializeBank(*loaded.bank), *score.friction("process_debt")->score,
            score.friction("process_debt")->coverage, *score.readiness};
}

void checkSameFigures(const Figures& actual, const Figures& expected)
{
    CHECK(actual.bankText == expected.bankText);
    CHECK(actual.pd == expected.pd);
    CHECK(actual.coverage == expected.coverage);
    CHECK(actual.readiness == expected.readiness);
}

} // namespace

TEST_CASE("The locale never changes a computed value")
{
    const Figures reference = computeFigures();
    CHECK(reference.pd == Approx((1.5 * 62.5 + 0.25 * 25.0) / 1.75).epsilon(1e-12));
    CHECK(reference.bankText.find("1.5") != std::string::npos);

    SECTION("a stream locale with a decimal comma")
    {
        const GlobalLocale guard(std::locale(std::locale::classic(), new CommaDecimal));
        checkSameFigures(computeFigures(), reference);
    }
    SECTION("a system locale with a decimal comma")
    {
        std::locale comma;
        bool found = false;
        for (const char* name : {"de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8", "fr_FR.utf8", "nl_NL.UTF-8"}) {
            try {
                comma = std::locale(name);
            } catch (const std::runtime_error&) {
                continue;
            }
            if (std::use_facet<std::numpunct<char>>(comma).decimal_point() == ',') {
                found = true;
                break;
            }
        }
        if (!found) {
            WARN("No system locale with a decimal comma is installed; the system-locale check is skipped.");
            return;
        }
        const GlobalLocale guard(comma);
        checkSameFigures(computeFigures(), reference);
    }
}
