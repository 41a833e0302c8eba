// SPDX-License-Identifier: Apache-2.0
// The digest of a row's values: from its JSON, or straight from the engagement's values.
#include "core/bank_loader.h"
#include "row_set.h"

#include <charconv>
#include <cstdint>
#include <functional>

namespace lastmile::repository {

using nlohmann::json;

namespace {

// The canonical text of a row: "key=value;" in key order; values typed: s<length>:<bytes>,
// i<integer>, d<shortest double>, b0/b1, n (null), [values,]. Only its FNV-1a hash is kept,
// computed as the text is made.
class Canon
{
public:
    Canon& key(std::string_view name)
    {
        put(name);
        put('=');
        return *this;
    }
    Canon& text(std::string_view value)
    {
        put('s');
        number(static_cast<std::int64_t>(value.size()));
        put(':');
        put(value);
        return end();
    }
    Canon& integer(std::int64_t value)
    {
        put('i');
        number(value);
        return end();
    }
    Canon& real(double value)
    {
        char buffer[32];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
        put('d');
        put(std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer)));
        return end();
    }
    Canon& boolean(bool value)
    {
        put(value ? "b1" : "b0");
        return end();
    }
    Canon& null()
    {
        put('n');
        return end();
    }
    Canon& open()
    {
        put('[');
        return *this;
    }
    Canon& close()
    {
        put(']');
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
        static const char digits[] = "0123456789abcdef";
        std::string text(16, '0');
        for (int i = 15, shift = 0; i >= 0; --i, shift += 4) {
            text[static_cast<std::size_t>(i)] = digits[(m_hash >> shift) & 15];
        }
        return text;
    }

private:
    void put(char c) { m_hash = (m_hash ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
    void put(std::string_view text)
    {
        for (char c : text) {
            put(c);
        }
    }
    void number(std::int64_t value)
    {
        char buffer[24];
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
        put(std::string_view(buffer, static_cast<std::size_t>(written.ptr - buffer)));
    }
    Canon& end()
    {
        put(';');
        return *this;
    }
    std::uint64_t m_hash = 14695981039346656037ull;
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

// Keys in the order nlohmann::json keeps an object's keys (sorted), as digestOf(json) walks them.

std::string engagementDigest(const Organization& organization)
{
    return Canon()
        .key("name")
        .text(organization.name)
        .key("notes")
        .text(organization.notes)
        .key("sector")
        .text(organization.sector)
        .digest();
}

std::string initiativeDigest(const Initiative& i, std::int64_t position)
{
    return Canon()
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
        .integer(position)
        .key("stage")
        .text(stageId(i.stage))
        .key("target_outcome")
        .text(i.targetOutcome)
        .digest();
}

std::string roundDigest(const RoundData& round, std::int64_t position)
{
    return Canon()
        .key("bank_json")
        .text(serializeBank(round.bank))
        .key("held_on")
        .text(round.round.heldOn)
        .key("id")
        .integer(round.round.id)
        .key("name")
        .text(round.round.name)
        .key("position")
        .integer(position)
        .digest();
}

std::string respondentDigest(const Respondent& r, std::int64_t roundId)
{
    return Canon()
        .key("id")
        .integer(r.id)
        .key("name")
        .text(r.name)
        .key("role")
        .text(r.role)
        .key("round_id")
        .integer(roundId)
        .digest();
}

std::string answerDigest(const AnswerRecord& a, std::int64_t roundId)
{
    Canon canon;
    canon.key("evidence").text(a.evidence).key("initiative_id").integer(a.initiativeId);
    return answerFields(canon, a.answer)
        .key("note")
        .text(a.note)
        .key("question_id")
        .text(a.questionId)
        .key("reason")
        .text(reasonOf(a.answer))
        .key("respondent_id")
        .integer(a.respondentId)
        .key("round_id")
        .integer(roundId)
        .digest();
}

std::string consensusDigest(const ConsensusRecord& c, std::int64_t roundId)
{
    Canon canon;
    canon.key("initiative_id").integer(c.initiativeId);
    return answerFields(canon, c.answer)
        .key("note")
        .text(c.note)
        .key("question_id")
        .text(c.questionId)
        .key("reason")
        .text(reasonOf(c.answer))
        .key("round_id")
        .integer(roundId)
        .digest();
}

std::string actionDigest(const Action& a, std::int64_t position)
{
    return Canon()
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
        .integer(position)
        .key("recommendation_id")
        .text(a.recommendationId)
        .key("status")
        .text(actionStatusId(a.status))
        .key("text")
        .text(a.text)
        .digest();
}

std::string targetDigest(const Target& t)
{
    return Canon()
        .key("friction_id")
        .text(t.frictionId)
        .key("initiative_id")
        .integer(t.initiativeId)
        .key("score")
        .real(t.score)
        .digest();
}

std::string brandingDigest(const Branding& b)
{
    Canon branding;
    branding.key("accent_colour").text(b.accentColour).key("firm_name").text(b.firmName).key("footer").text(b.footer);
    branding.key("logo");
    b.logo.empty() ? branding.null() : branding.text(hexBytes(b.logo));
    return branding.key("logo_mime").text(b.logoMime).key("page_size").text(b.pageSize).digest();
}

std::string agendaDigest(const Agenda& agenda)
{
    Canon canon;
    canon.key("anonymous_reveal").boolean(agenda.anonymousReveal).key("items").open();
    for (const AgendaItem& item : agenda.items) {
        canon.open().integer(item.initiativeId).text(item.questionId).integer(item.timeBoxSeconds).close();
    }
    return canon.close().key("position").integer(agenda.position).key("round_id").integer(agenda.roundId).digest();
}

std::string answerKey(std::int64_t roundId, const AnswerRecord& a)
{
    std::string key = std::to_string(roundId);
    key += '/';
    key += std::to_string(a.initiativeId);
    key += '/';
    key += a.questionId;
    key += '/';
    key += std::to_string(a.respondentId);
    return key;
}

std::string consensusKey(std::int64_t roundId, const ConsensusRecord& c)
{
    return std::to_string(roundId) + "/" + std::to_string(c.initiativeId) + "/" + c.questionId;
}

std::string targetKey(const Target& t)
{
    return std::to_string(t.initiativeId) + "/" + t.frictionId;
}

void forEachRowDigest(const EngagementContent& content,
                      const std::function<void(std::string_view table, std::string key, std::string digest)>& visit)
{
    const Assessment& assessment = content.assessment;
    visit("engagement", "", engagementDigest(assessment.organization));
    std::int64_t position = 0;
    for (const Initiative& i : assessment.initiatives) {
        visit("initiative", std::to_string(i.id), initiativeDigest(i, position++));
    }
    position = 0;
    for (const RoundData& round : assessment.rounds) {
        const std::int64_t roundId = round.round.id;
        visit("round", std::to_string(roundId), roundDigest(round, position++));
        for (const Respondent& r : round.respondents) {
            visit("respondent", std::to_string(r.id), respondentDigest(r, roundId));
        }
        for (const AnswerRecord& a : round.answers) {
            visit("answer", answerKey(roundId, a), answerDigest(a, roundId));
        }
        for (const ConsensusRecord& c : round.consensus) {
            visit("consensus", consensusKey(roundId, c), consensusDigest(c, roundId));
        }
    }
    position = 0;
    for (const Action& a : assessment.actions) {
        visit("action", std::to_string(a.id), actionDigest(a, position++));
    }
    for (const Target& t : assessment.targets) {
        visit("target", targetKey(t), targetDigest(t));
    }
    visit("branding", "", brandingDigest(assessment.branding));
    for (const Agenda& agenda : content.agendas) {
        visit("agenda", std::to_string(agenda.roundId), agendaDigest(agenda));
    }
}

RowDigests digestsOf(const EngagementContent& content)
{
    RowDigests digests;
    digests.reserve(static_cast<std::size_t>(rowCount(content)));
    forEachRowDigest(content, [&](std::string_view table, std::string key, std::string digest) {
        digests.emplace(digestKey(table, key), std::move(digest));
    });
    return digests;
}

} // namespace lastmile::repository
