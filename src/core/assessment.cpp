// SPDX-License-Identifier: Apache-2.0
#include "assessment.h"

#include <array>
#include <chrono>

namespace lastmile {

namespace {

constexpr std::array<std::string_view, 5> kStageIds = {"idea", "pilot", "scaling", "production", "rolled_back"};
constexpr std::array<std::string_view, 4> kActionStatusIds = {"planned", "in-progress", "done", "dropped"};

} // namespace

std::string_view stageId(Stage stage)
{
    return kStageIds[static_cast<std::size_t>(stage)];
}

std::optional<Stage> stageFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kStageIds.size(); ++i) {
        if (kStageIds[i] == id) {
            return static_cast<Stage>(i);
        }
    }
    return std::nullopt;
}

std::string_view actionStatusId(ActionStatus status)
{
    return kActionStatusIds[static_cast<std::size_t>(status)];
}

std::optional<ActionStatus> actionStatusFromId(std::string_view id)
{
    for (std::size_t i = 0; i < kActionStatusIds.size(); ++i) {
        if (kActionStatusIds[i] == id) {
            return static_cast<ActionStatus>(i);
        }
    }
    return std::nullopt;
}

bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8};
    const std::size_t lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9') {
                return false;
            }
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    const std::chrono::year_month_day date{std::chrono::year(parts[0]), std::chrono::month(unsigned(parts[1])),
                                           std::chrono::day(unsigned(parts[2]))};
    return date.ok();
}

} // namespace lastmile
