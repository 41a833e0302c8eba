// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lastmile {

inline constexpr int kMinLevel = 0;
inline constexpr int kMaxLevel = 4; // 0 = not in place ... 4 = fully in place

// One answer to one question: a level, "don't know", or "not applicable" with a reason.
struct Answer
{
    enum class Kind { Level, DontKnow, NotApplicable };

    Kind kind = Kind::DontKnow;
    int level = 0;      // meaningful when kind == Level
    std::string reason; // meaningful when kind == NotApplicable

    static Answer atLevel(int level) { return {Kind::Level, level, {}}; }
    static Answer dontKnow() { return {Kind::DontKnow, 0, {}}; }
    static Answer notApplicable(std::string reason = {}) { return {Kind::NotApplicable, 0, std::move(reason)}; }

    bool isLevel() const { return kind == Kind::Level; }
    bool operator==(const Answer&) const = default;
};

bool isValidLevel(int level);

// The command-line and interchange spelling: "0".."4", "dk", "na".
std::optional<Answer> answerFromToken(std::string_view token);
std::string answerToken(const Answer& answer);

// One respondent's answer in a round.
struct RespondentAnswer
{
    std::int64_t respondentId = 0;
    Answer answer;
};

} // namespace lastmile
