// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "band.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lastmile {

inline constexpr int kBankFormatVersion = 1;
inline constexpr std::string_view kBankFormat = "lastmile-question-bank";

// An action the bank recommends for a friction in a given severity band.
struct RecommendedAction
{
    std::string id;
    std::string title;
    std::string text;
    std::string owner; // the role that typically owns it
};

struct Question
{
    std::string id;
    std::string text;
    std::string help;
    double weight = 1.0;
    std::array<std::string, 5> levels; // behavioural anchors for levels 0..4
};

struct Friction
{
    std::string id; // one of kFrictionIds
    std::string name;
    std::string description;
    double weight = 1.0; // weight in the readiness index
    std::vector<Question> questions;
    std::array<std::vector<RecommendedAction>, 4> actions; // indexed by Band

    const std::vector<RecommendedAction>& actionsFor(Band band) const
    {
        return actions[static_cast<std::size_t>(band)];
    }
};

// A validated question bank. Only bank_loader makes these from files; a QuestionBank is
// always complete and consistent.
struct QuestionBank
{
    int formatVersion = kBankFormatVersion;
    std::string id;
    std::string name;
    std::string contentVersion;
    std::string language;
    std::string description;
    std::array<std::string, 5> scale = {"Not in place", "Started", "Partly in place", "Largely in place",
                                        "Fully in place"};
    std::vector<Friction> frictions;

    const Friction* findFriction(std::string_view frictionId) const;
    const Question* findQuestion(std::string_view questionId) const;
    const Friction* frictionOfQuestion(std::string_view questionId) const;
    std::size_t questionCount() const;
};

} // namespace lastmile
