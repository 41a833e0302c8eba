// SPDX-License-Identifier: Apache-2.0
#include "open_checks.h"

#include "schema.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <vector>

namespace lastmile::storage {

namespace {

constexpr std::size_t kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3"; // followed by a NUL byte

std::uint32_t bigEndian32(const unsigned char* bytes)
{
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) |
           std::uint32_t(bytes[3]);
}

std::string folderOf(const std::string& path)
{
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

using SchemaRow = std::tuple<std::string, std::string, std::string, std::string>;

std::vector<SchemaRow> schemaRows(SQLite::Database& db)
{
    std::vector<SchemaRow> rows;
    SQLite::Statement query(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
    while (query.executeStep()) {
        rows.emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString(),
                          query.getColumn(2).getString(), query.getColumn(3).getString());
    }
    return rows;
}

const std::vector<SchemaRow>& expectedSchemaRows()
{
    static const std::vector<SchemaRow> rows = [] {
        SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        memory.exec(std::string(schemaSql()));
        return schemaRows(memory);
    }();
    return rows;
}

} // namespace

Result<FileHeader> inspectHeader(const std::string& path)
{
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        return errorFromErrno(errno, path);
    }
    if (!S_ISREG(info.st_mode)) {
        return StorageError{ErrorCode::NotSqlite, path, "not a regular file"};
    }
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return errorFromErrno(errno, path);
    }
    std::array<unsigned char, kHeaderSize> header{};
    const ssize_t got = ::pread(fd, header.data(), header.size(), 0);
    const int readError = errno;
    ::close(fd);
    if (got < 0) {
        return errorFromErrno(readError, path);
    }
    if (static_cast<std::size_t>(got) < kHeaderSize || std::memcmp(header.data(), kSqliteMagic, 16) != 0) {
        return StorageError{ErrorCode::NotSqlite, path, {}};
    }
    const auto applicationId = static_cast<std::int32_t>(bigEndian32(header.data() + 68));
    const auto userVersion = static_cast<std::int32_t>(bigEndian32(header.data() + 60));
    if (applicationId != kApplicationId || userVersion < 1) {
        return StorageError{ErrorCode::NotLastmile, path, {}};
    }
    if (userVersion > kSchemaVersion) {
        return StorageError{ErrorCode::NewerVersion, path, std::to_string(userVersion)};
    }
    return FileHeader{userVersion};
}

Status checkWritable(const std::string& path)
{
    // A file without any write permission bit was marked read-only on purpose; respect that
    // even for users (like root) whom the system would let write.
    struct stat info {};
    const bool markedReadOnly = ::stat(path.c_str(), &info) == 0 && (info.st_mode & 0222) == 0;
    if (markedReadOnly || ::access(path.c_str(), W_OK) != 0 || ::access(folderOf(path).c_str(), W_OK) != 0) {
        return StorageError{ErrorCode::ReadOnlyLocation, path, {}};
    }
    return success();
}

Result<int> acquireWriterLock(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return errorFromErrno(errno, path);
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK) {
            return StorageError{ErrorCode::InUse, path, {}};
        }
        return errorFromErrno(error, path);
    }
    return fd;
}

void releaseWriterLock(int fd)
{
    if (fd >= 0) {
        ::flock(fd, LOCK_UN);
        ::close(fd);
    }
}

void harden(SQLite::Database& db)
{
    sqlite3* handle = db.getHandle();
    sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    db.exec("PRAGMA cell_size_check = ON");
}

Status verifySchema(SQLite::Database& db, const std::string& path, int schemaVersion)
{
    if (schemaVersion != kSchemaVersion) {
        return StorageError{ErrorCode::NotLastmile, path, "schema version " + std::to_string(schemaVersion)};
    }
    const std::vector<SchemaRow> actual = schemaRows(db);
    const std::vector<SchemaRow>& expected = expectedSchemaRows();
    for (const SchemaRow& row : actual) {
        if (std::find(expected.begin(), expected.end(), row) == expected.end()) {
            return StorageError{ErrorCode::UnexpectedSchema, path, std::get<0>(row) + " " + std::get<1>(row)};
        }
    }
    for (const SchemaRow& row : expected) {
        if (std::find(actual.begin(), actual.end(), row) == actual.end()) {
            return StorageError{ErrorCode::UnexpectedSchema, path, "missing " + std::get<0>(row) + " " +
                                                                       std::get<1>(row)};
        }
    }
    return success();
}

Status quickCheck(SQLite::Database& db, const std::string& path)
{
    SQLite::Statement check(db, "PRAGMA quick_check(1)");
    if (!check.executeStep() || check.getColumn(0).getString() != "ok") {
        return StorageError{ErrorCode::Corrupt, path, check.hasRow() ? check.getColumn(0).getString() : ""};
    }
    return success();
}

Status publishFile(const std::string& temporaryPath, const std::string& path)
{
    if (::link(temporaryPath.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporaryPath.c_str());
        return errorFromErrno(error, path);
    }
    ::unlink(temporaryPath.c_str());
    const int folder = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return success();
}

std::string temporarySibling(const std::string& path)
{
    static std::mt19937_64 generator{std::random_device{}()};
    const std::filesystem::path target(path);
    const std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                             std::to_string(generator() % 1000000000ULL);
    return (target.parent_path() / name).string();
}

} // namespace lastmile::storage
