// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "problem.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace lastmile {

// Parses JSON text, refusing documents larger than maxBytes or nested deeper than maxDepth.
// On failure returns nullopt and appends the reason to problems.
std::optional<nlohmann::json> parseJsonDocument(std::string_view text, std::size_t maxBytes, int maxDepth,
                                                Problems& problems);

// Reads a whole file for parseJsonDocument; refuses files larger than maxBytes before reading.
std::optional<std::string> readTextFile(const std::string& path, std::size_t maxBytes, Problems& problems);

std::string jsonPointer(std::string_view parent, std::string_view key);
std::string jsonPointer(std::string_view parent, std::size_t index);

// Reads the fields of one JSON object, recording a Problem (with its JSON Pointer) for every
// missing, mistyped or unexpected field, so a validator can report everything at once.
class JsonObjectReader
{
public:
    JsonObjectReader(const nlohmann::json& value, std::string path, Problems& problems);

    bool isObject() const { return m_object != nullptr; }
    const std::string& path() const { return m_path; }
    std::string pathOf(std::string_view key) const { return jsonPointer(m_path, key); }

    std::optional<std::string> requiredString(std::string_view key, bool allowEmpty = false);
    std::optional<std::string> optionalString(std::string_view key);
    std::optional<double> requiredNumber(std::string_view key);
    std::optional<double> optionalNumber(std::string_view key);
    std::optional<std::int64_t> requiredInteger(std::string_view key);
    std::optional<std::int64_t> optionalInteger(std::string_view key);
    std::optional<bool> optionalBool(std::string_view key);
    const nlohmann::json* requiredArray(std::string_view key);
    const nlohmann::json* optionalArray(std::string_view key);
    const nlohmann::json* requiredObject(std::string_view key);
    const nlohmann::json* optionalObject(std::string_view key);

    // Reports every key that was not read, except those starting with "x-" and those allowed.
    void rejectUnknownKeys(std::initializer_list<std::string_view> allowed = {});

private:
    const nlohmann::json* field(std::string_view key, bool required);
    const nlohmann::json* typed(std::string_view key, bool required, nlohmann::json::value_t type,
                                std::string_view typeName);

    const nlohmann::json* m_object = nullptr;
    std::string m_path;
    Problems& m_problems;
    std::set<std::string, std::less<>> m_read;
};

} // namespace lastmile
