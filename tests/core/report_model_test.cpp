// SPDX-License-Identifier: Apache-2.0
#include "bank_builder.h"
#include "core/report_model.h"

#include <catch2/catch.hpp>

using namespace lastmile;
using lastmile::test::FrictionSpec;

namespace {

// Two rounds of two initiatives (and an archived one). In the latest round "Order AI" scores
// process debt (50 + 75 + 2 x 100) / 4 = 81.25 (critical) with a disagreement on pd.1, and has
// no level for tribal knowledge; "Forecast" scores process debt 6.25 and tribal knowledge 0.
Assessment sampleAssessment()
{
    Assessment assessment;
    assessment.organization = {"Northwind", "Distribution", ""};
    assessment.initiatives = {{10, "Order AI", "Orders", "Dana", Stage::Pilot, "Fewer errors", false},
                              {20, "Forecast", "Planning", "Eli", Stage::Scaling, "", false},
                              {30, "Old bot", "", "", Stage::RolledBack, "", true}};
    const QuestionBank bank = test::makeBank({FrictionSpec{"process_debt", {{"pd.1", 1}, {"pd.2", 1}, {"pd.3", 2}}},
                                              FrictionSpec{"tribal_knowledge", {{"tk.1", 1}}}});
    RoundData first;
    first.round = {1, "2026-Q1 workshop", "2026-02-12"};
    first.bank = bank;
    first.respondents = {{1, 1, "Ana", "COO"}, {2, 1, "Ben", "IT"}};
    first.answers = {{10, "pd.1", 1, Answer::atLevel(2), "", ""}, {10, "pd.1", 2, Answer::atLevel(2), "", ""}};

    RoundData latest;
    latest.round = {2, "2026-Q3 workshop", "2026-09-17"};
    latest.bank = bank;
    latest.respondents = {{3, 2, "Ana", "COO"}, {4, 2, "Ben", "IT"}};
    latest.answers = {
        {10, "pd.1", 4, Answer::atLevel(4), "", ""},
        {10, "pd.1", 3, Answer::atLevel(0), "", ""},
        {10, "pd.2", 3, Answer::atLevel(1), "only two depots", "audit.pdf"},
        {10, "pd.3", 3, Answer::atLevel(0), "", ""},
        {10, "pd.3", 4, Answer::atLevel(0), "nobody owns it", ""},
        {10, "tk.1", 3, Answer::dontKnow(), "", ""},
        {20, "pd.1", 3, Answer::atLevel(4), "", ""},
        {20, "pd.2", 3, Answer::atLevel(3), "", ""},
        {20, "pd.3", 3, Answer::atLevel(4), "", ""},
        {20, "tk.1", 3, Answer::atLevel(4), "", ""},
        {30, "pd.1", 3, Answer::atLevel(0), "", ""},
    };
    latest.consensus = {{10, "pd.3", Answer::atLevel(0), "agreed: no owner"}};
    assessment.rounds = {first, latest};
    assessment.actions = {
        {1, 10, "process_debt", "Map the order process", "Priya", "2026-01-10", ActionStatus::Planned, "", ""},
        {2, 10, "tribal_knowledge", "Interview the leads", "Sam", "2026-03-01", ActionStatus::Done, "", ""},
        {3, 20, "process_debt", "Redesign the forecast review", "Eli", "2026-12-01", ActionStatus::InProgress, "", ""},
    };
    assessment.targets = {{10, "process_debt", 40.0}, {20, "tribal_knowledge", 10.0}};
    assessment.branding.firmName = "Acme Advisory";
    assessment.branding.footer = "Confidential";
    return assessment;
}

ReportModel sampleReport(ReportOptions options = {})
{
    static const Assessment assessment = sampleAssessment();
    const RoundData* round = latestRound(assessment);
    REQUIRE(round != nullptr);
    return buildReport(assessment, *round, roundBefore(assessment, *round), options);
}

} // namespace

TEST_CASE("The report model names the round, the compared round and the branding")
{
    const Assessment assessment = sampleAssessment();
    CHECK(latestRound(assessment) == &assessment.rounds[1]);
    CHECK(roundBefore(assessment, assessment.rounds[1]) == &assessment.rounds[0]);
    CHECK(roundBefore(assessment, assessment.rounds[0]) == nullptr);
    CHECK(latestRound(Assessment{}) == nullptr);

    const ReportModel report = sampleReport();
    CHECK(report.cover.organization == "Northwind");
    CHECK(report.cover.roundName == "2026-Q3 workshop");
    CHECK(report.cover.roundDate == "2026-09-17");
    CHECK(report.cover.previousRoundName == "2026-Q1 workshop");
    CHECK(report.cover.respondentCount == 2);
    CHECK(report.cover.branding.firmName == "Acme Advisory");
    CHECK(report.cover.branding.footer == "Confidential");
}

TEST_CASE("A change between rounds is claimed when both rounds rest on enough evidence, as printed")
{
    Assessment assessment = sampleAssessment();
    RoundData& first = assessment.rounds[0];
    first.answers.push_back({10, "pd.2", 1, Answer::atLevel(2), "", ""});
    first.answers.push_back({10, "pd.3", 1, Answer::atLevel(2), "", ""});
    const ReportModel report = buildReport(assessment, assessment.rounds[1], &assessment.rounds[0]);
    const HeatmapRow& order = report.heatmap.initiatives[0];
    CHECK(*order.cells[0].previousScore == Approx(50.0));
    CHECK_FALSE(order.cells[0].previousLowCoverage);
    CHECK(*order.cells[0].delta() == 31.0); // as printed: 81 - 50, not 81.25 - 50
    CHECK_FALSE(order.cells[0].changeWithheld());
    // The portfolio's earlier process debt: mean coverage (1 + 0) / 2 = 0.5, just enough.
    CHECK(*report.heatmap.portfolio.cells[0].delta() == -6.0); // 44 - 50
    // Readiness over all four questions' weight: the earlier round covered 4 of 5, the latest 4 of 5.
    CHECK_FALSE(order.previousLowCoverage);
    CHECK_FALSE(order.lowCoverage);
    CHECK(order.readinessDelta().has_value());
}

TEST_CASE("With nearly every answer \"don't know\", no headline claims a change and every one is marked")
{
    Assessment assessment = sampleAssessment();
    RoundData& first = assessment.rounds[0];
    first.answers.push_back({10, "pd.2", 1, Answer::atLevel(2), "", ""});
    first.answers.push_back({10, "pd.3", 1, Answer::atLevel(2), "", ""});
    for (AnswerRecord& record : assessment.rounds[1].answers) {
        if (record.questionId != "pd.1") {
            record.answer = Answer::dontKnow();
        }
    }
    assessment.rounds[1].consensus.clear();
    const ReportModel report = buildReport(assessment, assessment.rounds[1], &assessment.rounds[0]);
    CHECK(report.summary.readiness.has_value());
    CHECK(report.summary.lowCoverage);
    CHECK(report.summary.coverage < 0.5);
    CHECK_FALSE(report.summary.readinessDelta().has_value());
    CHECK(report.summary.lowCoverageInitiatives == 2);
    for (const InitiativeTrend& trend : report.summary.trends) {
        CHECK(trend.lowCoverage);
        CHECK_FALSE(trend.readinessDelta().has_value());
    }
    for (const WorstFriction& worst : report.summary.worstFrictions) {
        CHECK(worst.lowCoverage);
    }
    CHECK(report.initiatives.front().lowCoverage);
    CHECK_FALSE(report.heatmap.initiatives.front().cells.front().delta().has_value());
}

TEST_CASE("Overdue actions lead the top actions, whatever their friction's score")
{
    Assessment assessment = sampleAssessment();
    // Action 3 (Forecast, process debt 6.25) is made overdue; action 1 (Order AI, 81.25) is not.
    assessment.actions[0].due = "2027-01-10";
    assessment.actions[2].due = "2026-09-01";
    ReportOptions options;
    options.today = "2026-09-20";
    const ReportModel report = buildReport(assessment, assessment.rounds[1], &assessment.rounds[0], options);
    REQUIRE(report.summary.topActions.size() >= 2);
    CHECK(report.summary.topActions[0].text == "Redesign the forecast review");
    CHECK(report.summary.topActions[0].overdue);
    CHECK(report.summary.topActions[1].text == "Map the order process");
}

TEST_CASE("The heatmap holds every scored initiative, the portfolio row and the change")
{
    const ReportModel report = sampleReport();
    const HeatmapData& heatmap = report.heatmap;
    REQUIRE(heatmap.frictions.size() == 2);
    CHECK(heatmap.frictions[0].frictionId == "process_debt");
    CHECK(heatmap.hasPrevious());
    REQUIRE(heatmap.initiatives.size() == 2); // the archived initiative is left out
    const HeatmapRow& order = heatmap.initiatives[0];
    CHECK(order.name == "Order AI");
    REQUIRE(order.cells.size() == 2);
    CHECK(*order.cells[0].score == Approx(81.25));
    CHECK(*order.cells[0].band == Band::Critical);
    CHECK(order.cells[0].disagreements == 1);
    CHECK_FALSE(order.cells[0].lowCoverage);
    CHECK(*order.cells[0].previousScore == Approx(50.0));
    // The earlier 50 rests on one question of four (25 % coverage): no change is claimed.
    CHECK(order.cells[0].previousLowCoverage);
    CHECK_FALSE(order.cells[0].delta().has_value());
    CHECK(order.cells[0].changeWithheld());
    CHECK_FALSE(order.cells[1].score.has_value());
    CHECK(order.cells[1].lowCoverage);
    CHECK_FALSE(order.cells[1].delta().has_value());
    CHECK(*order.readiness == Approx(18.75));
    CHECK(*order.previousReadiness == Approx(50.0));

    CHECK_FALSE(heatmap.initiatives[1].previousReadiness.has_value());
    CHECK(*heatmap.portfolio.cells[0].score == Approx(43.75));
    CHECK_FALSE(heatmap.portfolio.cells[0].delta().has_value()); // the earlier portfolio is thin too
    CHECK(heatmap.portfolio.cells[0].disagreements == 1);
    CHECK(*heatmap.portfolio.readiness == Approx((18.75 + 96.875) / 2));

    const Assessment assessment = sampleAssessment();
    const HeatmapData alone = buildHeatmap(assessment, assessment.rounds[1], nullptr);
    CHECK_FALSE(alone.hasPrevious());
    CHECK_FALSE(alone.initiatives[0].cells[0].previousScore.has_value());
}

TEST_CASE("The executive summary ranks frictions, trends and the top actions")
{
    ReportOptions options;
    options.today = "2026-09-20";
    const ReportModel report = sampleReport(options);
    const ExecutiveSummary& summary = report.summary;
    CHECK(*summary.readiness == Approx((18.75 + 96.875) / 2));
    CHECK(*summary.previousReadiness == Approx(50.0));
    CHECK(summary.initiativeCount == 2);
    CHECK(summary.disagreementQuestions == 1);
    REQUIRE(summary.worstFrictions.size() == 2);
    CHECK(summary.worstFrictions[0].frictionId == "process_debt");
    CHECK(summary.worstFrictions[0].initiativesHighOrCritical == 1);
    CHECK(summary.worstFrictions[0].worstInitiative == "Order AI");
    REQUIRE(summary.trends.size() == 2);
    CHECK(summary.trends[0].name == "Order AI");
    CHECK(summary.trends[0].cells.size() == 2);

    // Open actions only, the most severe friction first; the done one is left out.
    REQUIRE(summary.topActions.size() == 2);
    CHECK(summary.topActions[0].text == "Map the order process");
    CHECK(summary.topActions[0].overdue);
    CHECK(*summary.topActions[0].status == ActionStatus::Planned);
    CHECK(summary.topActions[1].text == "Redesign the forecast review");
    CHECK_FALSE(summary.topActions[1].overdue);
}

TEST_CASE("Without open actions the summary recommends the bank's actions for the worst cells")
{
    Assessment assessment = sampleAssessment();
    assessment.actions.clear();
    const ReportModel report = buildReport(assessment, assessment.rounds[1], nullptr);
    REQUIRE(report.summary.topActions.size() == 1); // only one cell is high or critical
    const TopAction& action = report.summary.topActions[0];
    CHECK_FALSE(action.status.has_value());
    CHECK(action.title == "Title process_debt.critical");
    CHECK(action.initiative == "Order AI");
    CHECK(action.friction == "Friction process_debt");
}

TEST_CASE("An initiative's section explains its high scores with questions, notes and disagreements")
{
    const ReportModel report = sampleReport();
    REQUIRE(report.initiatives.size() == 2);
    const InitiativeSection& order = report.initiatives[0];
    CHECK(order.initiative.name == "Order AI");
    REQUIRE(order.profile.size() == 2);
    CHECK(*order.profile[0].target == Approx(40.0));
    CHECK(*order.profile[0].previousScore == Approx(50.0));

    REQUIRE(order.drivers.size() == 1);
    const Driver& driver = order.drivers[0];
    CHECK(driver.band == Band::Critical);
    REQUIRE(driver.questions.size() == 3);
    CHECK(driver.questions[0].questionId == "pd.3"); // friction 100
    CHECK(driver.questions[0].fromConsensus);
    CHECK(driver.questions[0].anchor == "Level 0 of pd.3");
    REQUIRE(driver.questions[0].notes.size() == 2);
    CHECK(driver.questions[0].notes[0] == "agreed: no owner");
    CHECK(driver.questions[1].questionId == "pd.2"); // 75
    CHECK(driver.questions[2].questionId == "pd.1"); // median 2: 50
    CHECK(driver.questions[2].level == Approx(2.0));

    REQUIRE(order.notes.size() == 3);
    CHECK(order.notes[0].respondent == "Ana");
    CHECK(order.notes[0].evidence == "audit.pdf");
    CHECK(order.notes[1].respondent.empty()); // the consensus note
    CHECK(order.notes[2].note == "nobody owns it");

    REQUIRE(order.disagreements.size() == 1);
    const DisagreementEntry& disagreement = order.disagreements[0];
    CHECK(disagreement.questionId == "pd.1");
    CHECK(disagreement.spread == 4);
    REQUIRE(disagreement.answers.size() == 2);
    CHECK(disagreement.answers[0].respondent == "Ana"); // the round's respondent order
    CHECK(disagreement.answers[0].answer == Answer::atLevel(0));
    CHECK(disagreement.answers[1].answer == Answer::atLevel(4));

    REQUIRE(order.recommendations.size() == 1);
    CHECK(order.recommendations[0].actions[0].id == "process_debt.critical");
    REQUIRE(order.actions.size() == 2);
    CHECK(order.actions[1].status == ActionStatus::Done);
    REQUIRE(order.targets.size() == 1);
    CHECK_FALSE(order.targets[0].met);

    const InitiativeSection& forecast = report.initiatives[1];
    CHECK(forecast.drivers.empty());
    CHECK(forecast.recommendations.empty());
    REQUIRE(forecast.targets.size() == 1);
    CHECK(forecast.targets[0].met); // 0 against 10
}

TEST_CASE("The appendix lists every answer of the round and the methodology names the bank")
{
    const ReportModel report = sampleReport();
    const Appendix& appendix = report.appendix;
    REQUIRE(appendix.answerCount() == 11);
    REQUIRE_FALSE(appendix.initiatives.empty());
    const AppendixInitiative& first = appendix.initiatives[0];
    CHECK(first.name == "Order AI");
    REQUIRE(first.answers.size() == 7);
    CHECK(appendix.question(first.answers[0]).questionId == "pd.1");
    CHECK(appendix.question(first.answers[0]).frictionName == "Friction process_debt");
    REQUIRE(appendix.respondent(first.answers[0]) != nullptr);
    CHECK(appendix.respondent(first.answers[0])->name == "Ana");
    CHECK(appendix.question(first.answers[5]).questionId == "pd.3");
    CHECK(appendix.respondent(first.answers[5]) == nullptr); // the consensus follows the respondents
    for (const AppendixInitiative& initiative : appendix.initiatives) {
        CHECK(initiative.initiativeId != 30);
        CHECK_FALSE(initiative.answers.empty());
    }
    // Each question's and each respondent's text is held once, whatever the number of answers.
    CHECK(appendix.questions.size() == 4);
    CHECK(appendix.respondents.size() == 2);
    CHECK(report.methodology.bankName == "Test bank");
    CHECK(report.methodology.frictions.size() == 2);
    CHECK(report.methodology.questionCount == 4);
    CHECK(report.methodology.scale[0] == "Not in place");
}

TEST_CASE("Sections switched off are left empty")
{
    ReportOptions options;
    options.appendix = false;
    options.initiatives = false;
    const ReportModel report = sampleReport(options);
    CHECK(report.appendix.empty());
    CHECK(report.initiatives.empty());
    CHECK_FALSE(report.options.appendix);
    CHECK(report.heatmap.initiatives.size() == 2);
}
