// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lastmile::session {

// What the reveal is made of: the round's respondents (the roster, in order) and the open
// question's answers by respondent id.
struct RevealSource
{
    const std::vector<Respondent>* respondents = nullptr;
    const std::map<std::int64_t, AnswerRecord>* answers = nullptr;
    bool anonymous = false;
};

// What one phone is shown: only the open question, this phone's own answer and, after the
// reveal, the distribution.
struct RoomState
{
    const char* phase = "closed"; // "closed", "collecting" or "revealed"
    int position = 0;             // the open item's index in the agenda, from 0
    int count = 0;                // items in the agenda
    int secondsLeft = -1;         // on the time box; -1 without one
    QString initiativeName;
    const Question* question = nullptr; // null when closed
    const Friction* friction = nullptr;
    const std::array<std::string, 5>* scale = nullptr;
    std::optional<Answer> mine;
    std::optional<RevealSource> reveal; // only when revealed
};

// The "state" message (docs/workshop-phones.md, "Protocol"). After the reveal it holds the
// counts per level, don't know and not applicable, the answered count and roster size, the
// median, spread and disagreement (core/room_tally), and the names under each answer unless the
// reveal is anonymous.
QByteArray roomStateMessage(const RoomState& state);

} // namespace lastmile::session
