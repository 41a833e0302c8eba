// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "answer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lastmile {

// The domain of an assessment file, as plain values. Ids are the file's own row ids.

enum class Stage { Idea, Pilot, Scaling, Production, RolledBack };
std::string_view stageId(Stage stage); // "idea", "pilot", "scaling", "production", "rolled_back"
std::optional<Stage> stageFromId(std::string_view id);

struct Organization
{
    std::string name;
    std::string sector;
    std::string notes;
};

struct Initiative
{
    std::int64_t id = 0;
    std::string name;
    std::string businessFunction;
    std::string owner;
    Stage stage = Stage::Pilot;
    std::string targetOutcome;
    bool archived = false;
};

// A round of assessment ("2026-Q1 workshop"). Its question bank is a frozen copy, stored
// with the round, so an old round always reads against the questions it was asked with.
struct Round
{
    std::int64_t id = 0;
    std::string name;
    std::string heldOn; // ISO date, YYYY-MM-DD
};

struct Respondent
{
    std::int64_t id = 0;
    std::int64_t roundId = 0;
    std::string name;
    std::string role;
};

enum class ActionStatus { Planned, InProgress, Done, Dropped };
std::string_view actionStatusId(ActionStatus status); // "planned", "in-progress", "done", "dropped"
std::optional<ActionStatus> actionStatusFromId(std::string_view id);

struct Action
{
    std::int64_t id = 0;
    std::int64_t initiativeId = 0;
    std::string frictionId;
    std::string text;
    std::string owner;
    std::string due; // ISO date or empty
    ActionStatus status = ActionStatus::Planned;
    std::string note;
    std::string recommendationId; // the bank action it came from, if any
};

// The friction score (0..100) the organization agreed to reach for one initiative.
struct Target
{
    std::int64_t initiativeId = 0;
    std::string frictionId;
    double score = 0.0;
};

bool isIsoDate(std::string_view text); // YYYY-MM-DD, a real calendar date

} // namespace lastmile
