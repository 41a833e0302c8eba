// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lastmile::storage {

std::string encodeBase64(const std::vector<unsigned char>& bytes);
// Standard alphabet with padding; nullopt for anything else.
std::optional<std::vector<unsigned char>> decodeBase64(std::string_view text);

} // namespace lastmile::storage
