// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment.h"
#include "text/messages.h"

#include <QString>
#include <array>

namespace lastmile::app {

inline constexpr std::array<Stage, 5> kStages = {Stage::Idea, Stage::Pilot, Stage::Scaling, Stage::Production,
                                                 Stage::RolledBack};

// A stage as a label in lists and forms: the shared wording, starting with a capital.
inline QString stageLabel(Stage stage)
{
    QString label = text::Messages::stage(stage);
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

} // namespace lastmile::app
