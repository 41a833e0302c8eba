// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "question_bank.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lastmile {

// The longest time box a question can have, in seconds (docs/workshop.md: an agenda item is a
// discussion, not a break).
inline constexpr int kMaxTimeBoxSeconds = 3600;

// One question the room answers, for one initiative, with an optional time box.
struct AgendaItem
{
    std::int64_t initiativeId = 0;
    std::string questionId;
    int timeBoxSeconds = 0; // 0 = no time box; otherwise 1..kMaxTimeBoxSeconds

    bool operator==(const AgendaItem&) const = default;
};

// What the room answers in one round, in order, and where it stands. Questions left out are
// simply unanswered (coverage shows it), never "not applicable" (docs/workshop.md, "Agenda").
struct Agenda
{
    std::int64_t roundId = 0;
    std::vector<AgendaItem> items;
    int position = 0;             // index into items of the question the room is on; 0 when empty
    bool anonymousReveal = false; // the reveal shows counts per level without names

    bool operator==(const Agenda&) const = default;
    const AgendaItem* current() const;
};

// Every question of `bank`, friction by friction in the bank's order, for each initiative in
// `initiativeIds` in turn, with no time box: the agenda a round has until the facilitator
// plans one.
Agenda fullAgenda(std::int64_t roundId, const QuestionBank& bank, const std::vector<std::int64_t>& initiativeIds);

// The items of `bank` whose friction is in `frictionIds` (all when empty) and whose question
// is in `questionIds` (all when empty), for each initiative in turn, each with `timeBoxSeconds`.
std::vector<AgendaItem> agendaItems(const QuestionBank& bank, const std::vector<std::int64_t>& initiativeIds,
                                    const std::vector<std::string>& frictionIds,
                                    const std::vector<std::string>& questionIds, int timeBoxSeconds);

// Why an agenda cannot be kept for its round, or nothing when it can: a question for which
// `isRoundQuestion` is false (not in the round's bank), a time box outside
// 0..kMaxTimeBoxSeconds, the same initiative and question twice, or a position outside the
// items. Initiative ids are checked by storage.
std::optional<std::string> agendaProblem(const Agenda& agenda,
                                         const std::function<bool(const std::string&)>& isRoundQuestion);

} // namespace lastmile
