// SPDX-License-Identifier: Apache-2.0
#include "storage_messages.h"

namespace lastmile::text {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString StorageMessages::storageError(const storage::StorageError& error)
{
    using storage::ErrorCode;
    const QString detail = q(error.detail);
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("no such file or folder");
    case ErrorCode::NotAFile:
        return tr("a folder or device, not a file");
    case ErrorCode::NoPermission:
        return tr("you do not have permission to read this file");
    case ErrorCode::NeedsRecovery:
        return tr("the file was not closed properly and an unfinished edit must be undone first; open it once "
                  "where it can be written, keeping the file ending in \"-journal\" next to it");
    case ErrorCode::NotSqlite:
        return tr("not a Lastmile file; check that you chose the right file, or ask the sender for the .lastmile "
                  "file again");
    case ErrorCode::NotLastmile:
        return tr("not a Lastmile file (it belongs to another application); choose a .lastmile file");
    case ErrorCode::Corrupt:
        return tr("the file is damaged and cannot be read safely; restore it from a backup");
    case ErrorCode::NewerVersion:
        return tr("the file was written by a newer version of Lastmile (file format %1); update Lastmile to open it")
            .arg(detail);
    case ErrorCode::UnexpectedSchema:
        return tr("the file is not laid out as Lastmile writes its files, so it was not opened; ask the sender for "
                  "a fresh copy");
    case ErrorCode::ReadOnlyLocation:
        return tr("the file or its folder cannot be written; open it read-only or copy it somewhere writable");
    case ErrorCode::ReadOnlyFile:
        return tr("the file is open read-only and cannot be changed");
    case ErrorCode::InUse:
        return tr("the file is open for writing in another Lastmile window or process; close it there first");
    case ErrorCode::AlreadyExists:
        return tr("the file already exists; choose another name");
    case ErrorCode::DiskFull:
        return tr("the disk is full; nothing was changed");
    case ErrorCode::Io:
        return tr("the file could not be read or written; check that its disk or network folder is still "
                  "connected, then try again");
    case ErrorCode::UnknownId:
        return tr("unknown %1").arg(detail);
    case ErrorCode::Invalid:
        return tr("the file holds data that Lastmile does not accept, so nothing was changed; restore it from a "
                  "backup if this persists");
    }
    return detail;
}

QString StorageMessages::storageErrorDetail(const storage::StorageError& error)
{
    using storage::ErrorCode;
    switch (error.code) {
    case ErrorCode::NotSqlite:
        return tr("it is not an SQLite database");
    case ErrorCode::NotLastmile:
        return tr("an SQLite database without Lastmile's application id");
    case ErrorCode::UnexpectedSchema:
    case ErrorCode::Io:
    case ErrorCode::Invalid:
        return q(error.detail);
    default:
        return {};
    }
}

QString StorageMessages::storageErrorWithDetail(const storage::StorageError& error)
{
    const QString detail = storageErrorDetail(error);
    return detail.isEmpty() ? storageError(error) : tr("%1 (%2)").arg(storageError(error), detail);
}

QString StorageMessages::finding(const storage::Finding& finding)
{
    const QString detail = q(finding.detail);
    switch (finding.kind) {
    case storage::Finding::Kind::Integrity:
        return tr("integrity check failed: %1").arg(detail);
    case storage::Finding::Kind::ForeignKey:
        return tr("rows in table %1 refer to rows that do not exist").arg(detail);
    case storage::Finding::Kind::BadBank:
        return tr("the question bank of round \"%1\" does not load").arg(detail);
    case storage::Finding::Kind::UnknownQuestion:
        return tr("answers to question \"%1\", which is not in its round's question bank").arg(detail);
    case storage::Finding::Kind::InvalidRow:
        return tr("a row breaks the rules of the file (%1)").arg(detail);
    }
    return detail;
}

} // namespace lastmile::text
