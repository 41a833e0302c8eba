// SPDX-License-Identifier: Apache-2.0
#include "row_set.h"

#include "core/bank_loader.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>

namespace lastmile::repository {

namespace {

using nlohmann::json;

json levelOf(const Answer& answer)
{
    return answer.isLevel() ? json(answer.level) : json(nullptr);
}

} // namespace

std::string reasonOf(const Answer& answer)
{
    return answer.kind == Answer::Kind::NotApplicable ? answer.reason : std::string();
}

std::string hexBytes(const std::vector<unsigned char>& bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string text = "\\x";
    text.reserve(2 + bytes.size() * 2);
    for (unsigned char byte : bytes) {
        text += digits[byte >> 4];
        text += digits[byte & 15];
    }
    return text;
}

std::vector<unsigned char> bytesOfHex(const std::string& text)
{
    std::vector<unsigned char> bytes;
    const auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    for (std::size_t i = 2; i + 1 < text.size(); i += 2) {
        bytes.push_back(static_cast<unsigned char>(nibble(text[i]) * 16 + nibble(text[i + 1])));
    }
    return bytes;
}

namespace {

void add(RowSet& rows, std::string_view table, json values)
{
    std::string key = keyOf(table, values);
    rows.emplace(RowKey{std::string(table), std::move(key)}, std::move(values));
}

// The position a row had, then its id: the file's order.
bool byPosition(const json* a, const json* b)
{
    return std::pair(a->at("position").get<std::int64_t>(), a->at("id").get<std::int64_t>()) <
           std::pair(b->at("position").get<std::int64_t>(), b->at("id").get<std::int64_t>());
}

std::vector<const json*> rowsOfTable(const RowSet& rows, const std::string& table)
{
    std::vector<const json*> found;
    for (auto it = rows.lower_bound({table, ""}); it != rows.end() && it->first.first == table; ++it) {
        found.push_back(&it->second);
    }
    return found;
}

Answer answerOf(const json& values)
{
    return answerFromColumns(values.at("kind").get<std::string>(),
                             values.at("level").is_null() ? 0 : values.at("level").get<int>(),
                             values.at("reason").get<std::string>());
}

} // namespace

std::span<const std::string_view> rowTables()
{
    static constexpr std::string_view tables[] = {"engagement", "initiative", "round",  "respondent", "answer",
                                                  "consensus",  "action",     "target", "branding",   "agenda"};
    return tables;
}

std::string keyOf(std::string_view table, const json& values)
{
    const auto text = [&](const char* column) {
        const json& value = values.at(column);
        return value.is_string() ? value.get<std::string>() : value.dump();
    };
    if (table == "answer") {
        return text("round_id") + "/" + text("initiative_id") + "/" + text("question_id") + "/" + text("respondent_id");
    }
    if (table == "consensus") {
        return text("round_id") + "/" + text("initiative_id") + "/" + text("question_id");
    }
    if (table == "target") {
        return text("initiative_id") + "/" + text("friction_id");
    }
    if (table == "agenda") {
        return text("round_id");
    }
    if (table == "engagement" || table == "branding") {
        return {};
    }
    return text("id");
}

RowSet rowsOf(const EngagementContent& content)
{
    return rowsOf(content, {});
}

RowSet rowsOf(const EngagementContent& content, const BulkFilter& keep)
{
    const Assessment& assessment = content.assessment;
    RowSet rows;
    const Organization& organization = assessment.organization;
    add(rows, "engagement",
        {{"name", organization.name}, {"sector", organization.sector}, {"notes", organization.notes}});
    std::int64_t position = 0;
    for (const Initiative& initiative : assessment.initiatives) {
        add(rows, "initiative",
            {{"id", initiative.id},
             {"position", position++},
             {"name", initiative.name},
             {"business_function", initiative.businessFunction},
             {"owner", initiative.owner},
             {"stage", std::string(stageId(initiative.stage))},
             {"target_outcome", initiative.targetOutcome},
             {"archived", initiative.archived}});
    }
    position = 0;
    for (const RoundData& round : assessment.rounds) {
        add(rows, "round",
            {{"id", round.round.id},
             {"position", position++},
             {"name", round.round.name},
             {"held_on", round.round.heldOn},
             {"bank_json", serializeBank(round.bank)}});
        for (const Respondent& respondent : round.respondents) {
            add(rows, "respondent",
                {{"id", respondent.id},
                 {"round_id", round.round.id},
                 {"name", respondent.name},
                 {"role", respondent.role}});
        }
        for (const AnswerRecord& record : round.answers) {
            if (keep && !keep("answer", answerKey(round.round.id, record))) {
                continue;
            }
            add(rows, "answer",
                {{"round_id", round.round.id},
                 {"initiative_id", record.initiativeId},
                 {"question_id", record.questionId},
                 {"respondent_id", record.respondentId},
                 {"kind", answerKindId(record.answer)},
                 {"level", levelOf(record.answer)},
                 {"reason", reasonOf(record.answer)},
                 {"note", record.note},
                 {"evidence", record.evidence}});
        }
        for (const ConsensusRecord& record : round.consensus) {
            if (keep && !keep("consensus", consensusKey(round.round.id, record))) {
                continue;
            }
            add(rows, "consensus",
                {{"round_id", round.round.id},
                 {"initiative_id", record.initiativeId},
                 {"question_id", record.questionId},
                 {"kind", answerKindId(record.answer)},
                 {"level", levelOf(record.answer)},
                 {"reason", reasonOf(record.answer)},
                 {"note", record.note}});
        }
    }
    position = 0;
    for (const Action& action : assessment.actions) {
        add(rows, "action",
            {{"id", action.id},
             {"position", position++},
             {"initiative_id", action.initiativeId},
             {"friction_id", action.frictionId},
             {"text", action.text},
             {"owner", action.owner},
             {"due", action.due},
             {"status", std::string(actionStatusId(action.status))},
             {"note", action.note},
             {"recommendation_id", action.recommendationId}});
    }
    for (const Target& target : assessment.targets) {
        add(rows, "target",
            {{"initiative_id", target.initiativeId}, {"friction_id", target.frictionId}, {"score", target.score}});
    }
    const Branding& branding = assessment.branding;
    add(rows, "branding",
        {{"firm_name", branding.firmName},
         {"accent_colour", branding.accentColour},
         {"footer", branding.footer},
         {"page_size", branding.pageSize},
         {"logo_mime", branding.logoMime},
         {"logo", branding.logo.empty() ? json(nullptr) : json(hexBytes(branding.logo))}});
    for (const Agenda& agenda : content.agendas) {
        json items = json::array();
        for (const AgendaItem& item : agenda.items) {
            items.push_back({item.initiativeId, item.questionId, item.timeBoxSeconds});
        }
        add(rows, "agenda",
            {{"round_id", agenda.roundId},
             {"position", agenda.position},
             {"anonymous_reveal", agenda.anonymousReveal},
             {"items", std::move(items)}});
    }
    return rows;
}

std::int64_t rowCount(const EngagementContent& content)
{
    const Assessment& assessment = content.assessment;
    // The engagement and its branding, then one row per initiative, action, target and agenda.
    std::size_t rows = 2 + assessment.initiatives.size() + assessment.actions.size() + assessment.targets.size() +
                       content.agendas.size();
    for (const RoundData& round : assessment.rounds) {
        rows += 1 + round.respondents.size() + round.answers.size() + round.consensus.size();
    }
    return static_cast<std::int64_t>(rows);
}

std::optional<EngagementContent> contentOf(const RowSet& rows, std::string& problem)
{
    try {
        EngagementContent content;
        Assessment& assessment = content.assessment;
        if (const auto it = rows.find({"engagement", ""}); it != rows.end()) {
            assessment.organization = {it->second.at("name").get<std::string>(),
                                       it->second.at("sector").get<std::string>(),
                                       it->second.at("notes").get<std::string>()};
        }
        auto initiatives = rowsOfTable(rows, "initiative");
        std::sort(initiatives.begin(), initiatives.end(), byPosition);
        for (const json* row : initiatives) {
            const json& v = *row;
            assessment.initiatives.push_back({v.at("id").get<std::int64_t>(), v.at("name").get<std::string>(),
                                              v.at("business_function").get<std::string>(),
                                              v.at("owner").get<std::string>(),
                                              stageFromId(v.at("stage").get<std::string>()).value_or(Stage::Pilot),
                                              v.at("target_outcome").get<std::string>(), v.at("archived").get<bool>()});
        }
        auto rounds = rowsOfTable(rows, "round");
        std::sort(rounds.begin(), rounds.end(), byPosition);
        std::map<std::int64_t, RoundData*> byId;
        assessment.rounds.reserve(rounds.size());
        for (const json* row : rounds) {
            RoundData round;
            round.round = {row->at("id").get<std::int64_t>(), row->at("name").get<std::string>(),
                           row->at("held_on").get<std::string>()};
            BankLoadResult bank = parseBank(row->at("bank_json").get<std::string>());
            if (!bank.ok()) {
                problem = "round \"" + round.round.name + "\": its question bank does not load";
                return std::nullopt;
            }
            round.bank = std::move(*bank.bank);
            assessment.rounds.push_back(std::move(round));
            byId[assessment.rounds.back().round.id] = &assessment.rounds.back();
        }
        for (const json* row : rowsOfTable(rows, "respondent")) {
            const std::int64_t roundId = row->at("round_id").get<std::int64_t>();
            byId.at(roundId)->respondents.push_back({row->at("id").get<std::int64_t>(), roundId,
                                                     row->at("name").get<std::string>(),
                                                     row->at("role").get<std::string>()});
        }
        for (const json* row : rowsOfTable(rows, "answer")) {
            byId.at(row->at("round_id").get<std::int64_t>())
                ->answers.push_back({row->at("initiative_id").get<std::int64_t>(),
                                     row->at("question_id").get<std::string>(),
                                     row->at("respondent_id").get<std::int64_t>(), answerOf(*row),
                                     row->at("note").get<std::string>(), row->at("evidence").get<std::string>()});
        }
        for (const json* row : rowsOfTable(rows, "consensus")) {
            byId.at(row->at("round_id").get<std::int64_t>())
                ->consensus.push_back({row->at("initiative_id").get<std::int64_t>(),
                                       row->at("question_id").get<std::string>(), answerOf(*row),
                                       row->at("note").get<std::string>()});
        }
        for (RoundData& round : assessment.rounds) {
            std::sort(round.respondents.begin(), round.respondents.end(),
                      [](const Respondent& a, const Respondent& b) { return a.id < b.id; });
            const auto answerKey = [](const AnswerRecord& a) {
                return std::tie(a.initiativeId, a.questionId, a.respondentId);
            };
            std::sort(round.answers.begin(), round.answers.end(),
                      [&](const AnswerRecord& a, const AnswerRecord& b) { return answerKey(a) < answerKey(b); });
            std::sort(round.consensus.begin(), round.consensus.end(),
                      [](const ConsensusRecord& a, const ConsensusRecord& b) {
                          return std::tie(a.initiativeId, a.questionId) < std::tie(b.initiativeId, b.questionId);
                      });
        }
        auto actions = rowsOfTable(rows, "action");
        std::sort(actions.begin(), actions.end(), byPosition);
        for (const json* row : actions) {
            const json& v = *row;
            assessment.actions.push_back(
                {v.at("id").get<std::int64_t>(), v.at("initiative_id").get<std::int64_t>(),
                 v.at("friction_id").get<std::string>(), v.at("text").get<std::string>(),
                 v.at("owner").get<std::string>(), v.at("due").get<std::string>(),
                 actionStatusFromId(v.at("status").get<std::string>()).value_or(ActionStatus::Planned),
                 v.at("note").get<std::string>(), v.at("recommendation_id").get<std::string>()});
        }
        for (const json* row : rowsOfTable(rows, "target")) {
            assessment.targets.push_back({row->at("initiative_id").get<std::int64_t>(),
                                          row->at("friction_id").get<std::string>(), row->at("score").get<double>()});
        }
        if (const auto it = rows.find({"branding", ""}); it != rows.end()) {
            const json& v = it->second;
            assessment.branding = {v.at("firm_name").get<std::string>(), v.at("accent_colour").get<std::string>(),
                                   v.at("footer").get<std::string>(),    v.at("page_size").get<std::string>(),
                                   v.at("logo_mime").get<std::string>(), {}};
            if (!v.at("logo").is_null()) {
                assessment.branding.logo = bytesOfHex(v.at("logo").get<std::string>());
            }
        }
        for (const json* row : rowsOfTable(rows, "agenda")) {
            Agenda agenda;
            agenda.roundId = row->at("round_id").get<std::int64_t>();
            agenda.position = row->at("position").get<int>();
            agenda.anonymousReveal = row->at("anonymous_reveal").get<bool>();
            for (const json& item : row->at("items")) {
                agenda.items.push_back(
                    {item.at(0).get<std::int64_t>(), item.at(1).get<std::string>(), item.at(2).get<int>()});
            }
            content.agendas.push_back(std::move(agenda));
        }
        std::sort(content.agendas.begin(), content.agendas.end(),
                  [](const Agenda& a, const Agenda& b) { return a.roundId < b.roundId; });
        return content;
    } catch (const std::exception& error) {
        problem = error.what();
        return std::nullopt;
    }
}

} // namespace lastmile::repository
