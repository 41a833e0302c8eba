// SPDX-License-Identifier: Apache-2.0
#include "assessment_tables.h"

#include "core/bank_loader.h"
#include "core/friction.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <map>
#include <sqlite3.h>

namespace lastmile::storage {

namespace {

std::string answerKind(const Answer& answer)
{
    switch (answer.kind) {
    case Answer::Kind::Level:
        return "level";
    case Answer::Kind::DontKnow:
        return "dk";
    case Answer::Kind::NotApplicable:
        return "na";
    }
    return "dk";
}

Answer answerFromRow(const char* table, const SQLite::Column& kind, const SQLite::Column& level,
                     const SQLite::Column& reason)
{
    const std::string kindText = kind.getString();
    if (kindText == "level") {
        if (level.getType() != SQLITE_INTEGER || !isValidLevel(static_cast<int>(level.getInt64()))) {
            throw InvalidRow(std::string(table) + ": level " + level.getString());
        }
        return Answer::atLevel(level.getInt());
    }
    if (!level.isNull()) {
        throw InvalidRow(std::string(table) + ": a level with kind " + kindText);
    }
    if (kindText == "na") {
        return Answer::notApplicable(reason.getString());
    }
    if (kindText == "dk") {
        return Answer::dontKnow();
    }
    throw InvalidRow(std::string(table) + ": answer kind " + kindText);
}

std::int64_t idOf(const char* table, const SQLite::Column& column)
{
    if (column.getType() != SQLITE_INTEGER) {
        throw InvalidRow(std::string(table) + ": id " + column.getString());
    }
    return column.getInt64();
}

std::string frictionOf(const char* table, const SQLite::Column& column)
{
    std::string id = column.getString();
    if (!isKnownFrictionId(id)) {
        throw InvalidRow(std::string(table) + ": friction " + id);
    }
    return id;
}

std::string dateOf(const char* table, const SQLite::Column& column)
{
    std::string date = column.getString();
    if (!date.empty() && !isIsoDate(date)) {
        throw InvalidRow(std::string(table) + ": date " + date);
    }
    return date;
}

RoundData& roundOf(std::map<std::int64_t, RoundData*>& rounds, const char* table, const SQLite::Column& column)
{
    const auto found = rounds.find(idOf(table, column));
    if (found == rounds.end()) {
        throw InvalidRow(std::string(table) + ": round " + column.getString());
    }
    return *found->second;
}

void readRespondents(SQLite::Database& db, std::map<std::int64_t, RoundData*>& rounds)
{
    SQLite::Statement respondents(db, "SELECT id, round_id, name, role FROM respondent ORDER BY round_id, id");
    while (respondents.executeStep()) {
        Respondent respondent{idOf("respondent", respondents.getColumn(0)),
                              idOf("respondent", respondents.getColumn(1)), respondents.getColumn(2).getString(),
                              respondents.getColumn(3).getString()};
        roundOf(rounds, "respondent", respondents.getColumn(1)).respondents.push_back(std::move(respondent));
    }
}

} // namespace

void readRoundAnswers(SQLite::Database& db, RoundData& round)
{
    round.answers.clear();
    round.consensus.clear();
    SQLite::Statement answers(db, "SELECT initiative_id, question_id, respondent_id, kind, level, reason, note, "
                                  "evidence FROM answer WHERE round_id = ? "
                                  "ORDER BY initiative_id, question_id, respondent_id");
    answers.bind(1, round.round.id);
    while (answers.executeStep()) {
        AnswerRecord record;
        record.initiativeId = idOf("answer", answers.getColumn(0));
        record.questionId = answers.getColumn(1).getString();
        record.respondentId = idOf("answer", answers.getColumn(2));
        record.answer = answerFromRow("answer", answers.getColumn(3), answers.getColumn(4), answers.getColumn(5));
        record.note = answers.getColumn(6).getString();
        record.evidence = answers.getColumn(7).getString();
        round.answers.push_back(std::move(record));
    }
    SQLite::Statement consensus(db, "SELECT initiative_id, question_id, kind, level, reason, note FROM consensus "
                                    "WHERE round_id = ? ORDER BY initiative_id, question_id");
    consensus.bind(1, round.round.id);
    while (consensus.executeStep()) {
        ConsensusRecord record;
        record.initiativeId = idOf("consensus", consensus.getColumn(0));
        record.questionId = consensus.getColumn(1).getString();
        record.answer =
            answerFromRow("consensus", consensus.getColumn(2), consensus.getColumn(3), consensus.getColumn(4));
        record.note = consensus.getColumn(5).getString();
        round.consensus.push_back(std::move(record));
    }
}

std::optional<AnswerRecord> readAnswer(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId,
                                       const std::string& questionId, std::int64_t respondentId)
{
    SQLite::Statement query(db, "SELECT kind, level, reason, note, evidence FROM answer WHERE round_id = ? AND "
                                "initiative_id = ? AND question_id = ? AND respondent_id = ?");
    query.bind(1, roundId);
    query.bind(2, initiativeId);
    query.bind(3, questionId);
    query.bind(4, respondentId);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return AnswerRecord{initiativeId,
                        questionId,
                        respondentId,
                        answerFromRow("answer", query.getColumn(0), query.getColumn(1), query.getColumn(2)),
                        query.getColumn(3).getString(),
                        query.getColumn(4).getString()};
}

std::optional<ConsensusRecord> readConsensus(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId,
                                             const std::string& questionId)
{
    SQLite::Statement query(db, "SELECT kind, level, reason, note FROM consensus WHERE round_id = ? AND "
                                "initiative_id = ? AND question_id = ?");
    query.bind(1, roundId);
    query.bind(2, initiativeId);
    query.bind(3, questionId);
    if (!query.executeStep()) {
        return std::nullopt;
    }
    return ConsensusRecord{initiativeId, questionId,
                           answerFromRow("consensus", query.getColumn(0), query.getColumn(1), query.getColumn(2)),
                           query.getColumn(3).getString()};
}

InitiativeResponses readInitiativeResponses(SQLite::Database& db, std::int64_t roundId, std::int64_t initiativeId)
{
    InitiativeResponses responses;
    // Both queries use the primary key's prefix; rows come in question order.
    SQLite::Statement answers(db, "SELECT question_id, respondent_id, kind, level, reason FROM answer "
                                  "WHERE round_id = ? AND initiative_id = ?");
    answers.bind(1, roundId);
    answers.bind(2, initiativeId);
    auto at = responses.end();
    while (answers.executeStep()) {
        const char* question = answers.getColumn(0).getText();
        if (at == responses.end() || at->first != question) {
            at = responses.try_emplace(responses.end(), question);
        }
        at->second.answers.push_back(
            {idOf("answer", answers.getColumn(1)),
             answerFromRow("answer", answers.getColumn(2), answers.getColumn(3), answers.getColumn(4))});
    }
    SQLite::Statement consensus(db, "SELECT question_id, kind, level, reason FROM consensus "
                                    "WHERE round_id = ? AND initiative_id = ?");
    consensus.bind(1, roundId);
    consensus.bind(2, initiativeId);
    while (consensus.executeStep()) {
        responses[consensus.getColumn(0).getString()].consensus =
            answerFromRow("consensus", consensus.getColumn(1), consensus.getColumn(2), consensus.getColumn(3));
    }
    return responses;
}

void bindAnswer(SQLite::Statement& statement, int first, const Answer& answer)
{
    statement.bind(first, answerKind(answer));
    if (answer.isLevel()) {
        statement.bind(first + 1, answer.level);
    } else {
        statement.bind(first + 1);
    }
    statement.bind(first + 2, answer.kind == Answer::Kind::NotApplicable ? answer.reason : std::string());
}

Organization readOrganization(SQLite::Database& db)
{
    SQLite::Statement organization(db, "SELECT name, sector, notes FROM organization WHERE id = 1");
    if (!organization.executeStep()) {
        return {};
    }
    return {organization.getColumn(0).getString(), organization.getColumn(1).getString(),
            organization.getColumn(2).getString()};
}

std::vector<Initiative> readInitiatives(SQLite::Database& db)
{
    std::vector<Initiative> result;
    SQLite::Statement initiatives(db, "SELECT id, name, business_function, owner, stage, target_outcome, archived "
                                      "FROM initiative ORDER BY position, id");
    while (initiatives.executeStep()) {
        Initiative initiative;
        initiative.id = idOf("initiative", initiatives.getColumn(0));
        initiative.name = initiatives.getColumn(1).getString();
        initiative.businessFunction = initiatives.getColumn(2).getString();
        initiative.owner = initiatives.getColumn(3).getString();
        const auto stage = stageFromId(initiatives.getColumn(4).getString());
        if (!stage) {
            throw InvalidRow("initiative: stage " + initiatives.getColumn(4).getString());
        }
        initiative.stage = *stage;
        initiative.targetOutcome = initiatives.getColumn(5).getString();
        initiative.archived = initiatives.getColumn(6).getInt() != 0;
        result.push_back(std::move(initiative));
    }
    return result;
}

std::vector<RoundData> readRounds(SQLite::Database& db)
{
    std::vector<RoundData> result;
    SQLite::Statement rounds(db, "SELECT id, name, held_on, bank_json FROM round ORDER BY position, id");
    while (rounds.executeStep()) {
        RoundData round;
        round.round = {idOf("round", rounds.getColumn(0)), rounds.getColumn(1).getString(),
                       dateOf("round", rounds.getColumn(2))};
        BankLoadResult bank = parseBank(rounds.getColumn(3).getString());
        if (!bank.ok()) {
            throw InvalidRow("round \"" + round.round.name + "\": its stored question bank does not load");
        }
        round.bank = std::move(*bank.bank);
        result.push_back(std::move(round));
    }
    std::map<std::int64_t, RoundData*> byId;
    for (RoundData& round : result) {
        byId[round.round.id] = &round;
    }
    readRespondents(db, byId);
    return result;
}

std::vector<Respondent> readRespondentsOf(SQLite::Database& db, std::int64_t roundId)
{
    std::vector<Respondent> result;
    SQLite::Statement respondents(db, "SELECT id, round_id, name, role FROM respondent WHERE round_id = ? ORDER BY id");
    respondents.bind(1, roundId);
    while (respondents.executeStep()) {
        result.push_back({idOf("respondent", respondents.getColumn(0)), idOf("respondent", respondents.getColumn(1)),
                          respondents.getColumn(2).getString(), respondents.getColumn(3).getString()});
    }
    return result;
}

std::vector<Action> readActions(SQLite::Database& db)
{
    std::vector<Action> result;
    SQLite::Statement actions(db, "SELECT id, initiative_id, friction_id, text, owner, due, status, note, "
                                  "recommendation_id FROM action ORDER BY position, id");
    while (actions.executeStep()) {
        Action action;
        action.id = idOf("action", actions.getColumn(0));
        action.initiativeId = idOf("action", actions.getColumn(1));
        action.frictionId = frictionOf("action", actions.getColumn(2));
        action.text = actions.getColumn(3).getString();
        action.owner = actions.getColumn(4).getString();
        action.due = dateOf("action", actions.getColumn(5));
        const auto status = actionStatusFromId(actions.getColumn(6).getString());
        if (!status) {
            throw InvalidRow("action: status " + actions.getColumn(6).getString());
        }
        action.status = *status;
        action.note = actions.getColumn(7).getString();
        action.recommendationId = actions.getColumn(8).getString();
        result.push_back(std::move(action));
    }
    return result;
}

std::vector<Target> readTargets(SQLite::Database& db)
{
    std::vector<Target> result;
    SQLite::Statement targets(db, "SELECT initiative_id, friction_id, score FROM target "
                                  "ORDER BY initiative_id, friction_id");
    while (targets.executeStep()) {
        const SQLite::Column score = targets.getColumn(2);
        if ((score.getType() != SQLITE_FLOAT && score.getType() != SQLITE_INTEGER) || score.getDouble() < 0.0 ||
            score.getDouble() > 100.0) {
            throw InvalidRow("target: score " + score.getString());
        }
        result.push_back(
            {idOf("target", targets.getColumn(0)), frictionOf("target", targets.getColumn(1)), score.getDouble()});
    }
    return result;
}

Branding readBranding(SQLite::Database& db)
{
    Branding out;
    SQLite::Statement branding(db, "SELECT firm_name, accent_colour, footer, page_size, logo_mime, logo "
                                   "FROM branding WHERE id = 1");
    if (!branding.executeStep()) {
        return out;
    }
    out.firmName = branding.getColumn(0).getString();
    out.accentColour = branding.getColumn(1).getString();
    out.footer = branding.getColumn(2).getString();
    out.pageSize = branding.getColumn(3).getString();
    out.logoMime = branding.getColumn(4).getString();
    if (out.pageSize != "a4" && out.pageSize != "letter") {
        throw InvalidRow("branding: page size " + out.pageSize);
    }
    if (!out.logoMime.empty() && out.logoMime != "image/png" && out.logoMime != "image/jpeg" &&
        out.logoMime != "image/svg+xml") {
        throw InvalidRow("branding: logo type " + out.logoMime);
    }
    const SQLite::Column logo = branding.getColumn(5);
    const auto* bytes = static_cast<const unsigned char*>(logo.getBlob());
    out.logo.assign(bytes, bytes + logo.getBytes());
    return out;
}

Assessment readAssessment(SQLite::Database& db, bool withAnswers)
{
    Assessment assessment;
    assessment.organization = readOrganization(db);
    assessment.initiatives = readInitiatives(db);
    assessment.rounds = readRounds(db);
    if (withAnswers) {
        for (RoundData& round : assessment.rounds) {
            readRoundAnswers(db, round);
        }
    }
    assessment.actions = readActions(db);
    assessment.targets = readTargets(db);
    assessment.branding = readBranding(db);
    return assessment;
}

void writeAssessment(SQLite::Database& db, const Assessment& assessment)
{
    SQLite::Statement organization(db, "INSERT OR REPLACE INTO organization (id, name, sector, notes) "
                                       "VALUES (1, ?, ?, ?)");
    organization.bind(1, assessment.organization.name);
    organization.bind(2, assessment.organization.sector);
    organization.bind(3, assessment.organization.notes);
    organization.exec();

    SQLite::Statement initiative(db, "INSERT INTO initiative (id, position, name, business_function, owner, stage, "
                                     "target_outcome, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const Initiative& item : assessment.initiatives) {
        initiative.bind(1, item.id);
        initiative.bind(2, position++);
        initiative.bind(3, item.name);
        initiative.bind(4, item.businessFunction);
        initiative.bind(5, item.owner);
        initiative.bind(6, std::string(stageId(item.stage)));
        initiative.bind(7, item.targetOutcome);
        initiative.bind(8, item.archived ? 1 : 0);
        initiative.exec();
        initiative.reset();
    }

    SQLite::Statement round(db, "INSERT INTO round (id, position, name, held_on, bank_json) VALUES (?, ?, ?, ?, ?)");
    SQLite::Statement respondent(db, "INSERT INTO respondent (id, round_id, name, role) VALUES (?, ?, ?, ?)");
    SQLite::Statement answer(db, "INSERT INTO answer (round_id, initiative_id, question_id, respondent_id, kind, "
                                 "level, reason, note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement consensus(db, "INSERT INTO consensus (round_id, initiative_id, question_id, kind, level, "
                                    "reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    position = 0;
    for (const RoundData& item : assessment.rounds) {
        round.bind(1, item.round.id);
        round.bind(2, position++);
        round.bind(3, item.round.name);
        round.bind(4, item.round.heldOn);
        round.bind(5, serializeBank(item.bank));
        round.exec();
        round.reset();
        for (const Respondent& person : item.respondents) {
            respondent.bind(1, person.id);
            respondent.bind(2, item.round.id);
            respondent.bind(3, person.name);
            respondent.bind(4, person.role);
            respondent.exec();
            respondent.reset();
        }
        for (const AnswerRecord& record : item.answers) {
            answer.bind(1, item.round.id);
            answer.bind(2, record.initiativeId);
            answer.bind(3, record.questionId);
            answer.bind(4, record.respondentId);
            bindAnswer(answer, 5, record.answer);
            answer.bind(8, record.note);
            answer.bind(9, record.evidence);
            answer.exec();
            answer.reset();
        }
        for (const ConsensusRecord& record : item.consensus) {
            consensus.bind(1, item.round.id);
            consensus.bind(2, record.initiativeId);
            consensus.bind(3, record.questionId);
            bindAnswer(consensus, 4, record.answer);
            consensus.bind(7, record.note);
            consensus.exec();
            consensus.reset();
        }
    }

    SQLite::Statement action(db, "INSERT INTO action (id, position, initiative_id, friction_id, text, owner, due, "
                                 "status, note, recommendation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    position = 0;
    for (const Action& item : assessment.actions) {
        action.bind(1, item.id);
        action.bind(2, position++);
        action.bind(3, item.initiativeId);
        action.bind(4, item.frictionId);
        action.bind(5, item.text);
        action.bind(6, item.owner);
        action.bind(7, item.due);
        action.bind(8, std::string(actionStatusId(item.status)));
        action.bind(9, item.note);
        action.bind(10, item.recommendationId);
        action.exec();
        action.reset();
    }

    SQLite::Statement target(db, "INSERT INTO target (initiative_id, friction_id, score) VALUES (?, ?, ?)");
    for (const Target& item : assessment.targets) {
        target.bind(1, item.initiativeId);
        target.bind(2, item.frictionId);
        target.bind(3, item.score);
        target.exec();
        target.reset();
    }

    writeBranding(db, assessment.branding);
}

void writeBranding(SQLite::Database& db, const Branding& branding)
{
    SQLite::Statement upsert(db, "INSERT OR REPLACE INTO branding (id, firm_name, accent_colour, footer, page_size, "
                                 "logo_mime, logo) VALUES (1, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, branding.firmName);
    upsert.bind(2, branding.accentColour);
    upsert.bind(3, branding.footer);
    upsert.bind(4, branding.pageSize);
    upsert.bind(5, branding.logoMime);
    if (branding.logo.empty()) {
        upsert.bind(6);
    } else {
        upsert.bind(6, branding.logo.data(), static_cast<int>(branding.logo.size()));
    }
    upsert.exec();
}

} // namespace lastmile::storage
