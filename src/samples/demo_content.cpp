// SPDX-License-Identifier: Apache-2.0
#include "demo_content.h"

namespace lastmile::demo {

namespace {

// Friction scores are listed in kFrictionIds order:
// pilot proliferation, productivity gap, process debt, tribal knowledge, agentic governance,
// architectural complexity, efficiency trap.
constexpr std::array<InitiativeSpec, 5> kInitiatives = {{
    {1,
     "AI order management",
     "Order management",
     "Daniel Reyes",
     Stage::RolledBack,
     "Cut manual order-entry errors by at least 60% and process 80% of incoming orders without re-keying, "
     "sustained for two quarters.",
     {{{62, 68, 85, 80, 58, 78, 90}, {58, 55, 45, 72, 45, 40, 66}}}},
    {2,
     "Demand forecasting for fast movers",
     "Supply chain planning",
     "Tomasz Kowalski",
     Stage::Scaling,
     "Reduce stock-outs on the 2,000 fastest-moving items by 30% while keeping stock value flat.",
     {{{30, 40, 35, 68, 20, 38, 28}, {26, 35, 30, 44, 18, 30, 24}}}},
    {3,
     "Supplier invoice classification",
     "Finance: accounts payable",
     "Elif Demir",
     Stage::Production,
     "Route 95% of incoming supplier invoices and delivery notes to the right ledger and approver without manual "
     "sorting.",
     {{{12, 15, 18, 10, 14, 35, 10}, {10, 12, 15, 10, 12, 22, 10}}}},
    {4,
     "Customer-service reply drafting agent",
     "Customer service",
     "Daniel Reyes",
     Stage::Pilot,
     "Answer 70% of routine delivery and stock enquiries within two hours with a drafted reply that an agent "
     "approves.",
     {{{45, 66, 50, 40, 88, 42, 30}, {42, 62, 45, 38, 55, 40, 30}}}},
    {5,
     "Route planning assistant",
     "Logistics",
     "Ian Murray",
     Stage::Pilot,
     "Lower delivery cost per drop by 8% across all three depots.",
     {{{40, 68, 55, 48, 30, 50, 35}, {38, 67, 52, 45, 28, 44, 35}}}},
}};

constexpr std::array<RoundSpec, kRoundCount> kRounds = {{
    {"2026-Q1 workshop",
     "2026-02-12",
     {{
         {"Margaret Olsen", "COO", 12, 2},
         {"Daniel Reyes", "Head of Customer Service", 3, 10},
         {"Priya Natarajan", "ERP lead", 5, 5},
         {"Tomasz Kowalski", "Operations planner", 4, 8},
         {"Hannah Becker", "Data scientist", 8, 4},
     }}},
    {"2026-Q3 workshop",
     "2026-09-17",
     {{
         {"Margaret Olsen", "COO", 10, 3},
         {"Daniel Reyes", "Head of Customer Service", 4, 8},
         {"Priya Natarajan", "ERP lead", 5, 5},
         {"Tomasz Kowalski", "Operations planner", 4, 8},
         {"Samuel Osei", "Warehouse operations manager", 5, 6},
     }}},
}};

// Respondent indexes: 0 COO, 1 Head of Customer Service, 2 ERP lead, 3 Operations planner,
// 4 Data scientist (round 1) or Warehouse operations manager (round 2).
constexpr std::array<AnswerSpec, 33> kAnswers = {{
    // Round 1: the order-management rollback, seen from the room.
    {0,
     1,
     "pd_exception_handling",
     0,
     3,
     {},
     "The exception workflow was designed with the vendor and signed off by "
     "the steering group in April.",
     {}},
    {0,
     1,
     "pd_exception_handling",
     1,
     0,
     {},
     "The exception screen went live in week two and nobody on the order desk was shown how to use it. Orders on "
     "credit hold still end up in an email thread.",
     "Order desk training log, June to August 2025: no session on exceptions."},
    {0, 1, "pd_exception_handling", 3, 1, {}, {}, {}},
    {0,
     1,
     "ac_edge_cases_tested",
     2,
     2,
     {},
     "Edge cases were tested for single-depot orders only.",
     "ERP creates a second customer record when an order is split across two depots; 140 duplicates found in the "
     "October reconciliation."},
    {0, 1, "ac_edge_cases_tested", 4, 0, {}, "No test case covered split deliveries or back orders.", {}},
    {0,
     1,
     "et_experts_retained",
     0,
     2,
     {},
     "Two roles were removed as the planned productivity dividend; the remaining team was judged able to cover.",
     {}},
    {0,
     1,
     "et_experts_retained",
     1,
     0,
     {},
     "Both senior customer-service leads, who handled split deliveries and credit holds, left in the July "
     "reduction. Their checklists were never handed over.",
     "HR change record HR-2025-031, effective 31 July 2025."},
    {0, 1, "et_savings_timing", 4, kDontKnow, {}, "I never saw the business case.", {}},
    {0,
     1,
     "pg_business_result",
     0,
     kKeepGenerated,
     {},
     "The pilot cut manual entry errors by 62% on the orders it handled, but the gain never reached the order "
     "desk's cost per order.",
     "Pilot report, May 2025: entry error rate 4.2% before, 1.6% after, on 11,200 orders."},
    {0,
     1,
     "ac_data_quality",
     2,
     kKeepGenerated,
     {},
     "<b>urgent</b> check with ERP team whether the duplicate clean-up also covers returns.",
     {}},
    {0,
     1,
     "et_rollback_plan",
     3,
     kKeepGenerated,
     {},
     "The rollback to assisted use took three weeks because nobody had written down the old manual steps.",
     "Incident review IR-114, 9 September 2025."},
    // Round 1: the other initiatives.
    {0,
     2,
     "tk_edge_cases_recorded",
     3,
     1,
     {},
     "The Rotterdam fittings supplier is always two days late in December. That is in Jan's head, not in the model.",
     {}},
    {0,
     2,
     "tk_edge_cases_recorded",
     4,
     3,
     {},
     "Known promotions and supplier delays are flagged as model features.",
     {}},
    {0, 2, "tk_succession_risk", 0, 0, {}, "Two of the three senior buyers retire within 18 months.", {}},
    {0, 2, "tk_succession_risk", 3, 2, {}, {}, {}},
    {0,
     2,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "No plant or operational network involved: the forecast reads sales history from the ERP only.",
     {},
     {}},
    {0,
     3,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "No plant or operational network involved: invoices arrive through the mail gateway and go to the ERP only.",
     {},
     {}},
    {0,
     4,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "The agent works only in the customer-service mailbox and the CRM.",
     {},
     {}},
    {0,
     4,
     "ag_approval_limits",
     1,
     0,
     {},
     "The agent can already send replies that promise delivery dates; nobody "
     "set a limit.",
     "Pilot configuration export, 3 February 2026: automatic sending enabled for the delivery-status category."},
    {0, 4, "ag_audit_trail", 3, kDontKnow, {}, {}, {}},
    {0, 5, "pg_usage_spread", 0, 3, {}, {}, {}},
    {0,
     5,
     "pg_usage_spread",
     3,
     1,
     {},
     "Only one coordinator at the north depot uses the optimizer; she plans routes 40% faster. The other three "
     "still plan in the spreadsheet.",
     "Planner time log, weeks 2 to 5 of 2026."},
    {0, 5, "pg_team_baseline", 2, kDontKnow, {}, {}, {}},
    {0,
     5,
     "pg_business_result",
     3,
     kKeepGenerated,
     {},
     "Cost per drop and EBIT are unchanged since the pilot began.",
     "Depot cost report, January 2026: cost per drop 14.80 against 14.85 a year earlier."},
    // Round 2.
    {1,
     1,
     "pd_exception_handling",
     1,
     3,
     {},
     "All 14 order clerks were trained on the exception queue in May; credit holds now stay in the system.",
     {}},
    {1,
     1,
     "ac_edge_cases_tested",
     2,
     kKeepGenerated,
     {},
     "Split-order duplicates fixed in the June release; three duplicates in August, all from manual entries.",
     "ERP reconciliation report, August 2026."},
    {1,
     1,
     "tk_structured_capture",
     1,
     1,
     {},
     "Still no written rules for the split-delivery cases; the two leads who knew them are gone.",
     {}},
    {1,
     2,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "No plant or operational network involved: the forecast reads sales history from the ERP only.",
     {},
     {}},
    {1,
     3,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "No plant or operational network involved: invoices arrive through the mail gateway and go to the ERP only.",
     {},
     {}},
    {1,
     4,
     "ac_network_access",
     kAllRespondents,
     kNotApplicable,
     "The agent works only in the customer-service mailbox and the CRM.",
     {},
     {}},
    {1,
     4,
     "ag_owner_framework",
     0,
     kKeepGenerated,
     {},
     "An owner for AI decisions was named by the July steering "
     "group.",
     "Steering group minutes, 8 July 2026."},
    {1,
     5,
     "pg_workflow_changed",
     3,
     1,
     {},
     "Rolled out to the south depot; the north and east depots still plan by hand.",
     {}},
}};

constexpr std::array<ConsensusSpec, 5> kConsensus = {{
    {0, 1, "pd_exception_handling", 1,
     "Agreed in the room: the workflow exists on paper, but the order desk was never trained on it."},
    {0, 1, "ac_edge_cases_tested", 0,
     "Agreed: no list of integration edge cases existed before go-live; the split-order case was found in "
     "production."},
    {0, 5, "pg_usage_spread", 1, "Agreed: the gain comes from one champion, not from the team."},
    {1, 1, "pd_exception_handling", 3,
     "Agreed: training is done and the desk lead reviews the exception queue every morning."},
    {1, 4, "ag_approval_limits", 2, "Agreed: limits are set for credit notes, not yet for delivery promises."},
}};

constexpr std::array<ActionSpec, 10> kActions = {{
    {1, "efficiency_trap",
     "Bring one former senior customer-service lead back on a six-month contract to label the order exceptions the "
     "system still mishandles.",
     "Daniel Reyes", -120, ActionStatus::Done, "Contract signed in March; 310 exceptions labelled so far.",
     Band::Critical, 1},
    {1,
     "architectural_complexity",
     "List every order-split, back-order and multi-depot case in the ERP interface and add a duplicate-customer "
     "check before a record is written.",
     "Priya Natarajan",
     -90,
     ActionStatus::Done,
     {},
     Band::High,
     1},
    {1, "process_debt",
     "Train the whole order desk on the exception-handling workflow; the process owner signs off each exception type.",
     "Daniel Reyes", -14, ActionStatus::InProgress, "Credit holds and split deliveries done; returns still open.",
     Band::High, 1},
    {1,
     "pilot_proliferation",
     "Start no new AI pilot until order management runs without assistance for a full quarter.",
     "Margaret Olsen",
     -150,
     ActionStatus::Done,
     {},
     Band::Critical,
     0},
    {1,
     "efficiency_trap",
     "Write down the stability conditions that must hold for two quarters before any further order-desk savings are "
     "taken.",
     "Margaret Olsen",
     30,
     ActionStatus::Planned,
     {},
     Band::Moderate,
     0},
    {2, "tribal_knowledge",
     "Interview the three senior buyers about supplier delays and seasonal patterns; record each rule with an "
     "example order.",
     "Tomasz Kowalski", 21, ActionStatus::InProgress, "Two of three interviews held.", Band::High, 0},
    {4,
     "agentic_governance",
     "Set approval limits for the reply agent: no credit notes and no delivery promises without a team lead's "
     "confirmation.",
     "Daniel Reyes",
     -7,
     ActionStatus::InProgress,
     {},
     Band::Critical,
     0},
    {5,
     "productivity_gap",
     "Move all four route coordinators to the new planning workflow and set a depot target for delivery cost per "
     "drop.",
     "Ian Murray",
     60,
     ActionStatus::Planned,
     {},
     Band::High,
     0},
    {3, "architectural_complexity",
     "Add a monthly sample check of classified invoices against the accounts-payable ledger.", "Hannah Becker", -45,
     ActionStatus::Dropped, "Covered by the internal audit sample since April.", Band::Low, kNoRecommendation},
    {4,
     "productivity_gap",
     "Measure reply handling time per team before the pilot is extended to the second shift.",
     "Daniel Reyes",
     45,
     ActionStatus::Planned,
     {},
     Band::Moderate,
     0},
}};

constexpr std::array<TargetSpec, 9> kTargets = {{
    {1, "process_debt", 25},
    {1, "architectural_complexity", 25},
    {1, "tribal_knowledge", 40},
    {1, "efficiency_trap", 40},
    {2, "tribal_knowledge", 40},
    {3, "architectural_complexity", 25},
    {4, "agentic_governance", 25},
    {4, "productivity_gap", 40},
    {5, "productivity_gap", 40},
}};

} // namespace

Organization organization()
{
    return {"Northgate Distribution", "Wholesale distribution",
            "Regional distributor of building and plumbing supplies: three depots, about 420 employees and 9,000 "
            "active trade customers. The ERP dates from 1998 and has a customised order module. Sponsor: Margaret "
            "Olsen, COO. Goal of the engagement: understand why the AI order-management system was rolled back to "
            "assisted use, and decide which initiatives to take into production in 2026."};
}

Branding branding()
{
    Branding result;
    result.firmName = "Lastmile Advisory";
    result.accentColour = "#1F6FB2";
    result.footer = "Confidential \u2014 prepared for Northgate Distribution";
    result.pageSize = "a4";
    return result;
}

std::span<const InitiativeSpec> initiatives()
{
    return kInitiatives;
}

std::span<const RoundSpec> rounds()
{
    return kRounds;
}

std::span<const AnswerSpec> answers()
{
    return kAnswers;
}

std::span<const ConsensusSpec> consensus()
{
    return kConsensus;
}

std::span<const ActionSpec> actions()
{
    return kActions;
}

std::span<const TargetSpec> targets()
{
    return kTargets;
}

} // namespace lastmile::demo
