// SPDX-License-Identifier: Apache-2.0
// The digest of a row's values: from its JSON, or straight from the engagement's values.
#include "core/bank_loader.h"
#include "row_set.h"

#include <charconv>
#include <cstdint>
#include <cstdio>

namespace lastmile::repository {

using nlohmann::json;

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

} // namespace lastmile::repository
