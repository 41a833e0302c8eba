// SPDX-License-Identifier: Apache-2.0
#include "open_checks.h"

#include "schema.h"
#include "sqlite_errors.h"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <random>
#include <sqlite3.h>
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

std::vector<SchemaRow> schemaRowsOf(int version)
{
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    memory.exec(std::string(schemaSql(version)));
    return schemaRows(memory);
}

// The rows of each version are made once, on the first file of that version: making them
// executes the whole schema in memory, which for every version at once was most of the work of
// reading a library row at start-up. Thread-safe: files are opened on several threads.
const std::vector<SchemaRow>& expectedSchemaRows(int version)
{
    static std::array<std::once_flag, kSchemaVersion> made;
    static std::array<std::vector<SchemaRow>, kSchemaVersion> byVersion;
    const auto index = static_cast<std::size_t>(std::clamp(version, 1, kSchemaVersion) - 1);
    std::call_once(made[index], [index] { byVersion[index] = schemaRowsOf(static_cast<int>(index) + 1); });
    return byVersion[index];
}

} // namespace

Status checkIsFile(const std::string& path)
{
    struct stat info
    {
    };
    if (::stat(path.c_str(), &info) != 0) {
        const int error = errno;
        return error == EACCES ? StorageError{ErrorCode::NoPermission, path, {}} : errorFromErrno(error, path);
    }
    if (!S_ISREG(info.st_mode)) {
        return StorageError{ErrorCode::NotAFile, path, {}};
    }
    return success();
}

Result<FileHeader> inspectHeader(int fd, const std::string& path)
{
    std::array<unsigned char, kHeaderSize> header{};
    const ssize_t got = ::pread(fd, header.data(), header.size(), 0);
    if (got < 0) {
        return errorFromErrno(errno, path);
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
    if (header[18] != 1 || header[19] != 1) { // 2 would be write-ahead logging
        return StorageError{ErrorCode::UnexpectedSchema, path, "write-ahead log journal mode"};
    }
    return FileHeader{userVersion};
}

bool hasJournal(const std::string& path)
{
    struct stat info
    {
    };
    return ::stat((path + "-journal").c_str(), &info) == 0 && info.st_size > 0;
}

Status checkWritable(const std::string& path)
{
    // A file without any write permission bit was marked read-only on purpose; respect that
    // even for users (like root) whom the system would let write.
    struct stat info
    {
    };
    const bool markedReadOnly = ::stat(path.c_str(), &info) == 0 && (info.st_mode & 0222) == 0;
    if (markedReadOnly || ::access(path.c_str(), W_OK) != 0 || ::access(folderOf(path).c_str(), W_OK) != 0) {
        return StorageError{ErrorCode::ReadOnlyLocation, path, {}};
    }
    return success();
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

void enableOwnTriggers(SQLite::Database& db)
{
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
}

Status verifySchema(SQLite::Database& db, const std::string& path, int version)
{
    const std::vector<SchemaRow> actual = schemaRows(db);
    const std::vector<SchemaRow>& expected = expectedSchemaRows(version);
    for (const SchemaRow& row : actual) {
        if (std::find(expected.begin(), expected.end(), row) == expected.end()) {
            return StorageError{ErrorCode::UnexpectedSchema, path, std::get<0>(row) + " " + std::get<1>(row)};
        }
    }
    for (const SchemaRow& row : expected) {
        if (std::find(actual.begin(), actual.end(), row) == actual.end()) {
            return StorageError{ErrorCode::UnexpectedSchema, path,
                                "missing " + std::get<0>(row) + " " + std::get<1>(row)};
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
    // Read-only connections ignore CHECK constraints when they load the schema, so the rules
    // that protect the scores are checked again by the reader (assessment_tables.cpp).
    return success();
}

namespace {

std::string quoted(const std::string& identifier)
{
    std::string result = "\"";
    for (char c : identifier) {
        result += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return result + '"';
}

} // namespace

Status indexCheck(SQLite::Database& db, const std::string& path)
{
    std::vector<std::pair<std::string, std::string>> indexes; // index, table
    {
        SQLite::Statement list(db, "SELECT name, tbl_name FROM sqlite_schema WHERE type = 'index' ORDER BY name");
        while (list.executeStep()) {
            indexes.emplace_back(list.getColumn(0).getString(), list.getColumn(1).getString());
        }
    }
    for (const auto& [index, table] : indexes) {
        SQLite::Statement info(db, "PRAGMA index_info(" + quoted(index) + ")");
        if (!info.executeStep() || info.getColumn(2).isNull()) {
            continue; // no index of the schema is on an expression
        }
        const std::string column = quoted(info.getColumn(2).getString());
        // count(*) alone would count whichever index is smallest; the condition, true of every
        // row, makes SQLite walk this index.
        const std::int64_t entries =
            db.execAndGet("SELECT count(*) FROM " + quoted(table) + " INDEXED BY " + quoted(index) + " WHERE " +
                          column + " IS NOT NULL OR " + column + " IS NULL")
                .getInt64();
        const std::int64_t rows = db.execAndGet("SELECT count(*) FROM " + quoted(table) + " NOT INDEXED").getInt64();
        if (entries != rows) {
            return StorageError{ErrorCode::Corrupt, path, "wrong # of entries in index " + index};
        }
    }
    return success();
}

namespace {

void syncPath(const std::string& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd); // a temporary file or a folder: no SQLite connection has it open
    }
}

// Gives `from` the name `to` unless `to` exists. 0 or an errno value.
int renameNoReplace(const std::string& from, const std::string& to)
{
    if (::link(from.c_str(), to.c_str()) == 0) {
        ::unlink(from.c_str());
        return 0;
    }
    const int linkError = errno;
    if (linkError != EPERM && linkError != EOPNOTSUPP && linkError != ENOSYS && linkError != EMLINK) {
        return linkError; // EEXIST among them
    }
    // File systems without hard links (FAT, exFAT, some network shares).
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
        return errno;
    }
    // Last resort: claim the name with an exclusive create, then rename over the claim.
    const int claim = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (claim < 0) {
        return errno;
    }
    ::close(claim);
    if (::rename(from.c_str(), to.c_str()) != 0) {
        const int error = errno;
        ::unlink(to.c_str());
        return error;
    }
    return 0;
}

} // namespace

Status publishFile(const std::string& temporaryPath, const std::string& path)
{
    syncPath(temporaryPath, O_RDONLY);
    const int error = renameNoReplace(temporaryPath, path);
    if (error != 0) {
        removeTemporary(temporaryPath);
        return errorFromErrno(error, path);
    }
    syncPath(folderOf(path), O_RDONLY | O_DIRECTORY);
    return success();
}

Status writeConsistentCopy(SQLite::Database& source, const std::string& path)
{
    std::error_code ignored;
    if (std::filesystem::exists(path, ignored)) {
        return StorageError{ErrorCode::AlreadyExists, path, {}};
    }
    const std::string temporary = temporarySibling(path);
    try {
        SQLite::Database copy(temporary, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(copy, source);
        backup.executeStep(); // all pages, in one consistent read of the source
    } catch (const SQLite::Exception& error) {
        removeTemporary(temporary);
        return errorFromSqlite(error, path);
    }
    return publishFile(temporary, path);
}

void removeTemporary(const std::string& path)
{
    ::unlink(path.c_str());
    ::unlink((path + "-journal").c_str());
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
