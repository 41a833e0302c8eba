// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <vector>

namespace lastmile {

// What is wrong with one place of an input document (a question bank, an interchange file).
// Front ends phrase it for the user; the core only says what and where.
enum class ProblemKind {
    Unreadable,         // detail: the system's reason
    TooLarge,           // detail: the limit in bytes
    Syntax,             // detail: the parser's message (line and column), without the library's tags
    TooDeep,            // detail: the nesting limit
    DuplicateKey,       // path names the key given twice in one object; detail: the key
    MissingField,       // path names the missing field
    WrongType,          // detail: the expected type (string, number, integer, array, object, boolean)
    EmptyValue,         // a string or array that must not be empty
    UnknownKey,         // path names the unexpected key
    UnsupportedFormat,  // detail: the format string found
    UnsupportedVersion, // detail: the version found
    BadId,              // detail: the id
    DuplicateId,        // detail: the id
    UnknownFriction,    // detail: the id
    UnknownReference,   // detail: the id that refers to nothing
    LevelCount,         // detail: how many levels were given
    BadWeight,          // detail: the weight
    OutOfRange,         // detail: the value
    BadValue,           // detail: the value
};

struct Problem
{
    ProblemKind kind;
    std::string path; // JSON Pointer (RFC 6901) to the place, "" for the whole document
    std::string detail;

    bool operator==(const Problem&) const = default;
};

using Problems = std::vector<Problem>;

} // namespace lastmile
