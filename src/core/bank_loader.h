// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "problem.h"
#include "question_bank.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace lastmile {

inline constexpr std::size_t kMaxBankBytes = 4 * 1024 * 1024;
inline constexpr int kMaxBankDepth = 64;

// A bank, or every problem that kept it from loading; never a half-loaded bank.
struct BankLoadResult
{
    std::optional<QuestionBank> bank;
    Problems problems;

    bool ok() const { return bank.has_value(); }
};

BankLoadResult parseBank(std::string_view jsonText);
BankLoadResult loadBankFile(const std::string& path);
// Validates a bank that is part of a larger document; problem paths are relative to it.
BankLoadResult bankFromJson(const nlohmann::json& document);

// The bank as JSON text in the documented format; parseBank(serializeBank(b)) gives b back.
std::string serializeBank(const QuestionBank& bank);
nlohmann::json bankToJson(const QuestionBank& bank);

bool isValidId(std::string_view id);

} // namespace lastmile
