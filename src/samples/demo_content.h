// SPDX-License-Identifier: Apache-2.0
#pragma once

// The text tables of the demo engagement (Northgate Distribution). Only demo_assessment.cpp
// reads them; it turns them into an Assessment against whatever bank it is given.

#include "core/assessment.h"
#include "core/assessment_data.h"
#include "core/band.h"
#include "core/friction.h"

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace lastmile::demo {

inline constexpr int kRoundCount = 2;
inline constexpr int kRespondentsPerRound = 5;

// AnswerSpec::respondent: every respondent of the round.
inline constexpr int kAllRespondents = -1;

// AnswerSpec::answer: a level 0..4, or one of these.
inline constexpr int kDontKnow = -1;
inline constexpr int kNotApplicable = -2;
inline constexpr int kKeepGenerated = -3; // only adds a note or evidence to the generated answer

// ActionSpec::recommendationIndex when the action does not come from the bank.
inline constexpr int kNoRecommendation = -1;

struct InitiativeSpec
{
    std::int64_t id;
    std::string_view name;
    std::string_view businessFunction;
    std::string_view owner;
    Stage stage;
    std::string_view targetOutcome;
    // The friction score (0..100) the answers are drawn around, per round, in kFrictionIds order.
    std::array<std::array<double, kFrictionIds.size()>, kRoundCount> intendedScores;
};

struct RespondentSpec
{
    std::string_view name;
    std::string_view role;
    int raisesPercent; // how often this person answers one level above the room
    int lowersPercent; // how often one level below
};

struct RoundSpec
{
    std::string_view name;
    std::string_view heldOn;
    std::array<RespondentSpec, kRespondentsPerRound> respondents;
};

// A specific answer, note or evidence; round and respondent are indexes (0-based) into the tables.
struct AnswerSpec
{
    int round;
    std::int64_t initiativeId;
    std::string_view questionId;
    int respondent;
    int answer;
    std::string_view reason; // for kNotApplicable
    std::string_view note;
    std::string_view evidence;
};

struct ConsensusSpec
{
    int round;
    std::int64_t initiativeId;
    std::string_view questionId;
    int level;
    std::string_view note;
};

struct ActionSpec
{
    std::int64_t initiativeId;
    std::string_view frictionId;
    std::string_view text;
    std::string_view owner;
    int dueInDays; // relative to the day the demo is made, so some are always overdue and some ahead
    ActionStatus status;
    std::string_view note;
    Band recommendationBand;
    int recommendationIndex; // into the bank's actions for that friction and band, or kNoRecommendation
};

struct TargetSpec
{
    std::int64_t initiativeId;
    std::string_view frictionId;
    double score;
};

Organization organization();
Branding branding();
std::span<const InitiativeSpec> initiatives();
std::span<const RoundSpec> rounds();
std::span<const AnswerSpec> answers();
std::span<const ConsensusSpec> consensus();
std::span<const ActionSpec> actions();
std::span<const TargetSpec> targets();

} // namespace lastmile::demo
