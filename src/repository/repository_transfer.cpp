// SPDX-License-Identifier: Apache-2.0
// Adding a whole engagement to the repository and reading one back.
#include "core/bank_loader.h"
#include "core/friction.h"
#include "repository.h"
#include "repository_internal.h"

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
