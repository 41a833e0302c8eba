// SPDX-License-Identifier: Apache-2.0
#include "repository_messages.h"

#include "storage_text/storage_messages.h"
#include "text/messages.h"

#include <QStringList>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace lastmile::text {

namespace {

using nlohmann::json;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

std::int64_t number(const QStringList& parts, int index)
{
    return parts.value(index).toLongLong();
}

const RoundData* findRound(const Assessment& assessment, std::int64_t id)
{
    for (const RoundData& round : assessment.rounds) {
        if (round.round.id == id) {
            return &round;
        }
    }
    return nullptr;
}

// A thing's name from the working copy, else from the row's own values, else its id: "“name”".
template <typename Find> QString named(Find&& find, const json& values, std::int64_t id)
{
    if (const std::string* name = find(); name && !name->empty()) {
        return QStringLiteral("“%1”").arg(fromStd(*name));
    }
    if (values.is_object() && values.contains("name") && values["name"].is_string()) {
        return QStringLiteral("“%1”").arg(fromStd(values["name"].get<std::string>()));
    }
    return QStringLiteral("#%1").arg(id);
}

QString initiativeName(const Assessment& assessment, std::int64_t id, const json& values = {})
{
    return named(
        [&]() -> const std::string* {
            for (const Initiative& initiative : assessment.initiatives) {
                if (initiative.id == id) {
                    return &initiative.name;
                }
            }
            return nullptr;
        },
        values, id);
}

QString roundName(const Assessment& assessment, std::int64_t id, const json& values = {})
{
    return named(
        [&]() -> const std::string* {
            const RoundData* round = findRound(assessment, id);
            return round ? &round->round.name : nullptr;
        },
        values, id);
}

QString respondentName(const Assessment& assessment, std::int64_t id, const json& values = {})
{
    return named(
        [&]() -> const std::string* {
            for (const RoundData& round : assessment.rounds) {
                for (const Respondent& respondent : round.respondents) {
                    if (respondent.id == id) {
                        return &respondent.name;
                    }
                }
            }
            return nullptr;
        },
        values, id);
}

// The question's text from the round's frozen bank, else its id; with its friction's name.
QString questionText(const Assessment& assessment, std::int64_t roundId, const std::string& questionId)
{
    if (const RoundData* round = findRound(assessment, roundId)) {
        for (const Friction& friction : round->bank.frictions) {
            for (const Question& question : friction.questions) {
                if (question.id == questionId) {
                    return QStringLiteral("“%1” (%2)").arg(fromStd(question.text), fromStd(friction.name));
                }
            }
        }
    }
    return fromStd(questionId);
}

// The friction's name in the newest round's bank that has it, else its id.
QString frictionName(const Assessment& assessment, const std::string& id)
{
    for (auto round = assessment.rounds.rbegin(); round != assessment.rounds.rend(); ++round) {
        if (const Friction* friction = round->bank.findFriction(id)) {
            return fromStd(friction->name);
        }
    }
    return fromStd(id);
}

QString scalar(const json& value)
{
    if (value.is_string()) {
        return fromStd(value.get<std::string>());
    }
    if (value.is_null()) {
        return {};
    }
    return fromStd(value.dump());
}

} // namespace

QString RepositoryMessages::error(const repository::RepoError& error)
{
    using repository::ErrorCode;
    const QString detail = fromStd(error.detail);
    QString text;
    bool detailSaid = false;
    switch (error.code) {
    case ErrorCode::Connect:
        text = tr("cannot connect to the repository; check the address, the network and your password "
                  "(~/.pgpass or PGPASSWORD)");
        break;
    case ErrorCode::Denied:
        text = tr("your role may not do this in the repository; ask its administrator");
        break;
    case ErrorCode::NotInitialized:
        text = tr("there is no Lastmile repository in this database yet; an administrator creates it with "
                  "\"lastmile-cli repo init\"");
        break;
    case ErrorCode::NewerVersion:
        text = tr("the repository was set up by a newer version of Lastmile (schema version %1); update "
                  "Lastmile to use it")
                   .arg(detail);
        detailSaid = true;
        break;
    case ErrorCode::OlderVersion:
        text = tr("the repository needs an upgrade (schema version %1); an administrator runs "
                  "\"lastmile-cli repo init\"")
                   .arg(detail);
        detailSaid = true;
        break;
    case ErrorCode::UnknownEngagement:
        text = tr("no engagement \"%1\" that you can see").arg(detail);
        detailSaid = true;
        break;
    case ErrorCode::AmbiguousEngagement:
        text = tr("several engagements are named \"%1\"; give its id (see \"lastmile-cli repo list\")").arg(detail);
        detailSaid = true;
        break;
    case ErrorCode::Invalid:
        text = tr("the repository refused the data; nothing was changed");
        break;
    case ErrorCode::Lost:
        text = tr("the connection to the repository broke; nothing was changed, try again");
        break;
    case ErrorCode::Server:
        text = tr("the repository reported an error; nothing was changed");
        break;
    case ErrorCode::WorkingCopy:
        text = tr("the working copy could not be written; nothing was changed");
        break;
    case ErrorCode::Cancelled:
        text = tr("cancelled; nothing was changed in the repository or the working copy");
        break;
    case ErrorCode::UnknownConflict:
        text = tr("the engagement has no open conflict %1 (see \"lastmile-cli repo conflicts\")").arg(detail);
        detailSaid = true;
        break;
    case ErrorCode::Unavailable:
        text = tr("the team repository cannot be used: %1").arg(detail);
        detailSaid = true;
        break;
    }
    if (!detailSaid && !error.detail.empty()) {
        text += QStringLiteral(" (%1)").arg(detail.simplified()); // the server's own words, on one line
    }
    return text;
}

QString RepositoryMessages::copyError(const repository::CopyError& error)
{
    using Kind = repository::CopyError::Kind;
    const QString path = fromStd(error.file.path);
    switch (error.kind) {
    case Kind::File:
        break;
    case Kind::Repository:
        return fileMessage(fromStd(error.repository.address), RepositoryMessages::error(error.repository));
    case Kind::NotWorkingCopy:
        return fileMessage(path, tr("the file is not a working copy of a repository; add it to one with "
                                    "\"lastmile-cli repo push FILE URI\""));
    case Kind::NotReplaced:
        return fileMessage(path, tr("the repository has the merge, but the file could not be replaced (%1); run "
                                    "the sync again")
                                     .arg(fromStd(error.file.detail)));
    }
    return fileMessage(path, StorageMessages::storageErrorWithDetail(error.file));
}

QString RepositoryMessages::conflictKind(const std::string& kind)
{
    if (kind == "both_changed") {
        return tr("changed here and in the repository");
    }
    if (kind == "both_added") {
        return tr("added here and in the repository with different values");
    }
    if (kind == "deleted_here") {
        return tr("deleted here, changed in the repository");
    }
    if (kind == "deleted_there") {
        return tr("changed here, deleted in the repository");
    }
    return tr("changed, but what it belongs to was deleted");
}

QString RepositoryMessages::conflictKept(const std::string& kind, bool keptLocal)
{
    if (kind == "parent_gone") {
        return tr("left out; both values are kept with the conflict");
    }
    return keptLocal ? tr("your value was kept; the other is kept with the conflict")
                     : tr("the repository's value was kept; yours is kept with the conflict");
}

QString RepositoryMessages::conflictRow(const std::string& table, const std::string& key, const std::string& values,
                                        const Assessment& assessment)
{
    const QStringList parts = fromStd(key).split(QLatin1Char('/'));
    const json row = values.empty() ? json() : json::parse(values, nullptr, false);
    if (table == "answer" && parts.size() == 4) {
        return tr("answer of %1 to %2 for %3, round %4")
            .arg(respondentName(assessment, number(parts, 3)),
                 questionText(assessment, number(parts, 0), parts[2].toStdString()),
                 initiativeName(assessment, number(parts, 1)), roundName(assessment, number(parts, 0)));
    }
    if (table == "consensus" && parts.size() == 3) {
        return tr("agreed answer to %1 for %2, round %3")
            .arg(questionText(assessment, number(parts, 0), parts[2].toStdString()),
                 initiativeName(assessment, number(parts, 1)), roundName(assessment, number(parts, 0)));
    }
    if (table == "initiative") {
        return tr("initiative %1").arg(initiativeName(assessment, number(parts, 0), row));
    }
    if (table == "round") {
        return tr("round %1").arg(roundName(assessment, number(parts, 0), row));
    }
    if (table == "respondent") {
        return tr("respondent %1").arg(respondentName(assessment, number(parts, 0), row));
    }
    if (table == "action") {
        const QString text = row.is_object() && row.contains("text") ? scalar(row["text"]) : QString();
        return text.isEmpty() ? tr("action #%1").arg(number(parts, 0)) : tr("action “%1”").arg(text);
    }
    if (table == "target" && parts.size() == 2) {
        return tr("target for %1 on %2")
            .arg(initiativeName(assessment, number(parts, 0)), frictionName(assessment, parts[1].toStdString()));
    }
    if (table == "agenda") {
        return tr("agenda of round %1").arg(roundName(assessment, number(parts, 0)));
    }
    if (table == "branding") {
        return tr("report branding");
    }
    if (table == "engagement") {
        return tr("engagement profile");
    }
    return QStringLiteral("%1 %2").arg(fromStd(table), fromStd(key));
}

QString RepositoryMessages::conflictValue(const std::string& table, const std::string& values)
{
    if (values.empty()) {
        return tr("no row (deleted)");
    }
    const json row = json::parse(values, nullptr, false);
    if (!row.is_object()) {
        return fromStd(values);
    }
    QStringList said;
    if (table == "answer" || table == "consensus") {
        const std::string kind = row.value("kind", std::string());
        if (kind == "level" && row.contains("level") && row["level"].is_number()) {
            said << tr("level %1").arg(row["level"].get<int>());
        } else if (kind == "na") {
            said << tr("not applicable: %1").arg(scalar(row.value("reason", json(""))));
        } else {
            said << tr("don't know");
        }
        for (const auto& [column, label] : {std::pair{"note", tr("note")}, std::pair{"evidence", tr("evidence")}}) {
            if (const QString value = row.contains(column) ? scalar(row[column]) : QString(); !value.isEmpty()) {
                said << QStringLiteral("%1: %2").arg(label, value);
            }
        }
        return said.join(QStringLiteral("; "));
    }
    static const char* const skipped[] = {"engagement_id", "uuid", "rev", "rev_by", "rev_at", "bank_json", "logo"};
    for (const auto& [column, value] : row.items()) {
        if (std::find(std::begin(skipped), std::end(skipped), column) != std::end(skipped)) {
            continue;
        }
        said << QStringLiteral("%1: %2").arg(fromStd(column), scalar(value));
    }
    return said.join(QStringLiteral("; "));
}

} // namespace lastmile::text
