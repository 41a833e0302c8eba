// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage_error.h"

#include <SQLiteCpp/Exception.h>

namespace lastmile::storage {

// Maps SQLite's result codes to the errors a user can act on.
StorageError errorFromSqlite(const SQLite::Exception& exception, const std::string& path);
StorageError errorFromErrno(int error, const std::string& path);

} // namespace lastmile::storage
