// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/trend.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;

namespace {

// Four rounds of two initiatives. "Order AI" answers pd.1 at levels 0, 1, (nothing), 4: process
// debt 100, 75, none, 0. "Forecast" answers level 2 every round: 50 throughout. Tribal knowledge is
// never answered.
Assessment fourRounds()
{
    Assessment assessment;
    assessment.initiatives = {{10, "Order AI", "Orders", "Dana", Stage::Pilot, "", false},
                              {20, "Forecast", "Planning", "Eli", Stage::Scaling, "", false}};
    const QuestionBank bank =
        test::makeBank({FrictionSpec{"process_debt", {{"pd.1", 1}}}, FrictionSpec{"tribal_knowledge", {{"tk.1", 1}}}});
    const int orderLevels[] = {0, 1, -1, 4};
    for (int r = 0; r < 4; ++r) {
        RoundData round;
        round.round = {r + 1, "Round " + std::to_string(r + 1), "2026-0" + std::to_string(r + 1) + "-01"};
        round.bank = bank;
        round.respondents = {{r + 1, r + 1, "Ana", "COO"}};
        if (orderLevels[r] >= 0) {
            round.answers.push_back({10, "pd.1", r + 1, Answer::atLevel(orderLevels[r]), "", ""});
        }
        round.answers.push_back({20, "pd.1", r + 1, Answer::atLevel(2), "", ""});
        assessment.rounds.push_back(std::move(round));
    }
    return assessment;
}

} // namespace

TEST_CASE("a trend has a point per round with readiness and every friction", "[core][trend]")
{
    const Assessment assessment = fourRounds();
    const Trend trend = buildTrend(assessment, 10);
    CHECK(trend.name == "Order AI");
    REQUIRE(trend.points.size() == 4);
    REQUIRE(trend.frictions.size() == 2);
    CHECK(trend.points[0].roundName == "Round 1");
    CHECK(trend.points[3].roundDate == "2026-04-01");

    const auto debt = trend.series("process_debt");
    REQUIRE(debt.size() == 4);
    CHECK(debt[0] == Approx(100.0));
    CHECK(debt[1] == Approx(75.0));
    CHECK_FALSE(debt[2].has_value()); // a round without answers is a gap, not a zero
    CHECK(debt[3] == Approx(0.0));

    const auto readiness = trend.readinessSeries();
    CHECK(readiness[0] == Approx(0.0));
    CHECK(readiness[1] == Approx(25.0));
    CHECK_FALSE(readiness[2].has_value());
    CHECK(readiness[3] == Approx(100.0));

    for (const auto& value : trend.series("tribal_knowledge")) {
        CHECK_FALSE(value.has_value());
    }
    CHECK(trend.series("no_such_friction") == std::vector<std::optional<double>>(4));
}

TEST_CASE("the portfolio trend follows the portfolio row of each round", "[core][trend]")
{
    const Assessment assessment = fourRounds();
    const Trend portfolio = buildTrend(assessment, 0);
    CHECK(portfolio.initiativeId == 0);
    CHECK(portfolio.name.empty());
    const auto debt = portfolio.series("process_debt");
    REQUIRE(debt.size() == 4);
    for (std::size_t r = 0; r < assessment.rounds.size(); ++r) {
        const HeatmapData heatmap = buildHeatmap(assessment, assessment.rounds[r], nullptr);
        CHECK(debt[r] == heatmap.portfolio.cells[0].score);
        CHECK(portfolio.points[r].readiness == heatmap.portfolio.readiness);
    }
    CHECK(debt[0] == Approx(75.0));
    CHECK(debt[3] == Approx(25.0));
}

TEST_CASE("trends of every initiative score each round once and agree with single trends", "[core][trend]")
{
    const Assessment assessment = fourRounds();
    const std::vector<Trend> trends = buildTrends(assessment);
    REQUIRE(trends.size() == 3);
    CHECK(trends[0].initiativeId == 0);
    CHECK(trends[1].initiativeId == 10);
    CHECK(trends[2].initiativeId == 20);
    CHECK(trends[2].series("process_debt") == buildTrend(assessment, 20).series("process_debt"));
    CHECK(buildTrend(assessment, 999).points.size() == 4);
    CHECK_FALSE(buildTrend(assessment, 999).points[0].readiness.has_value());
    CHECK(buildTrend(Assessment{}, 0).points.empty());
}

TEST_CASE("a trend from heatmaps of scores already computed equals the trend from the answers", "[core][trend]")
{
    const Assessment assessment = fourRounds();
    std::vector<HeatmapData> heatmaps;
    for (const RoundData& round : assessment.rounds) {
        heatmaps.push_back(buildHeatmap(assessment, round, scoreRound(assessment, round), nullptr, {}));
    }
    for (const std::int64_t id : {std::int64_t(0), std::int64_t(10), std::int64_t(20), std::int64_t(999)}) {
        const Trend fromAnswers = buildTrend(assessment, id);
        const Trend fromHeatmaps = buildTrend(assessment, heatmaps, id);
        CHECK(fromHeatmaps.name == fromAnswers.name);
        CHECK(fromHeatmaps.readinessSeries() == fromAnswers.readinessSeries());
        CHECK(fromHeatmaps.series("process_debt") == fromAnswers.series("process_debt"));
        CHECK(fromHeatmaps.series("tribal_knowledge") == fromAnswers.series("tribal_knowledge"));
        REQUIRE(fromHeatmaps.points.size() == 4);
        CHECK(fromHeatmaps.points[3].roundName == "Round 4");
    }
    CHECK(buildTrend(assessment, heatmaps, 10).series("process_debt")[1] == Approx(75.0));

    // A round without its heatmap is a point without scores.
    heatmaps.resize(2);
    const Trend partial = buildTrend(assessment, heatmaps, 10);
    REQUIRE(partial.points.size() == 4);
    CHECK(partial.points[1].readiness == Approx(25.0));
    CHECK_FALSE(partial.points[3].readiness.has_value());
}
