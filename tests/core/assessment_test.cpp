// SPDX-License-Identifier: Apache-2.0
#include "core/assessment.h"

#include <catch2/catch.hpp>

using namespace lastmile;

TEST_CASE("Stage ids are stable and read back")
{
    const std::pair<Stage, const char*> stages[] = {
        {Stage::Idea, "idea"},
        {Stage::Pilot, "pilot"},
        {Stage::Scaling, "scaling"},
        {Stage::Production, "production"},
        {Stage::RolledBack, "rolled_back"},
    };
    for (const auto& [stage, id] : stages) {
        CHECK(stageId(stage) == id);
        CHECK(stageFromId(id) == std::optional<Stage>(stage));
    }
    for (const char* id : {"", "Pilot", "rolled-back", "rolledback", "retired"}) {
        INFO(id);
        CHECK_FALSE(stageFromId(id).has_value());
    }
}

TEST_CASE("Action status ids are stable and read back")
{
    const std::pair<ActionStatus, const char*> statuses[] = {
        {ActionStatus::Planned, "planned"},
        {ActionStatus::InProgress, "in-progress"},
        {ActionStatus::Done, "done"},
        {ActionStatus::Dropped, "dropped"},
    };
    for (const auto& [status, id] : statuses) {
        CHECK(actionStatusId(status) == id);
        CHECK(actionStatusFromId(id) == std::optional<ActionStatus>(status));
    }
    for (const char* id : {"", "in_progress", "Done", "open"}) {
        INFO(id);
        CHECK_FALSE(actionStatusFromId(id).has_value());
    }
}

TEST_CASE("isIsoDate accepts real calendar dates as YYYY-MM-DD")
{
    for (const char* date :
         {"2026-01-01", "2026-12-31", "2026-03-31", "2028-02-29", "2000-02-29", "2026-02-28", "1999-04-30"}) {
        INFO(date);
        CHECK(isIsoDate(date));
    }
}

TEST_CASE("isIsoDate refuses impossible dates and other spellings")
{
    for (const char* date : {"2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                             "2026-01-32", "2026-1-01", "2026-01-1", "26-01-01", "2026/01/01", "2026-01-01T00:00",
                             " 2026-01-01", "2026-0a-01", "+026-01-01", "", "20260101"}) {
        INFO(date);
        CHECK_FALSE(isIsoDate(date));
    }
}
