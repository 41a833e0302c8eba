// SPDX-License-Identifier: Apache-2.0
// Reading a whole engagement with its base: every table once, through COPY, each row's values
// with its uuid and revision, each row's digest computed as it is read.
#include "copy_rows.h"
#include "core/bank_loader.h"
#include "core/friction.h"
#include "repository_internal.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <tuple>

namespace lastmile::repository {

namespace {

// The columns that follow a row's values in every query below.
constexpr const char* kRevision = ", uuid, rev, rev_by, extract(epoch FROM rev_at)::bigint";

// Seconds since 1970 (UTC) as ISO 8601, "2026-11-29T21:40:00Z"; rows written together share a
// time, so the last one is remembered.
class IsoTimes
{
public:
    const std::string& of(std::int64_t seconds)
    {
        if (seconds != m_seconds || m_text.empty()) {
            const std::time_t time = static_cast<std::time_t>(seconds);
            std::tm utc{};
            ::gmtime_r(&time, &utc);
            char text[24];
            std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
            m_seconds = seconds;
            m_text = text;
        }
        return m_text;
    }

private:
    std::int64_t m_seconds = 0;
    std::string m_text;
};

// Reads engagement `id` table by table into `pulled`.
class Reader
{
public:
    Reader(pqxx::transaction_base& transaction, const std::string& id, PulledEngagement& pulled, ProgressMeter* meter)
        : m_transaction(transaction), m_id(transaction.quote(id)), m_pulled(pulled), m_meter(meter)
    {
    }

    // False when the engagement is not there (or not visible).
    bool engagement()
    {
        bool found = false;
        // The engagement's uuid is its id.
        CopyRows rows(m_transaction, "SELECT name, sector, notes, id, rev, rev_by, extract(epoch FROM rev_at)::bigint"
                                     " FROM lastmile.engagement WHERE id = " +
                                         m_id);
        while (rows.next()) {
            Organization& organization = m_pulled.content.assessment.organization;
            organization = {rows.text(0), rows.text(1), rows.text(2)};
            based(rows, 3, "engagement", {}, engagementDigest(organization));
            found = true;
        }
        return found;
    }

    void initiatives()
    {
        std::vector<Initiative>& initiatives = m_pulled.content.assessment.initiatives;
        CopyRows rows(m_transaction, select("id, name, business_function, owner, stage, target_outcome, archived",
                                            "initiative", "ORDER BY position, id"));
        while (rows.next()) {
            initiatives.push_back({rows.integer(0), rows.text(1), rows.text(2), rows.text(3),
                                   stageFromId(rows.text(4)).value_or(Stage::Pilot), rows.text(5), rows.boolean(6)});
            const Initiative& initiative = initiatives.back();
            based(rows, 7, "initiative", std::to_string(initiative.id),
                  initiativeDigest(initiative, static_cast<std::int64_t>(initiatives.size() - 1)));
        }
    }

    void rounds()
    {
        std::vector<RoundData>& rounds = m_pulled.content.assessment.rounds;
        CopyRows rows(m_transaction, select("id, name, held_on, bank_json", "round", "ORDER BY position, id"));
        while (rows.next()) {
            RoundData round;
            round.round = {rows.integer(0), rows.text(1), rows.text(2)};
            BankLoadResult bank = parseBank(rows.text(3));
            if (!bank.ok()) {
                throw pqxx::data_exception("round \"" + round.round.name +
                                           "\": its stored question bank does not load");
            }
            round.bank = std::move(*bank.bank);
            rounds.push_back(std::move(round));
            const RoundData& added = rounds.back();
            m_roundIndex[added.round.id] = rounds.size() - 1;
            based(rows, 4, "round", std::to_string(added.round.id),
                  roundDigest(added, static_cast<std::int64_t>(rounds.size() - 1)));
        }
        {
            CopyRows rows(m_transaction, select("id, round_id, name, role", "respondent", "ORDER BY id"));
            while (rows.next()) {
                const std::int64_t roundId = rows.integer(1);
                RoundData& round = roundOf(roundId);
                round.respondents.push_back({rows.integer(0), roundId, rows.text(2), rows.text(3)});
                const Respondent& respondent = round.respondents.back();
                based(rows, 4, "respondent", std::to_string(respondent.id), respondentDigest(respondent, roundId));
            }
        }
        // Now the rows to come can be estimated: every respondent answering every question of the
        // round's bank for every initiative, and one consensus answer per initiative and question.
        std::int64_t answers = 0;
        std::int64_t consensusAnswers = 0;
        for (const RoundData& round : rounds) {
            std::int64_t questions = 0;
            for (const Friction& friction : round.bank.frictions) {
                questions += static_cast<std::int64_t>(friction.questions.size());
            }
            const auto initiatives = static_cast<std::int64_t>(m_pulled.content.assessment.initiatives.size());
            answers += static_cast<std::int64_t>(round.respondents.size()) * initiatives * questions;
            consensusAnswers += initiatives * questions;
        }
        expect(static_cast<std::int64_t>(m_pulled.base.size()) + answers);
        const std::size_t before = m_pulled.base.size();
        this->answers();
        expect(static_cast<std::int64_t>(m_pulled.base.size() - before) - answers + consensusAnswers);
        const std::size_t beforeConsensus = m_pulled.base.size();
        CopyRows consensus(m_transaction,
                           select("round_id, initiative_id, question_id, kind, level, reason, note", "consensus",
                                  "ORDER BY round_id, initiative_id, question_id COLLATE \"C\""));
        while (consensus.next()) {
            const std::int64_t roundId = consensus.integer(0);
            RoundData& round = roundOf(roundId);
            round.consensus.push_back(
                {consensus.integer(1), consensus.text(2), answerOf(consensus, 3), consensus.text(6)});
            const ConsensusRecord& record = round.consensus.back();
            based(consensus, 7, "consensus", consensusKey(roundId, record), consensusDigest(record, roundId));
        }
        expect(static_cast<std::int64_t>(m_pulled.base.size() - beforeConsensus) - consensusAnswers);
    }

    void plan()
    {
        Assessment& assessment = m_pulled.content.assessment;
        {
            CopyRows rows(m_transaction, select("id, initiative_id, friction_id, text, owner, due, status, note,"
                                                " recommendation_id",
                                                "action", "ORDER BY position, id"));
            while (rows.next()) {
                assessment.actions.push_back(
                    {rows.integer(0), rows.integer(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5),
                     actionStatusFromId(rows.text(6)).value_or(ActionStatus::Planned), rows.text(7), rows.text(8)});
                const Action& action = assessment.actions.back();
                based(rows, 9, "action", std::to_string(action.id),
                      actionDigest(action, static_cast<std::int64_t>(assessment.actions.size() - 1)));
            }
        }
        {
            CopyRows rows(m_transaction, select("initiative_id, friction_id, score", "target",
                                                "ORDER BY initiative_id, friction_id COLLATE \"C\""));
            while (rows.next()) {
                assessment.targets.push_back({rows.integer(0), rows.text(1), rows.real(2)});
                const Target& target = assessment.targets.back();
                based(rows, 3, "target", targetKey(target), targetDigest(target));
            }
        }
        CopyRows rows(m_transaction,
                      select("firm_name, accent_colour, footer, page_size, logo_mime, logo", "branding", ""));
        while (rows.next()) {
            Branding& branding = assessment.branding;
            branding = {rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), {}};
            if (!rows.isNull(5)) {
                branding.logo = bytesOfHex(rows.text(5));
            }
            based(rows, 6, "branding", {}, brandingDigest(branding));
        }
    }

    void agendas()
    {
        std::vector<Agenda>& agendas = m_pulled.content.agendas;
        std::vector<std::tuple<std::int64_t, std::string, std::string, std::int64_t>> meta;
        {
            CopyRows rows(m_transaction, select("round_id, position, anonymous_reveal", "agenda", "ORDER BY round_id"));
            while (rows.next()) {
                Agenda agenda;
                agenda.roundId = rows.integer(0);
                agenda.position = static_cast<int>(rows.integer(1));
                agenda.anonymousReveal = rows.boolean(2);
                agendas.push_back(std::move(agenda));
                meta.emplace_back(rows.integer(4), rows.text(3), rows.text(5), rows.integer(6));
            }
        }
        CopyRows items(m_transaction,
                       "SELECT round_id, initiative_id, question_id, time_box_seconds FROM lastmile.agenda_item"
                       " WHERE engagement_id = " +
                           m_id + " ORDER BY round_id, ordinal");
        auto agenda = agendas.begin();
        while (items.next()) {
            const std::int64_t roundId = items.integer(0);
            while (agenda != agendas.end() && agenda->roundId < roundId) {
                ++agenda;
            }
            if (agenda != agendas.end() && agenda->roundId == roundId) {
                agenda->items.push_back({items.integer(1), items.text(2), static_cast<int>(items.integer(3))});
            }
            advance();
        }
        for (std::size_t i = 0; i < agendas.size(); ++i) {
            const auto& [revision, uuid, by, at] = meta[i];
            m_pulled.base.push_back({"agenda", std::to_string(agendas[i].roundId), agendaDigest(agendas[i]), uuid,
                                     revision, by, m_times.of(at)});
        }
    }

private:
    std::string select(const std::string& columns, const char* table, const char* order) const
    {
        return "SELECT " + columns + kRevision + " FROM lastmile." + table + " WHERE engagement_id = " + m_id + " " +
               order;
    }

    RoundData& roundOf(std::int64_t roundId) { return m_pulled.content.assessment.rounds[m_roundIndex.at(roundId)]; }

    static Answer answerOf(const CopyRows& rows, std::size_t kindColumn)
    {
        const int level = rows.isNull(kindColumn + 1) ? 0 : static_cast<int>(rows.integer(kindColumn + 1));
        return answerFromColumns(rows.text(kindColumn), level, rows.text(kindColumn + 2));
    }

    void answers()
    {
        CopyRows rows(m_transaction, select("round_id, initiative_id, question_id, respondent_id, kind, level,"
                                            " reason, note, evidence",
                                            "answer", ""));
        RoundData* round = nullptr;
        while (rows.next()) {
            const std::int64_t roundId = rows.integer(0);
            if (!round || round->round.id != roundId) {
                round = &roundOf(roundId);
            }
            round->answers.push_back(
                {rows.integer(1), rows.text(2), rows.integer(3), answerOf(rows, 4), rows.text(7), rows.text(8)});
            const AnswerRecord& record = round->answers.back();
            based(rows, 9, "answer", answerKey(roundId, record), answerDigest(record, roundId));
        }
        // The file's order (byte order of question ids), sorted here rather than by the server's collation.
        const auto order = [](const AnswerRecord& a, const AnswerRecord& b) {
            return std::tie(a.initiativeId, a.questionId, a.respondentId) <
                   std::tie(b.initiativeId, b.questionId, b.respondentId);
        };
        for (RoundData& each : m_pulled.content.assessment.rounds) {
            if (!std::is_sorted(each.answers.begin(), each.answers.end(), order)) {
                std::sort(each.answers.begin(), each.answers.end(), order);
            }
        }
    }

    // Adds the base row of the row just read, whose uuid, revision, reviser and time are the
    // columns from `first` on.
    void based(const CopyRows& rows, std::size_t first, const char* table, std::string key, std::string digest)
    {
        m_pulled.base.push_back({table, std::move(key), std::move(digest), rows.text(first), rows.integer(first + 1),
                                 rows.text(first + 2), m_times.of(rows.integer(first + 3))});
        advance();
    }

    // Corrects the rows expected and reports: a phase ends.
    void expect(std::int64_t rows)
    {
        if (m_meter) {
            m_meter->expect(rows);
            m_meter->report();
        }
    }

    void advance()
    {
        if (m_meter) {
            m_meter->advance();
        }
    }

    pqxx::transaction_base& m_transaction;
    const std::string m_id; // quoted
    PulledEngagement& m_pulled;
    ProgressMeter* m_meter;
    std::map<std::int64_t, std::size_t> m_roundIndex;
    IsoTimes m_times;
};

} // namespace

Result<PulledEngagement> readPulled(pqxx::transaction_base& transaction, const std::string& address,
                                    const std::string& id, ProgressMeter* meter)
{
    PulledEngagement pulled;
    Reader reader(transaction, id, pulled, meter);
    if (!reader.engagement()) {
        return RepoError{ErrorCode::UnknownEngagement, address, id};
    }
    reader.initiatives();
    reader.rounds();
    reader.plan();
    reader.agendas();
    return pulled;
}

Result<EngagementContent> readEngagement(pqxx::transaction_base& transaction, const std::string& address,
                                         const std::string& id, ProgressMeter* meter)
{
    Result<PulledEngagement> pulled = readPulled(transaction, address, id, meter);
    if (!pulled) {
        return pulled.error();
    }
    return std::move(pulled->content);
}

} // namespace lastmile::repository
