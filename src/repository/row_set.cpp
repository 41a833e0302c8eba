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

namespace {

// The canonical text of a row: "key=value;" in key order; values typed: s<length>:<bytes>,
// i<integer>, d<shortest double>, b0/b1, n (null), [values,].
class Canon
{
public:
    Canon& key(std::string_view name)
    {
        m_text += name;
        m_text += '=';
        return *this;
    }
    Canon& text(std::string_view value)
    {
        m_text += 's';
        m_text += std::to_string(value.size());
        m_text += ':';
        m_text += value;
        return end();
    }
    Canon& integer(std::int64_t value)
    {
        m_text += 'i';
        m_text += std::to_string(value);
        return end();
    }
    Canon& real(double value)
    {
        char buffer[32];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_text += 'd';
        m_text.append(buffer, written.ptr);
        return end();
    }
    Canon& boolean(bool value)
    {
        m_text += value ? "b1" : "b0";
        return end();
    }
    Canon& null()
    {
        m_text += 'n';
        return end();
    }
    Canon& open()
    {
        m_text += '[';
        return *this;
    }
    Canon& close()
    {
        m_text += ']';
        return end();
    }
    Canon& json(const nlohmann::json& value)
    {
        if (value.is_string()) {
            return text(value.get_ref<const std::string&>());
        }
        if (value.is_boolean()) {
            return boolean(value.get<bool>());
        }
        if (value.is_number_float()) {
            return real(value.get<double>());
        }
        if (value.is_number()) {
            return integer(value.get<std::int64_t>());
        }
        if (value.is_array()) {
            open();
            for (const nlohmann::json& item : value) {
                json(item);
            }
            return close();
        }
        if (value.is_object()) {
            open();
            for (const auto& [name, item] : value.items()) {
                key(name).json(item);
            }
            return close();
        }
        return null();
    }
    std::string digest() const
    {
        std::uint64_t hash = 14695981039346656037ull;
        for (unsigned char c : m_text) {
            hash = (hash ^ c) * 1099511628211ull;
        }
        char text[17];
        std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
        return text;
    }

private:
    Canon& end()
    {
        m_text += ';';
        return *this;
    }
    std::string m_text;
};

Canon& answerFields(Canon& canon, const Answer& answer)
{
    canon.key("kind").text(answerKindId(answer)).key("level");
    return answer.isLevel() ? canon.integer(answer.level) : canon.null();
}

} // namespace

std::string digestOf(const json& values)
{
    Canon canon;
    for (const auto& [name, item] : values.items()) {
        canon.key(name).json(item);
    }
    return canon.digest();
}

std::string digestKey(std::string_view table, std::string_view key)
{
    std::string text(table);
    text += '\n';
    text += key;
    return text;
}

RowDigests digestsOf(const RowSet& rows)
{
    RowDigests digests;
    digests.reserve(rows.size());
    for (const auto& [key, values] : rows) {
        digests.emplace(digestKey(key.first, key.second), digestOf(values));
    }
    return digests;
}

RowDigests digestsOf(const EngagementContent& content)
{
    // Keys in the order nlohmann::json keeps an object's keys (sorted), as digestOf(json) walks them.
    const Assessment& assessment = content.assessment;
    RowDigests digests;
    const auto put = [&](std::string_view table, std::string key, const Canon& canon) {
        digests.emplace(digestKey(table, key), canon.digest());
    };
    const Organization& organization = assessment.organization;
    put("engagement", "",
        Canon()
            .key("name")
            .text(organization.name)
            .key("notes")
            .text(organization.notes)
            .key("sector")
            .text(organization.sector));
    std::int64_t position = 0;
    for (const Initiative& i : assessment.initiatives) {
        put("initiative", std::to_string(i.id),
            Canon()
                .key("archived")
                .boolean(i.archived)
                .key("business_function")
                .text(i.businessFunction)
                .key("id")
                .integer(i.id)
                .key("name")
                .text(i.name)
                .key("owner")
                .text(i.owner)
                .key("position")
                .integer(position++)
                .key("stage")
                .text(stageId(i.stage))
                .key("target_outcome")
                .text(i.targetOutcome));
    }
    position = 0;
    for (const RoundData& round : assessment.rounds) {
        const std::int64_t roundId = round.round.id;
        put("round", std::to_string(roundId),
            Canon()
                .key("bank_json")
                .text(serializeBank(round.bank))
                .key("held_on")
                .text(round.round.heldOn)
                .key("id")
                .integer(roundId)
                .key("name")
                .text(round.round.name)
                .key("position")
                .integer(position++));
        for (const Respondent& r : round.respondents) {
            put("respondent", std::to_string(r.id),
                Canon()
                    .key("id")
                    .integer(r.id)
                    .key("name")
                    .text(r.name)
                    .key("role")
                    .text(r.role)
                    .key("round_id")
                    .integer(roundId));
        }
        const std::string roundPrefix = std::to_string(roundId) + "/";
        for (const AnswerRecord& a : round.answers) {
            Canon canon;
            canon.key("evidence").text(a.evidence).key("initiative_id").integer(a.initiativeId);
            answerFields(canon, a.answer)
                .key("note")
                .text(a.note)
                .key("question_id")
                .text(a.questionId)
                .key("reason")
                .text(reasonOf(a.answer))
                .key("respondent_id")
                .integer(a.respondentId)
                .key("round_id")
                .integer(roundId);
            put("answer",
                roundPrefix + std::to_string(a.initiativeId) + "/" + a.questionId + "/" +
                    std::to_string(a.respondentId),
                canon);
        }
        for (const ConsensusRecord& c : round.consensus) {
            Canon canon;
            canon.key("initiative_id").integer(c.initiativeId);
            answerFields(canon, c.answer)
                .key("note")
                .text(c.note)
                .key("question_id")
                .text(c.questionId)
                .key("reason")
                .text(reasonOf(c.answer))
                .key("round_id")
                .integer(roundId);
            put("consensus", roundPrefix + std::to_string(c.initiativeId) + "/" + c.questionId, canon);
        }
    }
    position = 0;
    for (const Action& a : assessment.actions) {
        put("action", std::to_string(a.id),
            Canon()
                .key("due")
                .text(a.due)
                .key("friction_id")
                .text(a.frictionId)
                .key("id")
                .integer(a.id)
                .key("initiative_id")
                .integer(a.initiativeId)
                .key("note")
                .text(a.note)
                .key("owner")
                .text(a.owner)
                .key("position")
                .integer(position++)
                .key("recommendation_id")
                .text(a.recommendationId)
                .key("status")
                .text(actionStatusId(a.status))
                .key("text")
                .text(a.text));
    }
    for (const Target& t : assessment.targets) {
        put("target", std::to_string(t.initiativeId) + "/" + t.frictionId,
            Canon()
                .key("friction_id")
                .text(t.frictionId)
                .key("initiative_id")
                .integer(t.initiativeId)
                .key("score")
                .real(t.score));
    }
    const Branding& b = assessment.branding;
    Canon branding;
    branding.key("accent_colour").text(b.accentColour).key("firm_name").text(b.firmName).key("footer").text(b.footer);
    branding.key("logo");
    b.logo.empty() ? branding.null() : branding.text(hexBytes(b.logo));
    branding.key("logo_mime").text(b.logoMime).key("page_size").text(b.pageSize);
    put("branding", "", branding);
    for (const Agenda& agenda : content.agendas) {
        Canon canon;
        canon.key("anonymous_reveal").boolean(agenda.anonymousReveal).key("items").open();
        for (const AgendaItem& item : agenda.items) {
            canon.open().integer(item.initiativeId).text(item.questionId).integer(item.timeBoxSeconds).close();
        }
        canon.close().key("position").integer(agenda.position).key("round_id").integer(agenda.roundId);
        put("agenda", std::to_string(agenda.roundId), canon);
    }
    return digests;
}

RowSet rowsOf(const EngagementContent& content)
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
