// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/recommendations.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;
using lastmile::test::responses;

namespace {

Answer lvl(int level)
{
    return Answer::atLevel(level);
}

QuestionBank fourFrictionBank()
{
    QuestionBank bank = test::makeBank({
        FrictionSpec{"pilot_proliferation", {{"pp.1", 1.0}, {"pp.2", 1.0}}},
        FrictionSpec{"productivity_gap", {{"pg.1", 1.0}}},
        FrictionSpec{"process_debt", {{"pd.1", 1.0}}},
        FrictionSpec{"tribal_knowledge", {{"tk.1", 1.0}}},
    });
    // A second high-band action for process_debt, to see the bank's list come through whole.
    bank.frictions[2].actions[static_cast<std::size_t>(Band::High)].push_back(
        {"process_debt.high.2", "Map the process", "Draw the end-to-end map.", "Process owner"});
    return bank;
}

std::vector<std::string> idsOf(const std::vector<RecommendedAction>& actions)
{
    std::vector<std::string> ids;
    for (const RecommendedAction& action : actions) {
        ids.push_back(action.id);
    }
    return ids;
}

} // namespace

TEST_CASE("Recommendations are ranked most severe first, with the bank's actions for each band")
{
    const QuestionBank bank = fourFrictionBank();
    const InitiativeScore score = scoreInitiative(bank, 1,
                                                  {
                                                      {"pp.1", responses({lvl(4)})}, // pilot_proliferation 0: low
                                                      {"pg.1", responses({lvl(0)})}, // productivity_gap 100: critical
                                                      {"pd.1", responses({lvl(2)})}, // process_debt 50: high
                                                      {"tk.1", responses({lvl(3)})}, // tribal_knowledge 25: moderate
                                                  });
    const std::vector<Recommendation> recommendations = recommend(bank, score);
    REQUIRE(recommendations.size() == 4);

    CHECK(recommendations[0].frictionId == "productivity_gap");
    CHECK(recommendations[0].score == 100.0);
    CHECK(recommendations[0].band == Band::Critical);
    CHECK(idsOf(recommendations[0].actions) == std::vector<std::string>{"productivity_gap.critical"});

    CHECK(recommendations[1].frictionId == "process_debt");
    CHECK(recommendations[1].band == Band::High);
    CHECK(idsOf(recommendations[1].actions) == std::vector<std::string>{"process_debt.high", "process_debt.high.2"});
    CHECK(recommendations[1].actions[1].owner == "Process owner");

    CHECK(recommendations[2].frictionId == "tribal_knowledge");
    CHECK(recommendations[2].band == Band::Moderate);
    CHECK(idsOf(recommendations[2].actions) == std::vector<std::string>{"tribal_knowledge.moderate"});

    CHECK(recommendations[3].frictionId == "pilot_proliferation");
    CHECK(recommendations[3].band == Band::Low);
    CHECK(idsOf(recommendations[3].actions) == std::vector<std::string>{"pilot_proliferation.low"});
    CHECK(recommendations[3].lowCoverage == false); // 1 of 2 questions answered: coverage 0.5
}

TEST_CASE("Equal scores keep the bank's order")
{
    const QuestionBank bank = fourFrictionBank();
    const InitiativeScore score = scoreInitiative(bank, 1,
                                                  {
                                                      {"tk.1", responses({lvl(2)})},
                                                      {"pd.1", responses({lvl(2)})},
                                                      {"pp.1", responses({lvl(2)})},
                                                      {"pg.1", responses({lvl(1), lvl(3)})},
                                                  });
    const std::vector<Recommendation> recommendations = recommend(bank, score);
    REQUIRE(recommendations.size() == 4);
    CHECK(recommendations[0].frictionId == "pilot_proliferation");
    CHECK(recommendations[1].frictionId == "productivity_gap");
    CHECK(recommendations[2].frictionId == "process_debt");
    CHECK(recommendations[3].frictionId == "tribal_knowledge");
    for (const Recommendation& recommendation : recommendations) {
        CHECK(recommendation.score == 50.0);
    }
}

TEST_CASE("Frictions without a score get no recommendation, and thin evidence is flagged")
{
    const QuestionBank bank = fourFrictionBank();
    const InitiativeScore score = scoreInitiative(bank, 1,
                                                  {
                                                      {"pp.1", responses({lvl(1)})},             // 75, coverage 0.5
                                                      {"pg.1", responses({Answer::dontKnow()})}, // no score
                                                      {"pd.1", responses({Answer::notApplicable()})},
                                                  });
    const std::vector<Recommendation> recommendations = recommend(bank, score);
    REQUIRE(recommendations.size() == 1);
    CHECK(recommendations[0].frictionId == "pilot_proliferation");
    CHECK(recommendations[0].band == Band::Critical);
    CHECK_FALSE(recommendations[0].lowCoverage);

    QuestionBank thin = fourFrictionBank();
    thin.frictions[0].questions[1].weight = 3.0; // pp.1 now carries 1 of 4
    const std::vector<Recommendation> flagged =
        recommend(thin, scoreInitiative(thin, 1, {{"pp.1", responses({lvl(1)})}}));
    REQUIRE(flagged.size() == 1);
    CHECK(flagged[0].lowCoverage);

    CHECK(recommend(bank, scoreInitiative(bank, 2, {})).empty());
}

TEST_CASE("Ties keep the order of the frictions however many there are")
{
    // More frictions than any bank has, to rule out a sort that happens to be stable on short lists.
    const QuestionBank bank = fourFrictionBank();
    InitiativeScore score;
    std::vector<std::pair<double, std::string>> expected;
    for (int i = 0; i < 60; ++i) {
        FrictionScore friction;
        friction.frictionId = bank.frictions[static_cast<std::size_t>(i % 4)].id;
        friction.score = (i * 7) % 3 * 25.0; // 0, 25 or 50
        friction.band = bandForScore(*friction.score);
        friction.lowCoverage = i % 5 == 0;
        score.frictions.push_back(friction);
    }
    std::vector<std::pair<double, std::string>> input;
    for (const FrictionScore& friction : score.frictions) {
        input.emplace_back(*friction.score, friction.frictionId + (friction.lowCoverage ? "?" : ""));
    }
    for (double level : {50.0, 25.0, 0.0}) {
        for (const auto& entry : input) {
            if (entry.first == level) {
                expected.push_back(entry);
            }
        }
    }

    const std::vector<Recommendation> recommendations = recommend(bank, score);
    std::vector<std::pair<double, std::string>> actual;
    for (const Recommendation& recommendation : recommendations) {
        actual.emplace_back(recommendation.score, recommendation.frictionId + (recommendation.lowCoverage ? "?" : ""));
    }
    CHECK(actual == expected);
}
