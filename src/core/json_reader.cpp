// SPDX-License-Identifier: Apache-2.0
#include "json_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <vector>

namespace lastmile {

namespace {

struct TooDeepError
{
};

struct DuplicateKeyError
{
    std::string path;
    std::string key;
};

// Follows the parser through the document to know the JSON Pointer of every key, and refuses a
// key given twice in one object (the parser itself would keep the last one silently).
class KeyTracker
{
public:
    void operator()(nlohmann::json::parse_event_t event, const nlohmann::json& parsed)
    {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            m_frames.push_back({event == Event::array_start, 0, {}, childPath(), {}});
            break;
        case Event::key: {
            Frame& frame = m_frames.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second) {
                throw DuplicateKeyError{jsonPointer(frame.path, frame.key), frame.key};
            }
            break;
        }
        case Event::object_end:
        case Event::array_end:
            m_frames.pop_back();
            advance();
            break;
        case Event::value:
            advance();
            break;
        }
    }

private:
    struct Frame
    {
        bool array = false;
        std::size_t index = 0;
        std::set<std::string, std::less<>> keys;
        std::string path;
        std::string key;
    };

    std::string childPath() const
    {
        if (m_frames.empty()) {
            return {};
        }
        const Frame& parent = m_frames.back();
        return parent.array ? jsonPointer(parent.path, parent.index) : jsonPointer(parent.path, parent.key);
    }

    void advance()
    {
        if (!m_frames.empty() && m_frames.back().array) {
            ++m_frames.back().index;
        }
    }

    std::vector<Frame> m_frames;
};

// The parser's message without its "[json.exception.parse_error.101] " tag.
std::string withoutLibraryTag(std::string message)
{
    if (!message.empty() && message.front() == '[') {
        const std::size_t end = message.find("] ");
        if (end != std::string::npos) {
            message.erase(0, end + 2);
        }
    }
    return message;
}

} // namespace

std::optional<nlohmann::json> parseJsonDocument(std::string_view text, std::size_t maxBytes, int maxDepth,
                                                Problems& problems)
{
    if (text.size() > maxBytes) {
        problems.push_back({ProblemKind::TooLarge, "", std::to_string(maxBytes)});
        return std::nullopt;
    }
    KeyTracker keys;
    const auto check = [maxDepth, &keys](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        // The parser reports the start of an object or array at its parent's depth.
        const bool opens =
            event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start;
        if (depth + (opens ? 1 : 0) > maxDepth) {
            throw TooDeepError{};
        }
        keys(event, parsed);
        return true;
    };
    try {
        return nlohmann::json::parse(text.begin(), text.end(), check);
    } catch (const TooDeepError&) {
        problems.push_back({ProblemKind::TooDeep, "", std::to_string(maxDepth)});
    } catch (const DuplicateKeyError& error) {
        problems.push_back({ProblemKind::DuplicateKey, error.path, error.key});
    } catch (const nlohmann::json::exception& error) {
        problems.push_back({ProblemKind::Syntax, "", withoutLibraryTag(error.what())});
    }
    return std::nullopt;
}

std::optional<std::string> readTextFile(const std::string& path, std::size_t maxBytes, Problems& problems)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0) {
        problems.push_back({ProblemKind::Unreadable, "", std::strerror(errno)});
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        problems.push_back({ProblemKind::Unreadable, "", "not a regular file"});
        return std::nullopt;
    }
    if (static_cast<std::size_t>(info.st_size) > maxBytes) {
        problems.push_back({ProblemKind::TooLarge, "", std::to_string(maxBytes)});
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({ProblemKind::Unreadable, "", std::strerror(errno)});
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        problems.push_back({ProblemKind::Unreadable, "", "read error"});
        return std::nullopt;
    }
    return std::move(content).str();
}

std::string jsonPointer(std::string_view parent, std::string_view key)
{
    std::string result(parent);
    result += '/';
    for (char c : key) {
        if (c == '~') {
            result += "~0";
        } else if (c == '/') {
            result += "~1";
        } else {
            result += c;
        }
    }
    return result;
}

std::string jsonPointer(std::string_view parent, std::size_t index)
{
    return std::string(parent) + '/' + std::to_string(index);
}

JsonObjectReader::JsonObjectReader(const nlohmann::json& value, std::string path, Problems& problems)
    : m_path(std::move(path)), m_problems(problems)
{
    if (value.is_object()) {
        m_object = &value;
    } else {
        m_problems.push_back({ProblemKind::WrongType, m_path, "object"});
    }
}

const nlohmann::json* JsonObjectReader::field(std::string_view key, bool required)
{
    if (!m_object) {
        return nullptr;
    }
    m_read.emplace(key);
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (required) {
            m_problems.push_back({ProblemKind::MissingField, pathOf(key), {}});
        }
        return nullptr;
    }
    return &*it;
}

const nlohmann::json* JsonObjectReader::typed(std::string_view key, bool required, nlohmann::json::value_t type,
                                              std::string_view typeName)
{
    const nlohmann::json* value = field(key, required);
    if (!value) {
        return nullptr;
    }
    const bool matches = type == nlohmann::json::value_t::number_float ? value->is_number() : value->type() == type;
    if (!matches) {
        m_problems.push_back({ProblemKind::WrongType, pathOf(key), std::string(typeName)});
        return nullptr;
    }
    return value;
}

std::optional<std::string> JsonObjectReader::requiredString(std::string_view key, bool allowEmpty)
{
    const nlohmann::json* value = typed(key, true, nlohmann::json::value_t::string, "string");
    if (!value) {
        return std::nullopt;
    }
    std::string text = value->get<std::string>();
    if (!allowEmpty && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        m_problems.push_back({ProblemKind::EmptyValue, pathOf(key), {}});
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> JsonObjectReader::optionalString(std::string_view key)
{
    const nlohmann::json* value = typed(key, false, nlohmann::json::value_t::string, "string");
    return value ? std::optional<std::string>(value->get<std::string>()) : std::nullopt;
}

std::optional<double> JsonObjectReader::requiredNumber(std::string_view key)
{
    const nlohmann::json* value = typed(key, true, nlohmann::json::value_t::number_float, "number");
    return value ? std::optional<double>(value->get<double>()) : std::nullopt;
}

std::optional<double> JsonObjectReader::optionalNumber(std::string_view key)
{
    const nlohmann::json* value = typed(key, false, nlohmann::json::value_t::number_float, "number");
    return value ? std::optional<double>(value->get<double>()) : std::nullopt;
}

namespace {

std::optional<std::int64_t> asInteger(const nlohmann::json& value)
{
    if (value.is_number_integer()) {
        if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            return std::nullopt;
        }
        return value.get<std::int64_t>();
    }
    return std::nullopt;
}

} // namespace

std::optional<std::int64_t> JsonObjectReader::requiredInteger(std::string_view key)
{
    const nlohmann::json* value = field(key, true);
    if (!value) {
        return std::nullopt;
    }
    const auto integer = asInteger(*value);
    if (!integer) {
        m_problems.push_back({ProblemKind::WrongType, pathOf(key), "integer"});
    }
    return integer;
}

std::optional<std::int64_t> JsonObjectReader::optionalInteger(std::string_view key)
{
    const nlohmann::json* value = field(key, false);
    if (!value) {
        return std::nullopt;
    }
    const auto integer = asInteger(*value);
    if (!integer) {
        m_problems.push_back({ProblemKind::WrongType, pathOf(key), "integer"});
    }
    return integer;
}

std::optional<bool> JsonObjectReader::optionalBool(std::string_view key)
{
    const nlohmann::json* value = typed(key, false, nlohmann::json::value_t::boolean, "boolean");
    return value ? std::optional<bool>(value->get<bool>()) : std::nullopt;
}

const nlohmann::json* JsonObjectReader::requiredArray(std::string_view key)
{
    return typed(key, true, nlohmann::json::value_t::array, "array");
}

const nlohmann::json* JsonObjectReader::optionalArray(std::string_view key)
{
    return typed(key, false, nlohmann::json::value_t::array, "array");
}

const nlohmann::json* JsonObjectReader::requiredObject(std::string_view key)
{
    return typed(key, true, nlohmann::json::value_t::object, "object");
}

const nlohmann::json* JsonObjectReader::optionalObject(std::string_view key)
{
    return typed(key, false, nlohmann::json::value_t::object, "object");
}

void JsonObjectReader::rejectUnknownKeys(std::initializer_list<std::string_view> allowed)
{
    if (!m_object) {
        return;
    }
    for (const auto& [key, value] : m_object->items()) {
        if (m_read.count(key) != 0 || key.rfind("x-", 0) == 0) {
            continue;
        }
        bool isAllowed = false;
        for (std::string_view name : allowed) {
            isAllowed = isAllowed || name == key;
        }
        if (!isAllowed) {
            m_problems.push_back({ProblemKind::UnknownKey, pathOf(key), key});
        }
    }
}

} // namespace lastmile
