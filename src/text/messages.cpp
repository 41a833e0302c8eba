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
