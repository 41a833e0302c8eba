// SPDX-License-Identifier: Apache-2.0
#include "core/assessment_data.h"
#include "core/bank_loader.h"
#include "samples/synthetic_assessment.h"
#include "support/core_bank.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace lastmile;

namespace lastmile::test {

// Defined in demo_assessment_test.cpp (coreBank in support/core_bank.h).
std::vector<std::string> consistencyProblems(const Assessment& assessment);
std::string fingerprint(const Assessment& assessment);

} // namespace lastmile::test

namespace {

Assessment synthetic(int initiatives, int respondents, int rounds, std::uint64_t seed)
{
    SyntheticOptions options;
    options.initiatives = initiatives;
    options.respondents = respondents;
    options.rounds = rounds;
    options.seed = seed;
    return makeSyntheticAssessment(test::coreBank(), options);
}

struct Counts
{
    std::size_t answers = 0;
    std::size_t dontKnow = 0;
    std::size_t notApplicable = 0;
    std::size_t consensus = 0;
};

Counts countAnswers(const Assessment& assessment)
{
    Counts counts;
    for (const RoundData& round : assessment.rounds) {
        counts.answers += round.answers.size();
        counts.consensus += round.consensus.size();
        for (const AnswerRecord& record : round.answers) {
            counts.dontKnow += record.answer.kind == Answer::Kind::DontKnow ? 1 : 0;
            counts.notApplicable += record.answer.kind == Answer::Kind::NotApplicable ? 1 : 0;
        }
    }
    return counts;
}

} // namespace

TEST_CASE("synthetic assessments have the requested shape and names", "[samples][synthetic]")
{
    const Assessment a = synthetic(20, 6, 3, 7);
    REQUIRE(a.initiatives.size() == 20);
    REQUIRE(a.rounds.size() == 3);
    CHECK(a.initiatives[0].id == 1);
    CHECK(a.initiatives[0].name.rfind("Initiative 001 \u2014 ", 0) == 0);
    CHECK(a.initiatives[16].name.rfind("Initiative 017 \u2014 ", 0) == 0);
    CHECK(a.initiatives[16].name.ends_with(a.initiatives[16].businessFunction));
    for (std::size_t r = 0; r < a.rounds.size(); ++r) {
        const RoundData& round = a.rounds[r];
        CHECK(round.round.name == "Round " + std::to_string(r + 1));
        CHECK(isIsoDate(round.round.heldOn));
        REQUIRE(round.respondents.size() == 6);
        CHECK(round.respondents[0].name == "Respondent 01");
        CHECK(round.respondents[5].name == "Respondent 06");
        CHECK(serializeBank(round.bank) == serializeBank(test::coreBank()));
    }
    CHECK(a.rounds[0].round.heldOn == "2026-01-15");
    CHECK(a.rounds[2].round.heldOn == "2026-07-15");
    CHECK(a.actions.size() == 20);
    CHECK(a.targets.size() == 20);

    // Wide counts widen the number.
    const Assessment many = synthetic(1000, 1, 1, 7);
    CHECK(many.initiatives[16].name.rfind("Initiative 0017 \u2014 ", 0) == 0);
    CHECK(many.initiatives[999].name.rfind("Initiative 1000 \u2014 ", 0) == 0);
}

TEST_CASE("synthetic answers come in the documented shares", "[samples][synthetic]")
{
    const Assessment a = synthetic(20, 6, 3, 7);
    const double possible = 20.0 * 6.0 * 3.0 * static_cast<double>(test::coreBank().questionCount());
    const Counts counts = countAnswers(a);
    const double answers = static_cast<double>(counts.answers);
    CHECK(answers == Approx(possible * (1.0 - kSyntheticSkipShare)).epsilon(0.01));
    CHECK(counts.dontKnow / answers == Approx(kSyntheticDontKnowShare).margin(0.01));
    CHECK(counts.notApplicable / answers == Approx(kSyntheticNotApplicableShare).margin(0.015));
    CHECK(counts.consensus > 0);
    CHECK(counts.consensus < counts.answers / 20);
}

TEST_CASE("synthetic assessments are internally consistent", "[samples][synthetic]")
{
    CHECK(test::consistencyProblems(synthetic(20, 6, 3, 7)) == std::vector<std::string>{});
    CHECK(test::consistencyProblems(synthetic(1, 1, 1, 0)) == std::vector<std::string>{});
    CHECK(test::consistencyProblems(synthetic(3, 100, 2, 99)) == std::vector<std::string>{});
}

TEST_CASE("synthetic assessments depend only on the seed", "[samples][synthetic]")
{
    const std::string first = test::fingerprint(synthetic(8, 4, 2, 42));
    CHECK(test::fingerprint(synthetic(8, 4, 2, 42)) == first);
    CHECK(test::fingerprint(synthetic(8, 4, 2, 43)) != first);
    CHECK(test::fingerprint(synthetic(8, 4, 2, 0)) != first);
}

TEST_CASE("the synthetic heatmap has structure, not noise", "[samples][synthetic]")
{
    const Assessment a = synthetic(40, 5, 2, 3);
    const auto first = scoreRound(a, a.rounds[0]);
    const auto second = scoreRound(a, a.rounds[1]);
    REQUIRE(first.size() == 40);
    REQUIRE(second.size() == 40);

    // A cell moves little from one round to the next, far less than cells differ between initiatives.
    double sameCell = 0.0;
    double otherInitiative = 0.0;
    int cells = 0;
    std::set<Band> bands;
    for (std::size_t i = 0; i < first.size(); ++i) {
        const InitiativeScore& next = first[(i + 1) % first.size()];
        for (std::size_t f = 0; f < first[i].frictions.size(); ++f) {
            REQUIRE(first[i].frictions[f].score);
            REQUIRE(second[i].frictions[f].score);
            REQUIRE(next.frictions[f].score);
            sameCell += std::abs(*first[i].frictions[f].score - *second[i].frictions[f].score);
            otherInitiative += std::abs(*first[i].frictions[f].score - *next.frictions[f].score);
            bands.insert(*first[i].frictions[f].band);
            ++cells;
        }
    }
    CHECK(sameCell / cells < 12.0);
    CHECK(otherInitiative / cells > 2.0 * sameCell / cells);
    CHECK(bands.size() == 4);
}

TEST_CASE("synthetic options out of range are refused", "[samples][synthetic]")
{
    CHECK_THROWS_AS(synthetic(0, 5, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(-3, 5, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(kMaxSyntheticInitiatives + 1, 5, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(10, 0, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(10, kMaxSyntheticRespondents + 1, 2, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(10, 5, 0, 1), std::invalid_argument);
    CHECK_THROWS_AS(synthetic(10, 5, kMaxSyntheticRounds + 1, 1), std::invalid_argument);
    CHECK_THROWS_WITH(synthetic(10, 5, 51, 1), Catch::Contains("rounds"));
    CHECK_NOTHROW(synthetic(1, 1, 1, 1));
    CHECK_NOTHROW(synthetic(1, 1, kMaxSyntheticRounds, 1));
}

TEST_CASE("a benchmark-sized synthetic assessment is complete", "[samples][synthetic]")
{
    const Assessment a = synthetic(100, 12, 4, 1);
    const double possible = 100.0 * 12.0 * 4.0 * static_cast<double>(test::coreBank().questionCount());
    const Counts counts = countAnswers(a);
    CHECK(static_cast<double>(counts.answers) == Approx(possible * (1.0 - kSyntheticSkipShare)).epsilon(0.005));
    CHECK(test::consistencyProblems(a) == std::vector<std::string>{});
    const auto scores = scoreRound(a, a.rounds.back());
    REQUIRE(scores.size() == 100);
    for (const InitiativeScore& score : scores) {
        CHECK(score.readiness);
    }
}
