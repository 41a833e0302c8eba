// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QDate>
#include <QString>
#include <array>
#include <optional>
#include <string>

namespace lastmile::app {

inline constexpr std::array<ActionStatus, 4> kActionStatuses = {ActionStatus::Planned, ActionStatus::InProgress,
                                                                ActionStatus::Done, ActionStatus::Dropped};

// A status as a label in lists and forms ("In progress"): the shared wording, capitalized.
QString actionStatusLabel(ActionStatus status);

// The friction's name in the bank of the latest round (the bank the engagement uses now), or
// its id when no round's bank names it.
QString frictionName(const Assessment& assessment, const std::string& frictionId);

// The scores of one initiative in the latest round, or nothing when there is no round.
std::optional<InitiativeScore> latestScore(const Assessment& assessment, std::int64_t initiativeId);

// Planned or in progress, and due before `today`.
bool isOverdue(const Action& action, const QDate& today);

} // namespace lastmile::app
