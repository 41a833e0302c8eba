// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <optional>
#include <string>
#include <utility>

namespace lastmile::storage {

enum class ErrorCode {
    NotFound,         // the file (or the folder it should go in) does not exist
    NotAFile,         // a folder or a device, not a file
    NoPermission,     // the file may not be read by this user
    NotSqlite,        // not an SQLite database at all
    NotLastmile,      // an SQLite database, but not a Lastmile file
    Corrupt,          // quick_check or the index check failed, or SQLite reported corruption
    NewerVersion,     // written by a newer Lastmile; detail: the file's schema version
    UnexpectedSchema, // tables, triggers or views that a Lastmile file does not have; detail: the object
    ReadOnlyLocation, // the file or its folder cannot be written
    NeedsRecovery,    // an edit was interrupted (a hot journal is beside the file) and it cannot be repaired here
    ReadOnlyFile,     // an edit was attempted on a file opened for reading only
    InUse,            // another Lastmile process has the file open for writing
    AlreadyExists,    // the output file exists and will not be overwritten
    DiskFull,
    Io,        // any other system error; detail: its text
    UnknownId, // detail: the id or name that names nothing
    Invalid,   // the data breaks a rule of the file; detail: which
};

// What went wrong, with the file concerned; the file is unchanged.
struct StorageError
{
    ErrorCode code = ErrorCode::Io;
    std::string path;
    std::string detail;
};

// A value, or the error that kept it from being made. Other storage libraries (the
// repository) use it with their own error type.
template <typename T, typename Error = StorageError> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace lastmile::storage
