// SPDX-License-Identifier: Apache-2.0
// Adding a whole engagement to the repository and reading one back.
#include "core/bank_loader.h"
#include "core/friction.h"
#include "repository.h"
#include "repository_internal.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace lastmile::repository {

namespace {

void insertPlan(pqxx::work& transaction, const std::string& id, const Assessment& assessment, ProgressMeter& meter)
{
    int position = 0;
    for (const Action& action : assessment.actions) {
        transaction.exec_params("INSERT INTO lastmile.action (engagement_id, id, position, initiative_id, friction_id,"
                                " text, owner, due, status, note, recommendation_id)"
                                " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                                id, action.id, position++, action.initiativeId, action.frictionId, action.text,
                                action.owner, action.due, std::string(actionStatusId(action.status)), action.note,
                                action.recommendationId);
        meter.advance();
    }
    for (const Target& target : assessment.targets) {
        transaction.exec_params("INSERT INTO lastmile.target (engagement_id, initiative_id, friction_id, score)"
                                " VALUES ($1::uuid, $2, $3, $4)",
                                id, target.initiativeId, target.frictionId, target.score);
        meter.advance();
    }
    const Branding& branding = assessment.branding;
    const std::string columns = "INSERT INTO lastmile.branding (engagement_id, firm_name, accent_colour, footer,"
                                " page_size, logo_mime, logo) VALUES ($1::uuid, $2, $3, $4, $5, $6, ";
    if (branding.logo.empty()) {
        transaction.exec_params(columns + "NULL)", id, branding.firmName, branding.accentColour, branding.footer,
                                branding.pageSize, branding.logoMime);
    } else {
        transaction.exec_params(columns + "$7)", id, branding.firmName, branding.accentColour, branding.footer,
                                branding.pageSize, branding.logoMime,
                                pqxx::binarystring(branding.logo.data(), branding.logo.size()));
    }
    meter.advance();
}

// Answers go through COPY into a staging table and then one INSERT ... SELECT, which applies
// row-level security (PostgreSQL refuses COPY FROM into a table under row-level security).
// The meter counts each answer twice: once staged, once inserted (`meter` expects the second).
void insertAnswers(pqxx::work& transaction, const std::string& id, const Assessment& assessment, ProgressMeter& meter)
{
    std::int64_t answers = 0;
    transaction.exec("CREATE TEMP TABLE answer_in (round_id bigint, initiative_id bigint, question_id text,"
                     " respondent_id bigint, kind text, level smallint, reason text, note text, evidence text)"
                     " ON COMMIT DROP");
    {
        pqxx::stream_to stream(transaction, "answer_in");
        for (const RoundData& round : assessment.rounds) {
            for (const AnswerRecord& record : round.answers) {
                const bool level = record.answer.isLevel();
                const bool na = record.answer.kind == Answer::Kind::NotApplicable;
                stream << std::make_tuple(round.round.id, record.initiativeId, record.questionId, record.respondentId,
                                          answerKindId(record.answer), level ? record.answer.level : -1,
                                          na ? record.answer.reason : std::string(), record.note, record.evidence);
                ++answers;
                meter.advance();
            }
        }
        stream.complete();
    }
    transaction.exec_params("INSERT INTO lastmile.answer (engagement_id, round_id, initiative_id, question_id,"
                            " respondent_id, kind, level, reason, note, evidence)"
                            " SELECT $1::uuid, round_id, initiative_id, question_id, respondent_id, kind,"
                            " CASE WHEN kind = 'level' THEN level END, reason, note, evidence FROM answer_in",
                            id);
    meter.advance(answers);
    meter.report();
}

void insertRounds(pqxx::work& transaction, const std::string& id, const Assessment& assessment, ProgressMeter& meter)
{
    int position = 0;
    for (const RoundData& round : assessment.rounds) {
        transaction.exec_params("INSERT INTO lastmile.round (engagement_id, id, position, name, held_on, bank_json)"
                                " VALUES ($1::uuid, $2, $3, $4, $5, $6)",
                                id, round.round.id, position++, round.round.name, round.round.heldOn,
                                serializeBank(round.bank));
        meter.advance();
        for (const Respondent& respondent : round.respondents) {
            transaction.exec_params("INSERT INTO lastmile.respondent (engagement_id, id, round_id, name, role)"
                                    " VALUES ($1::uuid, $2, $3, $4, $5)",
                                    id, respondent.id, round.round.id, respondent.name, respondent.role);
            meter.advance();
        }
        for (const ConsensusRecord& record : round.consensus) {
            const bool level = record.answer.isLevel();
            transaction.exec_params(
                "INSERT INTO lastmile.consensus (engagement_id, round_id, initiative_id, question_id, kind, level,"
                " reason, note) VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8)",
                id, round.round.id, record.initiativeId, record.questionId, answerKindId(record.answer),
                level ? std::optional<int>(record.answer.level) : std::nullopt,
                record.answer.kind == Answer::Kind::NotApplicable ? record.answer.reason : std::string(), record.note);
            meter.advance();
        }
    }
}

void insertAgendas(pqxx::work& transaction, const std::string& id, const std::vector<Agenda>& agendas,
                   ProgressMeter& meter)
{
    for (const Agenda& agenda : agendas) {
        transaction.exec_params("INSERT INTO lastmile.agenda (engagement_id, round_id, position, anonymous_reveal)"
                                " VALUES ($1::uuid, $2, $3, $4)",
                                id, agenda.roundId, agenda.position, agenda.anonymousReveal);
        int ordinal = 0;
        for (const AgendaItem& item : agenda.items) {
            transaction.exec_params("INSERT INTO lastmile.agenda_item (engagement_id, round_id, ordinal,"
                                    " initiative_id, question_id, time_box_seconds)"
                                    " VALUES ($1::uuid, $2, $3, $4, $5, $6)",
                                    id, agenda.roundId, ordinal++, item.initiativeId, item.questionId,
                                    item.timeBoxSeconds);
        }
        meter.advance();
    }
}

Answer answerOf(const pqxx::row& row, int kindColumn)
{
    const std::string kind = row[kindColumn].as<std::string>();
    const int level = row[kindColumn + 1].is_null() ? 0 : row[kindColumn + 1].as<int>();
    return answerFromColumns(kind, level, row[kindColumn + 2].as<std::string>());
}

void readRounds(pqxx::transaction_base& transaction, const std::string& id, Assessment& assessment,
                ProgressMeter* meter)
{
    const auto advance = [meter] {
        if (meter) {
            meter->advance();
        }
    };
    std::map<std::int64_t, std::size_t> roundIndex;
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT id, name, held_on, bank_json FROM lastmile.round WHERE engagement_id = $1::uuid"
             " ORDER BY position, id",
             id)) {
        RoundData round;
        round.round = {row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>()};
        BankLoadResult bank = parseBank(row[3].as<std::string>());
        if (!bank.ok()) {
            throw pqxx::data_exception("round \"" + round.round.name + "\": its stored question bank does not load");
        }
        round.bank = std::move(*bank.bank);
        roundIndex[round.round.id] = assessment.rounds.size();
        assessment.rounds.push_back(std::move(round));
        advance();
    }
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT id, round_id, name, role FROM lastmile.respondent WHERE engagement_id = $1::uuid ORDER BY id",
             id)) {
        const std::int64_t roundId = row[1].as<std::int64_t>();
        assessment.rounds[roundIndex.at(roundId)].respondents.push_back(
            {row[0].as<std::int64_t>(), roundId, row[2].as<std::string>(), row[3].as<std::string>()});
        advance();
    }
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT round_id, initiative_id, question_id, respondent_id, kind, level, reason, note, evidence"
             " FROM lastmile.answer WHERE engagement_id = $1::uuid",
             id)) {
        assessment.rounds[roundIndex.at(row[0].as<std::int64_t>())].answers.push_back(
            {row[1].as<std::int64_t>(), row[2].as<std::string>(), row[3].as<std::int64_t>(), answerOf(row, 4),
             row[7].as<std::string>(), row[8].as<std::string>()});
        advance();
    }
    // The file's order (byte order of question ids), sorted here rather than by the server's collation.
    for (RoundData& round : assessment.rounds) {
        std::sort(round.answers.begin(), round.answers.end(), [](const AnswerRecord& a, const AnswerRecord& b) {
            return std::tie(a.initiativeId, a.questionId, a.respondentId) <
                   std::tie(b.initiativeId, b.questionId, b.respondentId);
        });
    }
    for (const pqxx::row& row :
         transaction.exec_params("SELECT round_id, initiative_id, question_id, kind, level, reason, note"
                                 " FROM lastmile.consensus WHERE engagement_id = $1::uuid ORDER BY round_id, "
                                 "initiative_id, question_id COLLATE \"C\"",
                                 id)) {
        assessment.rounds[roundIndex.at(row[0].as<std::int64_t>())].consensus.push_back(
            {row[1].as<std::int64_t>(), row[2].as<std::string>(), answerOf(row, 3), row[6].as<std::string>()});
        advance();
    }
}

void readPlan(pqxx::transaction_base& transaction, const std::string& id, Assessment& assessment)
{
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT id, initiative_id, friction_id, text, owner, due, status, note, recommendation_id"
             " FROM lastmile.action WHERE engagement_id = $1::uuid ORDER BY position, id",
             id)) {
        assessment.actions.push_back({row[0].as<std::int64_t>(), row[1].as<std::int64_t>(), row[2].as<std::string>(),
                                      row[3].as<std::string>(), row[4].as<std::string>(), row[5].as<std::string>(),
                                      actionStatusFromId(row[6].as<std::string>()).value_or(ActionStatus::Planned),
                                      row[7].as<std::string>(), row[8].as<std::string>()});
    }
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT initiative_id, friction_id, score FROM lastmile.target WHERE engagement_id = $1::uuid"
             " ORDER BY initiative_id, friction_id COLLATE \"C\"",
             id)) {
        assessment.targets.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<double>()});
    }
    const pqxx::result branding = transaction.exec_params(
        "SELECT firm_name, accent_colour, footer, page_size, logo_mime, logo FROM lastmile.branding"
        " WHERE engagement_id = $1::uuid",
        id);
    if (!branding.empty()) {
        const pqxx::row& row = branding[0];
        Branding& out = assessment.branding;
        out = {row[0].as<std::string>(), row[1].as<std::string>(), row[2].as<std::string>(),
               row[3].as<std::string>(), row[4].as<std::string>(), {}};
        if (!row[5].is_null()) {
            const pqxx::binarystring logo(row[5]);
            out.logo.assign(logo.data(), logo.data() + logo.size());
        }
    }
}

std::vector<Agenda> readAgendas(pqxx::transaction_base& transaction, const std::string& id)
{
    std::vector<Agenda> agendas;
    for (const pqxx::row& row : transaction.exec_params(
             "SELECT round_id, position, anonymous_reveal FROM lastmile.agenda WHERE engagement_id = $1::uuid"
             " ORDER BY round_id",
             id)) {
        Agenda agenda;
        agenda.roundId = row[0].as<std::int64_t>();
        agenda.position = row[1].as<int>();
        agenda.anonymousReveal = row[2].as<bool>();
        for (const pqxx::row& item :
             transaction.exec_params("SELECT initiative_id, question_id, time_box_seconds FROM lastmile.agenda_item"
                                     " WHERE engagement_id = $1::uuid AND round_id = $2 ORDER BY ordinal",
                                     id, agenda.roundId)) {
            agenda.items.push_back({item[0].as<std::int64_t>(), item[1].as<std::string>(), item[2].as<int>()});
        }
        agendas.push_back(std::move(agenda));
    }
    return agendas;
}

} // namespace

Result<std::string> Repository::addEngagement(const EngagementContent& content, const BeforeCommit& beforeCommit,
                                              const Progress& progress)
{
    return guarded<std::string>(address(), [&]() -> Result<std::string> {
        pqxx::work transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        const Assessment& assessment = content.assessment;
        ProgressMeter meter(progress, rowCount(content));
        for (const RoundData& round : assessment.rounds) {
            meter.expect(static_cast<std::int64_t>(round.answers.size())); // staged, then inserted
        }
        meter.report();
        const std::string id = transaction.exec("SELECT gen_random_uuid()::text")[0][0].as<std::string>();
        transaction.exec_params("SELECT lastmile.create_engagement($1::uuid, $2, $3, $4)", id,
                                assessment.organization.name, assessment.organization.sector,
                                assessment.organization.notes);
        int position = 0;
        for (const Initiative& initiative : assessment.initiatives) {
            transaction.exec_params("INSERT INTO lastmile.initiative (engagement_id, id, position, name,"
                                    " business_function, owner, stage, target_outcome, archived)"
                                    " VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9)",
                                    id, initiative.id, position++, initiative.name, initiative.businessFunction,
                                    initiative.owner, std::string(stageId(initiative.stage)), initiative.targetOutcome,
                                    initiative.archived);
            meter.advance();
        }
        meter.advance(); // the engagement row
        insertRounds(transaction, id, assessment, meter);
        insertAnswers(transaction, id, assessment, meter);
        insertPlan(transaction, id, assessment, meter);
        insertAgendas(transaction, id, content.agendas, meter);
        meter.finish();
        if (beforeCommit) {
            const PulledEngagement now{content, readBase(transaction, id, digestsOf(content))};
            if (std::string problem; !beforeCommit(id, now, problem)) {
                return RepoError{ErrorCode::WorkingCopy, address(), problem}; // rolls back
            }
        }
        transaction.commit();
        return id;
    });
}

Result<EngagementContent> readEngagement(pqxx::transaction_base& transaction, const std::string& address,
                                         const std::string& id, ProgressMeter* meter)
{
    const pqxx::result engagement =
        transaction.exec_params("SELECT name, sector, notes FROM lastmile.engagement WHERE id = $1::uuid", id);
    if (engagement.empty()) {
        return RepoError{ErrorCode::UnknownEngagement, address, id};
    }
    EngagementContent content;
    Assessment& assessment = content.assessment;
    assessment.organization = {engagement[0][0].as<std::string>(), engagement[0][1].as<std::string>(),
                               engagement[0][2].as<std::string>()};
    for (const pqxx::row& row :
         transaction.exec_params("SELECT id, name, business_function, owner, stage, target_outcome, archived"
                                 " FROM lastmile.initiative WHERE engagement_id = $1::uuid ORDER BY position, id",
                                 id)) {
        assessment.initiatives.push_back({row[0].as<std::int64_t>(), row[1].as<std::string>(), row[2].as<std::string>(),
                                          row[3].as<std::string>(),
                                          stageFromId(row[4].as<std::string>()).value_or(Stage::Pilot),
                                          row[5].as<std::string>(), row[6].as<bool>()});
    }
    readRounds(transaction, id, assessment, meter);
    readPlan(transaction, id, assessment);
    content.agendas = readAgendas(transaction, id);
    return content;
}

Result<EngagementContent> Repository::engagement(const std::string& id)
{
    return guarded<EngagementContent>(address(), [&]() -> Result<EngagementContent> {
        // One snapshot for every table, so a push committing meanwhile is seen whole or not at all.
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> transaction(m_connection->db);
        if (auto problem = versionProblem(transaction, address())) {
            return *problem;
        }
        Result<EngagementContent> content = readEngagement(transaction, address(), id);
        transaction.commit();
        return content;
    });
}

} // namespace lastmile::repository
