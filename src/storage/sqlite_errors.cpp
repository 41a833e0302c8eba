// SPDX-License-Identifier: Apache-2.0
#include "sqlite_errors.h"

#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace lastmile::storage {

StorageError errorFromSqlite(const SQLite::Exception& exception, const std::string& path)
{
    const std::string detail = exception.getErrorStr();
    switch (exception.getErrorCode()) {
    case SQLITE_NOTADB:
        return {ErrorCode::NotSqlite, path, detail};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt, path, exception.what()};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::InUse, path, detail};
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, path, detail};
    case SQLITE_READONLY:
        if (exception.getExtendedErrorCode() == SQLITE_READONLY_ROLLBACK) {
            return {ErrorCode::NeedsRecovery, path, detail};
        }
        return {ErrorCode::ReadOnlyLocation, path, detail};
    case SQLITE_PERM:
        return {ErrorCode::ReadOnlyLocation, path, detail};
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io, path, detail};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Invalid, path, exception.what()};
    default:
        return {ErrorCode::Io, path, exception.what()};
    }
}

StorageError errorFromErrno(int error, const std::string& path)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return {ErrorCode::NotFound, path, std::strerror(error)};
    case EISDIR:
        return {ErrorCode::NotAFile, path, std::strerror(error)};
    case ENOSPC:
    case EDQUOT:
        return {ErrorCode::DiskFull, path, std::strerror(error)};
    case EACCES:
    case EPERM:
    case EROFS:
        return {ErrorCode::ReadOnlyLocation, path, std::strerror(error)};
    case EEXIST:
        return {ErrorCode::AlreadyExists, path, std::strerror(error)};
    default:
        return {ErrorCode::Io, path, std::strerror(error)};
    }
}

} // namespace lastmile::storage
