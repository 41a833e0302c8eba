// SPDX-License-Identifier: Apache-2.0
#include "answer.h"

namespace lastmile {

bool isValidLevel(int level)
{
    return level >= kMinLevel && level <= kMaxLevel;
}

std::optional<Answer> answerFromToken(std::string_view token)
{
    if (token == "dk") {
        return Answer::dontKnow();
    }
    if (token == "na") {
        return Answer::notApplicable();
    }
    if (token.size() == 1 && token[0] >= '0' + kMinLevel && token[0] <= '0' + kMaxLevel) {
        return Answer::atLevel(token[0] - '0');
    }
    return std::nullopt;
}

std::string answerToken(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return std::to_string(answer.level);
    case Answer::Kind::DontKnow:
        return "dk";
    case Answer::Kind::NotApplicable:
        return "na";
    }
    return "dk";
}

} // namespace lastmile
