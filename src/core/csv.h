// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lastmile {

// One CSV field (RFC 4180), safe to open in a spreadsheet: a value that starts with = + - @,
// a tab or a carriage return is prefixed with an apostrophe so it is never run as a formula.
std::string csvField(std::string_view value);
std::string csvRow(const std::vector<std::string>& fields); // ends with "\r\n"

} // namespace lastmile
