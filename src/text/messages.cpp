// SPDX-License-Identifier: Apache-2.0
#include "messages.h"

namespace lastmile::text {

namespace {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

QString fileMessage(const QString& file, const QString& reason)
{
    // One line, whatever a system or SQLite message inside the reason contains.
    return (file + QStringLiteral(": ") + reason).simplified();
}

QString Messages::storageError(const storage::StorageError& error)
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

QString Messages::storageErrorDetail(const storage::StorageError& error)
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

QString Messages::storageErrorWithDetail(const storage::StorageError& error)
{
    const QString detail = storageErrorDetail(error);
    return detail.isEmpty() ? storageError(error) : tr("%1 (%2)").arg(storageError(error), detail);
}

QString Messages::problem(const Problem& problem)
{
    const QString detail = q(problem.detail);
    QString reason;
    switch (problem.kind) {
    case ProblemKind::Unreadable:
        reason = tr("cannot be read (%1)").arg(detail);
        break;
    case ProblemKind::TooLarge:
        reason = tr("too large (the limit is %1 bytes)").arg(detail);
        break;
    case ProblemKind::Syntax:
        reason = tr("not valid JSON (%1)").arg(detail);
        break;
    case ProblemKind::TooDeep:
        reason = tr("nested too deeply (the limit is %1 levels)").arg(detail);
        break;
    case ProblemKind::DuplicateKey:
        reason = tr("the field \"%1\" is given more than once; each field may appear only once").arg(detail);
        break;
    case ProblemKind::MissingField:
        reason = tr("missing required field");
        break;
    case ProblemKind::WrongType:
        reason = tr("wrong type, expected %1").arg(detail);
        break;
    case ProblemKind::EmptyValue:
        reason = tr("must not be empty");
        break;
    case ProblemKind::UnknownKey:
        reason = tr("unknown field \"%1\" (extensions must start with \"x-\")").arg(detail);
        break;
    case ProblemKind::UnsupportedFormat:
        reason = tr("unsupported format \"%1\"").arg(detail);
        break;
    case ProblemKind::UnsupportedVersion:
        reason = tr("unsupported format version %1").arg(detail);
        break;
    case ProblemKind::BadId:
        reason = tr("invalid id \"%1\" (lower-case letters, digits, \"_\", \".\", \"-\"; starting with a letter; at "
                    "most 64 characters)")
                     .arg(detail);
        break;
    case ProblemKind::DuplicateId:
        reason = tr("duplicate id \"%1\"").arg(detail);
        break;
    case ProblemKind::UnknownFriction:
        reason = tr("unknown friction id \"%1\"").arg(detail);
        break;
    case ProblemKind::UnknownReference:
        reason = tr("refers to \"%1\", which does not exist").arg(detail);
        break;
    case ProblemKind::LevelCount:
        reason = tr("must have exactly 5 levels (0 to 4), found %1").arg(detail);
        break;
    case ProblemKind::BadWeight:
        reason = tr("weight must be a number above 0 (at most 10 for a question), found %1").arg(detail);
        break;
    case ProblemKind::OutOfRange:
        reason = tr("value out of range: %1").arg(detail);
        break;
    case ProblemKind::BadValue:
        reason = tr("invalid value \"%1\"").arg(detail);
        break;
    }
    if (problem.path.empty()) {
        return reason;
    }
    return q(problem.path) + QStringLiteral(": ") + reason;
}

QString Messages::finding(const storage::Finding& finding)
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

QString Messages::band(Band band)
{
    switch (band) {
    case Band::Low:
        return tr("low");
    case Band::Moderate:
        return tr("moderate");
    case Band::High:
        return tr("high");
    case Band::Critical:
        return tr("critical");
    }
    return {};
}

QString Messages::stage(Stage stage)
{
    switch (stage) {
    case Stage::Idea:
        return tr("idea");
    case Stage::Pilot:
        return tr("pilot");
    case Stage::Scaling:
        return tr("scaling");
    case Stage::Production:
        return tr("production");
    case Stage::RolledBack:
        return tr("rolled back");
    }
    return {};
}

QString Messages::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned:
        return tr("planned");
    case ActionStatus::InProgress:
        return tr("in progress");
    case ActionStatus::Done:
        return tr("done");
    case ActionStatus::Dropped:
        return tr("dropped");
    }
    return {};
}

} // namespace lastmile::text
