// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/storage_error.h"

#include <string>

namespace lastmile::repository {

enum class ErrorCode {
    Connect,             // the server could not be reached or refused the login; detail: libpq's reason
    Denied,              // the role may not do this (SQLSTATE 42501, row-level security); detail: the server's text
    NotInitialized,      // the database has no Lastmile repository yet (`repo init` creates it)
    NewerVersion,        // the repository was set up by a newer Lastmile; detail: its schema version
    OlderVersion,        // the repository needs `repo init` to upgrade it; detail: its schema version
    UnknownEngagement,   // detail: the id or name given
    AmbiguousEngagement, // a name that several engagements share; detail: the name
    Invalid,             // the data breaks a rule of the repository (a constraint); detail: which
    Lost,                // the connection broke during the operation; nothing was committed
    Server,              // any other error the server reported; detail: its text
    WorkingCopy,         // the working copy could not be written; the repository was left as it was; detail: why
    Cancelled,           // the caller's Progress returned false; nothing was committed, nothing written
    UnknownConflict,     // no such open conflict in the engagement; detail: the conflict's number
    Unavailable,         // the desktop app's repository module could not be loaded; detail: why (src/modules)
};

// What went wrong talking to a repository; `address` is the connection string without any
// password (displayAddress), so it can be shown and logged.
struct RepoError
{
    ErrorCode code = ErrorCode::Server;
    std::string address;
    std::string detail;
};

template <typename T> using Result = storage::Result<T, RepoError>;
using Status = Result<storage::Done>;

// `address` (a libpq URI "postgresql://user:secret@host/db?..." or a keyword string
// "host=... password=secret ...") with every password removed; everything else is kept.
std::string displayAddress(const std::string& address);

} // namespace lastmile::repository
