// SPDX-License-Identifier: Apache-2.0
#include "core/assessment_data.h"
#include "core/bank_loader.h"
#include "core/friction.h"
#include "samples/demo_assessment.h"
#include "support/core_bank.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

using namespace lastmile;

namespace lastmile::test {

// Shared with synthetic_assessment_test.cpp, which declares them (coreBank is support/core_bank.h).

// Everything that must hold for any assessment a sample generator makes; empty when all is well.
std::vector<std::string> consistencyProblems(const Assessment& assessment)
{
    std::vector<std::string> problems;
    const auto fail = [&problems](const std::string& what) {
        if (problems.size() < 20) {
            problems.push_back(what);
        }
    };

    std::set<std::int64_t> initiatives;
    for (const Initiative& initiative : assessment.initiatives) {
        if (initiative.id <= 0 || !initiatives.insert(initiative.id).second) {
            fail("initiative id " + std::to_string(initiative.id) + " is not positive or not unique");
        }
        if (initiative.name.empty() || initiative.businessFunction.empty() || initiative.owner.empty() ||
            initiative.targetOutcome.empty()) {
            fail("initiative " + std::to_string(initiative.id) + " lacks a name, function, owner or outcome");
        }
    }

    std::set<std::int64_t> rounds;
    std::set<std::int64_t> respondentIds;
    std::string previousDate;
    for (const RoundData& round : assessment.rounds) {
        const std::string where = "round " + std::to_string(round.round.id) + ": ";
        if (round.round.id <= 0 || !rounds.insert(round.round.id).second) {
            fail(where + "id is not positive or not unique");
        }
        if (round.round.name.empty() || !isIsoDate(round.round.heldOn) || round.round.heldOn <= previousDate) {
            fail(where + "no name, not an ISO date, or not after the previous round");
        }
        previousDate = round.round.heldOn;
        std::set<std::int64_t> ofRound;
        for (const Respondent& respondent : round.respondents) {
            if (respondent.roundId != round.round.id || !respondentIds.insert(respondent.id).second ||
                respondent.name.empty()) {
                fail(where + "respondent " + std::to_string(respondent.id) + " is inconsistent");
            }
            ofRound.insert(respondent.id);
        }
        std::set<std::tuple<std::int64_t, std::string_view, std::int64_t>> answered;
        for (const AnswerRecord& record : round.answers) {
            const std::string what = where + "answer (" + std::to_string(record.initiativeId) + ", " +
                                     record.questionId + ", " + std::to_string(record.respondentId) + ") ";
            if (!ofRound.contains(record.respondentId)) {
                fail(what + "has a respondent of another round");
            }
            if (!round.bank.findQuestion(record.questionId)) {
                fail(what + "names a question the round's bank lacks");
            }
            if (!initiatives.contains(record.initiativeId)) {
                fail(what + "names an unknown initiative");
            }
            if (!answered.insert({record.initiativeId, record.questionId, record.respondentId}).second) {
                fail(what + "is given twice");
            }
            if (record.answer.isLevel() && !isValidLevel(record.answer.level)) {
                fail(what + "has level " + std::to_string(record.answer.level));
            }
        }
        std::set<std::pair<std::int64_t, std::string>> agreed;
        for (const ConsensusRecord& record : round.consensus) {
            const std::string what =
                where + "consensus (" + std::to_string(record.initiativeId) + ", " + record.questionId + ") ";
            if (!round.bank.findQuestion(record.questionId) || !initiatives.contains(record.initiativeId)) {
                fail(what + "names an unknown question or initiative");
            }
            if (!agreed.insert({record.initiativeId, record.questionId}).second) {
                fail(what + "is given twice");
            }
            if (record.answer.isLevel() && !isValidLevel(record.answer.level)) {
                fail(what + "has an invalid level");
            }
        }
    }

    const QuestionBank* bank = assessment.rounds.empty() ? nullptr : &assessment.rounds.back().bank;
    std::set<std::int64_t> actions;
    for (const Action& action : assessment.actions) {
        const std::string what = "action " + std::to_string(action.id) + " ";
        if (action.id <= 0 || !actions.insert(action.id).second) {
            fail(what + "id is not positive or not unique");
        }
        if (!initiatives.contains(action.initiativeId) || action.text.empty()) {
            fail(what + "names an unknown initiative or has no text");
        }
        if (!action.due.empty() && !isIsoDate(action.due)) {
            fail(what + "due date is not an ISO date");
        }
        const Friction* friction = bank ? bank->findFriction(action.frictionId) : nullptr;
        if (!friction) {
            fail(what + "names a friction the bank lacks");
        } else if (!action.recommendationId.empty()) {
            bool found = false;
            for (const Band band : kBands) {
                for (const RecommendedAction& recommended : friction->actionsFor(band)) {
                    found = found || recommended.id == action.recommendationId;
                }
            }
            if (!found) {
                fail(what + "comes from an unknown recommendation " + action.recommendationId);
            }
        }
    }
    for (const Target& target : assessment.targets) {
        if (!initiatives.contains(target.initiativeId) || !bank || !bank->findFriction(target.frictionId) ||
            target.score < 0.0 || target.score > 100.0) {
            fail("target (" + std::to_string(target.initiativeId) + ", " + target.frictionId + ") is inconsistent");
        }
    }
    return problems;
}

// The whole assessment as text, so that two assessments can be compared field by field.
std::string fingerprint(const Assessment& assessment)
{
    std::string text;
    const auto add = [&text](const std::string& field) {
        text += field;
        text += '\x1f';
    };
    add(assessment.organization.name);
    add(assessment.organization.sector);
    add(assessment.organization.notes);
    for (const Initiative& i : assessment.initiatives) {
        add(std::to_string(i.id) + i.name + i.businessFunction + i.owner + std::string(stageId(i.stage)) +
            i.targetOutcome + (i.archived ? "archived" : "active"));
    }
    for (const RoundData& round : assessment.rounds) {
        add(std::to_string(round.round.id) + round.round.name + round.round.heldOn);
        add(serializeBank(round.bank));
        for (const Respondent& r : round.respondents) {
            add(std::to_string(r.id) + "/" + std::to_string(r.roundId) + r.name + r.role);
        }
        for (const AnswerRecord& a : round.answers) {
            add(std::to_string(a.initiativeId) + a.questionId + std::to_string(a.respondentId) + answerToken(a.answer) +
                a.answer.reason + a.note + a.evidence);
        }
        for (const ConsensusRecord& c : round.consensus) {
            add(std::to_string(c.initiativeId) + c.questionId + answerToken(c.answer) + c.note);
        }
    }
    for (const Action& a : assessment.actions) {
        add(std::to_string(a.id) + std::to_string(a.initiativeId) + a.frictionId + a.text + a.owner + a.due +
            std::string(actionStatusId(a.status)) + a.note + a.recommendationId);
    }
    for (const Target& t : assessment.targets) {
        add(std::to_string(t.initiativeId) + t.frictionId + std::to_string(t.score));
    }
    const Branding& b = assessment.branding;
    add(b.firmName + b.accentColour + b.footer + b.pageSize + b.logoMime + std::to_string(b.logo.size()));
    return text;
}

} // namespace lastmile::test

namespace {

constexpr const char* kToday = "2026-10-01";

constexpr std::int64_t kOrderManagement = 1;
constexpr std::int64_t kDemandForecasting = 2;
constexpr std::int64_t kInvoiceClassification = 3;
constexpr std::int64_t kReplyAgent = 4;
constexpr std::int64_t kRoutePlanning = 5;

const Assessment& demo()
{
    static const Assessment assessment = makeDemoAssessment(test::coreBank(), kToday);
    return assessment;
}

const InitiativeScore& scoreOf(const std::vector<InitiativeScore>& scores, std::int64_t initiativeId)
{
    const auto found = std::find_if(scores.begin(), scores.end(), [initiativeId](const InitiativeScore& s) {
        return s.initiativeId == initiativeId;
    });
    REQUIRE(found != scores.end());
    return *found;
}

double frictionScore(const InitiativeScore& score, std::string_view frictionId)
{
    const FrictionScore* friction = score.friction(frictionId);
    REQUIRE(friction);
    REQUIRE(friction->score);
    return *friction->score;
}

} // namespace

TEST_CASE("the demo assessment is internally consistent", "[samples][demo]")
{
    CHECK(test::consistencyProblems(demo()) == std::vector<std::string>{});
}

TEST_CASE("the demo describes a distributor with five active initiatives and branding", "[samples][demo]")
{
    const Assessment& a = demo();
    CHECK(a.organization.name == "Northgate Distribution");
    CHECK(a.organization.sector == "Wholesale distribution");
    CHECK_FALSE(a.organization.notes.empty());

    REQUIRE(a.initiatives.size() == 5);
    for (std::size_t i = 0; i < a.initiatives.size(); ++i) {
        CHECK(a.initiatives[i].id == static_cast<std::int64_t>(i + 1));
        CHECK_FALSE(a.initiatives[i].archived);
    }
    CHECK(a.initiatives[0].stage == Stage::RolledBack);
    CHECK(a.initiatives[1].stage == Stage::Scaling);
    CHECK(a.initiatives[2].stage == Stage::Production);
    CHECK(a.initiatives[3].stage == Stage::Pilot);
    CHECK(a.initiatives[4].stage == Stage::Pilot);

    CHECK(a.branding.firmName == "Lastmile Advisory");
    CHECK(a.branding.accentColour == "#1F6FB2");
    CHECK(a.branding.footer == "Confidential \u2014 prepared for Northgate Distribution");
    CHECK(a.branding.pageSize == "a4");
    CHECK(a.branding.logo.empty());
    CHECK(a.branding.logoMime.empty());
}

TEST_CASE("the demo has two workshop rounds with the bank as their frozen copy", "[samples][demo]")
{
    const Assessment& a = demo();
    REQUIRE(a.rounds.size() == 2);
    CHECK(a.rounds[0].round.name == "2026-Q1 workshop");
    CHECK(a.rounds[0].round.heldOn == "2026-02-12");
    CHECK(a.rounds[1].round.name == "2026-Q3 workshop");
    CHECK(a.rounds[1].round.heldOn == "2026-09-17");
    for (const RoundData& round : a.rounds) {
        CHECK(serializeBank(round.bank) == serializeBank(test::coreBank()));
        CHECK(round.respondents.size() >= 4);
        CHECK(round.respondents.size() <= 5);
    }

    std::set<std::string> firstNames;
    for (const Respondent& r : a.rounds[0].respondents) {
        firstNames.insert(r.name);
        CHECK_FALSE(r.role.empty());
    }
    int returning = 0;
    for (const Respondent& r : a.rounds[1].respondents) {
        returning += firstNames.contains(r.name) ? 1 : 0;
    }
    CHECK(returning >= 3);
    CHECK(returning < static_cast<int>(a.rounds[1].respondents.size()));
}

TEST_CASE("every demo respondent answers most questions of every initiative", "[samples][demo]")
{
    const Assessment& a = demo();
    const auto questions = static_cast<double>(test::coreBank().questionCount());
    for (const RoundData& round : a.rounds) {
        std::map<std::pair<std::int64_t, std::int64_t>, int> counts; // (respondent, initiative) -> answers
        for (const AnswerRecord& record : round.answers) {
            ++counts[{record.respondentId, record.initiativeId}];
        }
        for (const Respondent& respondent : round.respondents) {
            for (const Initiative& initiative : a.initiatives) {
                INFO(round.round.name << ", " << respondent.name << ", initiative " << initiative.id);
                CHECK(counts[{respondent.id, initiative.id}] >= 0.85 * questions);
            }
        }
    }
}

TEST_CASE("the order-management initiative shows the frictions of the domain case", "[samples][demo]")
{
    const auto scores = scoreRound(demo(), demo().rounds[0]);
    REQUIRE(scores.size() == 5);
    const InitiativeScore& order = scoreOf(scores, kOrderManagement);
    int severe = 0;
    for (const FrictionScore& friction : order.frictions) {
        REQUIRE(friction.band);
        severe += *friction.band == Band::High || *friction.band == Band::Critical ? 1 : 0;
    }
    CHECK(severe >= 5);
    CHECK(frictionScore(order, "process_debt") >= 75.0);
    CHECK(frictionScore(order, "efficiency_trap") >= 75.0);
    CHECK(frictionScore(order, "tribal_knowledge") >= 50.0);
    CHECK(frictionScore(order, "architectural_complexity") >= 50.0);
}

TEST_CASE("the demo initiatives have distinct profiles", "[samples][demo]")
{
    const auto scores = scoreRound(demo(), demo().rounds[0]);
    const InitiativeScore& invoices = scoreOf(scores, kInvoiceClassification);
    REQUIRE(invoices.readiness);
    CHECK(*invoices.readiness > 60.0);

    const InitiativeScore& forecasting = scoreOf(scores, kDemandForecasting);
    CHECK(frictionScore(forecasting, "tribal_knowledge") >= 50.0);
    CHECK(frictionScore(forecasting, "agentic_governance") < 50.0);

    const InitiativeScore& agent = scoreOf(scores, kReplyAgent);
    CHECK(frictionScore(agent, "agentic_governance") >= 75.0);
    CHECK(frictionScore(agent, "productivity_gap") >= 50.0);

    const InitiativeScore& routes = scoreOf(scores, kRoutePlanning);
    CHECK(frictionScore(routes, "productivity_gap") >= 50.0);

    for (const InitiativeScore& score : scores) {
        INFO("initiative " << score.initiativeId);
        CHECK(score.coverage > 0.85);
    }
}

TEST_CASE("the second demo round improves some frictions and not others", "[samples][demo]")
{
    const auto first = scoreRound(demo(), demo().rounds[0]);
    const auto second = scoreRound(demo(), demo().rounds[1]);
    const InitiativeScore& before = scoreOf(first, kOrderManagement);
    const InitiativeScore& after = scoreOf(second, kOrderManagement);
    CHECK(frictionScore(after, "process_debt") < frictionScore(before, "process_debt") - 15.0);
    CHECK(frictionScore(after, "architectural_complexity") < frictionScore(before, "architectural_complexity") - 15.0);
    CHECK(frictionScore(after, "tribal_knowledge") >= 50.0);

    const InitiativeScore& agentBefore = scoreOf(first, kReplyAgent);
    const InitiativeScore& agentAfter = scoreOf(second, kReplyAgent);
    CHECK(frictionScore(agentAfter, "agentic_governance") < frictionScore(agentBefore, "agentic_governance") - 15.0);

    const double routesBefore = frictionScore(scoreOf(first, kRoutePlanning), "productivity_gap");
    const double routesAfter = frictionScore(scoreOf(second, kRoutePlanning), "productivity_gap");
    CHECK(routesAfter >= 50.0);
    CHECK(routesAfter > routesBefore - 10.0);
}

TEST_CASE("the demo has disagreement, consensus, don't know and not applicable", "[samples][demo]")
{
    const RoundData& first = demo().rounds[0];
    int disagreements = 0;
    for (const InitiativeScore& score : scoreRound(demo(), first)) {
        for (const FrictionScore& friction : score.frictions) {
            disagreements += friction.disagreementCount;
        }
    }
    CHECK(disagreements >= 3);
    CHECK(disagreements <= 40); // disagreement stands out; it is not the rule

    for (const RoundData& round : demo().rounds) {
        CHECK_FALSE(round.consensus.empty());
        for (const ConsensusRecord& record : round.consensus) {
            CHECK_FALSE(record.note.empty());
        }
    }

    int dontKnow = 0;
    int notApplicable = 0;
    for (const AnswerRecord& record : first.answers) {
        dontKnow += record.answer.kind == Answer::Kind::DontKnow ? 1 : 0;
        if (record.answer.kind == Answer::Kind::NotApplicable) {
            ++notApplicable;
            CHECK_FALSE(record.answer.reason.empty());
        }
    }
    CHECK(dontKnow >= 1);
    CHECK(notApplicable >= 1);

    const auto responses = responsesByInitiative(first);
    const auto network = responses.at(kInvoiceClassification).find("ac_network_access");
    REQUIRE(network != responses.at(kInvoiceClassification).end());
    CHECK(aggregateAnswers(network->second).status == QuestionStatus::NotApplicable);
}

TEST_CASE("the demo carries concrete notes and evidence, one of them looking like markup", "[samples][demo]")
{
    int annotated = 0;
    bool markup = false;
    bool duplicates = false;
    for (const RoundData& round : demo().rounds) {
        for (const AnswerRecord& record : round.answers) {
            annotated += record.note.empty() && record.evidence.empty() ? 0 : 1;
            markup = markup || record.note.find("<b>urgent</b>") != std::string::npos;
            duplicates = duplicates || record.evidence.find("140 duplicates") != std::string::npos;
        }
    }
    CHECK(annotated >= 12);
    CHECK(markup);
    CHECK(duplicates);
}

TEST_CASE("the demo action plan spans initiatives, statuses and due dates", "[samples][demo]")
{
    const Assessment& a = demo();
    REQUIRE(a.actions.size() >= 6);
    REQUIRE(a.actions.size() <= 10);
    std::set<std::int64_t> initiatives;
    std::set<ActionStatus> statuses;
    int overdue = 0;
    int ahead = 0;
    int fromBank = 0;
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        const Action& action = a.actions[i];
        CHECK(action.id == static_cast<std::int64_t>(i + 1));
        CHECK(isKnownFrictionId(action.frictionId));
        CHECK_FALSE(action.owner.empty());
        REQUIRE(isIsoDate(action.due));
        initiatives.insert(action.initiativeId);
        statuses.insert(action.status);
        overdue += action.due < kToday ? 1 : 0;
        ahead += action.due > kToday ? 1 : 0;
        fromBank += action.recommendationId.empty() ? 0 : 1;
    }
    CHECK(initiatives.size() >= 4);
    CHECK(statuses.size() == 4);
    CHECK(overdue >= 2);
    CHECK(ahead >= 2);
    CHECK(fromBank >= 5);

    // The due dates follow the day the demo is made.
    const Assessment later = makeDemoAssessment(test::coreBank(), "2027-03-01");
    REQUIRE(later.actions.size() == a.actions.size());
    CHECK(later.actions.front().due > a.actions.front().due);
    const Assessment newYear = makeDemoAssessment(test::coreBank(), "2026-12-30");
    for (const Action& action : newYear.actions) {
        CHECK(isIsoDate(action.due));
    }
}

TEST_CASE("the demo sets targets for every initiative", "[samples][demo]")
{
    std::set<std::int64_t> initiatives;
    for (const Target& target : demo().targets) {
        initiatives.insert(target.initiativeId);
        CHECK(target.score >= 0.0);
        CHECK(target.score <= 100.0);
    }
    CHECK(initiatives.size() == 5);
}

TEST_CASE("the demo is deterministic", "[samples][demo]")
{
    const Assessment again = makeDemoAssessment(test::coreBank(), kToday);
    CHECK(test::fingerprint(again) == test::fingerprint(demo()));
}

TEST_CASE("the demo builds from a bank that lacks questions and frictions it refers to", "[samples][demo]")
{
    QuestionBank bank = test::coreBank();
    const std::set<std::string> removed = {"pd_exception_handling", "ac_network_access", "ac_edge_cases_tested",
                                           "pg_usage_spread"};
    for (Friction& friction : bank.frictions) {
        std::erase_if(friction.questions, [&removed](const Question& q) { return removed.contains(q.id); });
    }
    std::erase_if(bank.frictions, [](const Friction& f) { return f.id == "efficiency_trap"; });

    const Assessment a = makeDemoAssessment(bank, kToday);
    CHECK(test::consistencyProblems(a) == std::vector<std::string>{});
    REQUIRE(a.rounds.size() == 2);
    CHECK_FALSE(a.rounds[0].answers.empty());
    for (const Action& action : a.actions) {
        CHECK(action.frictionId != "efficiency_trap");
    }
    for (const Target& target : a.targets) {
        CHECK(target.frictionId != "efficiency_trap");
    }
    for (std::size_t i = 0; i < a.actions.size(); ++i) {
        CHECK(a.actions[i].id == static_cast<std::int64_t>(i + 1));
    }
    for (const Initiative& initiative : a.initiatives) {
        REQUIRE(scoreRound(a, a.rounds[0])[static_cast<std::size_t>(initiative.id - 1)].readiness);
    }
}

TEST_CASE("the demo refuses a date that is not YYYY-MM-DD", "[samples][demo]")
{
    CHECK_THROWS_AS(makeDemoAssessment(test::coreBank(), ""), std::invalid_argument);
    CHECK_THROWS_AS(makeDemoAssessment(test::coreBank(), "2026-02-30"), std::invalid_argument);
    CHECK_THROWS_AS(makeDemoAssessment(test::coreBank(), "1 October 2026"), std::invalid_argument);
}
