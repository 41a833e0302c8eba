// SPDX-License-Identifier: Apache-2.0
#include "base64.h"
#include "core/bank_loader.h"
#include "core/friction.h"
#include "core/json_reader.h"
#include "core/numbers.h"
#include "interchange.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace lastmile::storage {

namespace {

using nlohmann::json;

bool isColour(std::string_view text)
{
    if (text.size() != 7 || text[0] != '#') {
        return false;
    }
    for (char c : text.substr(1)) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

// The one string exempt from kMaxInterchangeTextBytes: it has its own limit once decoded.
constexpr std::string_view kLogoPath = "/branding/logo_base64";

// Reports every string value of the document that no file may hold: one with a NUL character,
// or one longer than kMaxInterchangeTextBytes. Records the paths in `flagged`. The parser has
// already limited the nesting depth, so the recursion is bounded.
void checkStrings(const json& value, const std::string& path, Problems& problems, std::set<std::string>& flagged)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const json::string_t&>();
        if (text.find('\0') != std::string::npos) {
            problems.push_back({ProblemKind::BadValue, path, "contains a NUL character"});
            flagged.insert(path);
        } else if (text.size() > kMaxInterchangeTextBytes && path != kLogoPath) {
            problems.push_back({ProblemKind::TooLarge, path, std::to_string(kMaxInterchangeTextBytes)});
            flagged.insert(path);
        }
    } else if (value.is_object()) {
        for (const auto& [key, item] : value.items()) {
            checkStrings(item, jsonPointer(path, key), problems, flagged);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            checkStrings(value[i], jsonPointer(path, i), problems, flagged);
        }
    }
}

class ImportValidator
{
public:
    explicit ImportValidator(Problems& problems) : m_problems(problems) {}

    Assessment read(const json& document)
    {
        Assessment assessment;
        JsonObjectReader root(document, "", m_problems);
        if (!root.isObject()) {
            return assessment;
        }
        if (const auto format = root.requiredString("format"); format && *format != kInterchangeFormat) {
            m_problems.push_back({ProblemKind::UnsupportedFormat, root.pathOf("format"), *format});
            return assessment;
        }
        if (const auto version = root.requiredInteger("format_version");
            version && *version != kInterchangeFormatVersion) {
            m_problems.push_back(
                {ProblemKind::UnsupportedVersion, root.pathOf("format_version"), std::to_string(*version)});
            return assessment;
        }
        std::set<std::string> flagged;
        checkStrings(document, "", m_problems, flagged);
        const std::size_t stringProblems = m_problems.size();
        if (const json* organization = root.requiredObject("organization")) {
            JsonObjectReader object(*organization, root.pathOf("organization"), m_problems);
            assessment.organization.name = object.requiredString("name", true).value_or("");
            assessment.organization.sector = object.optionalString("sector").value_or("");
            assessment.organization.notes = object.optionalString("notes").value_or("");
            object.rejectUnknownKeys();
        }
        forEach(root, "initiatives", [&](const json& item, const std::string& path) {
            assessment.initiatives.push_back(readInitiative(item, path));
        });
        forEach(root, "rounds",
                [&](const json& item, const std::string& path) { assessment.rounds.push_back(readRound(item, path)); });
        forEach(root, "actions", [&](const json& item, const std::string& path) {
            assessment.actions.push_back(readAction(item, path));
        });
        forEach(root, "targets", [&](const json& item, const std::string& path) {
            assessment.targets.push_back(readTarget(item, path));
        });
        if (const json* branding = root.optionalObject("branding")) {
            assessment.branding = readBranding(*branding, root.pathOf("branding"));
        }
        root.rejectUnknownKeys();
        // A string already reported as unstorable is not reported again, with itself as the
        // detail, by the check of its field; an unknown key still is.
        m_problems.erase(
            std::remove_if(m_problems.begin() + static_cast<std::ptrdiff_t>(stringProblems), m_problems.end(),
                           [&](const Problem& problem) {
                               return problem.kind != ProblemKind::UnknownKey && flagged.count(problem.path) != 0;
                           }),
            m_problems.end());
        return assessment;
    }

private:
    template <typename Function>
    void forEach(JsonObjectReader& parent, std::string_view key, Function&& function, bool required = true)
    {
        const json* array = required ? parent.requiredArray(key) : parent.optionalArray(key);
        if (!array) {
            return;
        }
        for (std::size_t i = 0; i < array->size(); ++i) {
            function((*array)[i], jsonPointer(parent.pathOf(key), i));
        }
    }

    std::int64_t readId(JsonObjectReader& object, std::string_view key, std::set<std::int64_t>& seen)
    {
        const auto id = object.requiredInteger(key);
        if (!id) {
            return 0;
        }
        if (*id <= 0) {
            m_problems.push_back({ProblemKind::OutOfRange, object.pathOf(key), std::to_string(*id)});
        } else if (!seen.insert(*id).second) {
            m_problems.push_back({ProblemKind::DuplicateId, object.pathOf(key), std::to_string(*id)});
        }
        return *id;
    }

    std::int64_t readReference(JsonObjectReader& object, std::string_view key, const std::set<std::int64_t>& known)
    {
        const auto id = object.requiredInteger(key);
        if (id && known.count(*id) == 0) {
            m_problems.push_back({ProblemKind::UnknownReference, object.pathOf(key), std::to_string(*id)});
        }
        return id.value_or(0);
    }

    std::string readFriction(JsonObjectReader& object)
    {
        const auto id = object.requiredString("friction");
        if (id && !isKnownFrictionId(*id)) {
            m_problems.push_back({ProblemKind::UnknownFriction, object.pathOf("friction"), *id});
        }
        return id.value_or("");
    }

    std::string readDate(JsonObjectReader& object, std::string_view key)
    {
        const std::string date = object.optionalString(key).value_or("");
        if (!date.empty() && !isIsoDate(date)) {
            m_problems.push_back({ProblemKind::BadValue, object.pathOf(key), date});
        }
        return date;
    }

    // Reads kind, level and reason, then reports every key of the object not read so far as
    // unknown, so call it after the other fields. When the kind is missing or wrong, level and
    // reason are not reported as well: which of them is allowed depends on the kind.
    Answer readAnswer(JsonObjectReader& object)
    {
        bool kindKnown = false;
        Answer answer = readAnswerKind(object, kindKnown);
        if (kindKnown) {
            object.rejectUnknownKeys();
        } else {
            object.rejectUnknownKeys({"level", "reason"});
        }
        return answer;
    }

    Answer readAnswerKind(JsonObjectReader& object, bool& kindKnown)
    {
        const auto kind = object.requiredString("kind");
        if (!kind) {
            return Answer::dontKnow();
        }
        kindKnown = *kind == "level" || *kind == "dk" || *kind == "na";
        if (*kind == "level") {
            const auto level = object.requiredInteger("level");
            if (level && !isValidLevel(static_cast<int>(std::clamp<std::int64_t>(*level, -1, 5)))) {
                m_problems.push_back({ProblemKind::OutOfRange, object.pathOf("level"), std::to_string(*level)});
            }
            return Answer::atLevel(static_cast<int>(std::clamp<std::int64_t>(level.value_or(0), 0, 4)));
        }
        if (*kind == "na") {
            return Answer::notApplicable(object.optionalString("reason").value_or(""));
        }
        if (*kind != "dk") {
            m_problems.push_back({ProblemKind::BadValue, object.pathOf("kind"), *kind});
        }
        return Answer::dontKnow();
    }

    Initiative readInitiative(const json& value, const std::string& path)
    {
        Initiative initiative;
        JsonObjectReader object(value, path, m_problems);
        initiative.id = readId(object, "id", m_initiativeIds);
        initiative.name = object.requiredString("name").value_or("");
        initiative.businessFunction = object.optionalString("business_function").value_or("");
        initiative.owner = object.optionalString("owner").value_or("");
        if (const auto stage = object.requiredString("stage")) {
            if (const auto parsed = stageFromId(*stage)) {
                initiative.stage = *parsed;
            } else {
                m_problems.push_back({ProblemKind::BadValue, object.pathOf("stage"), *stage});
            }
        }
        initiative.targetOutcome = object.optionalString("target_outcome").value_or("");
        initiative.archived = object.optionalBool("archived").value_or(false);
        object.rejectUnknownKeys();
        return initiative;
    }

    RoundData readRound(const json& value, const std::string& path)
    {
        RoundData round;
        JsonObjectReader object(value, path, m_problems);
        round.round.id = readId(object, "id", m_roundIds);
        round.round.name = object.requiredString("name").value_or("");
        if (!round.round.name.empty() && !m_roundNames.insert(round.round.name).second) {
            m_problems.push_back({ProblemKind::DuplicateId, object.pathOf("name"), round.round.name});
        }
        round.round.heldOn = readDate(object, "held_on");
        bool bankOk = false;
        if (const json* bank = object.requiredObject("bank")) {
            BankLoadResult loaded = bankFromJson(*bank);
            for (Problem& problem : loaded.problems) {
                problem.path = object.pathOf("bank") + problem.path;
                m_problems.push_back(std::move(problem));
            }
            if (loaded.bank) {
                // The file keeps the bank as serializeBank writes it, and refuses to read a
                // larger one back.
                if (serializeBank(*loaded.bank).size() > kMaxBankBytes) {
                    m_problems.push_back({ProblemKind::TooLarge, object.pathOf("bank"), std::to_string(kMaxBankBytes)});
                }
                round.bank = std::move(*loaded.bank);
                bankOk = true;
            }
        }
        std::set<std::int64_t> respondents;
        std::set<std::string> respondentNames;
        forEach(object, "respondents", [&](const json& item, const std::string& itemPath) {
            JsonObjectReader person(item, itemPath, m_problems);
            Respondent respondent;
            respondent.id = readId(person, "id", m_respondentIds);
            respondent.roundId = round.round.id;
            respondent.name = person.requiredString("name").value_or("");
            if (!respondent.name.empty() && !respondentNames.insert(respondent.name).second) {
                m_problems.push_back({ProblemKind::DuplicateId, person.pathOf("name"), respondent.name});
            }
            respondent.role = person.optionalString("role").value_or("");
            respondents.insert(respondent.id);
            person.rejectUnknownKeys();
            round.respondents.push_back(std::move(respondent));
        });
        std::set<std::tuple<std::int64_t, std::string, std::int64_t>> answered;
        forEach(object, "answers", [&](const json& item, const std::string& itemPath) {
            JsonObjectReader answer(item, itemPath, m_problems);
            AnswerRecord record;
            record.initiativeId = readReference(answer, "initiative", m_initiativeIds);
            record.questionId = readQuestion(answer, round, bankOk);
            record.respondentId = readReference(answer, "respondent", respondents);
            record.note = answer.optionalString("note").value_or("");
            record.evidence = answer.optionalString("evidence").value_or("");
            record.answer = readAnswer(answer);
            if (!answered.emplace(record.initiativeId, record.questionId, record.respondentId).second) {
                m_problems.push_back({ProblemKind::DuplicateId, itemPath, record.questionId});
            }
            round.answers.push_back(std::move(record));
        });
        std::set<std::pair<std::int64_t, std::string>> agreed;
        forEach(
            object, "consensus",
            [&](const json& item, const std::string& itemPath) {
                JsonObjectReader consensus(item, itemPath, m_problems);
                ConsensusRecord record;
                record.initiativeId = readReference(consensus, "initiative", m_initiativeIds);
                record.questionId = readQuestion(consensus, round, bankOk);
                record.note = consensus.optionalString("note").value_or("");
                record.answer = readAnswer(consensus);
                if (!agreed.emplace(record.initiativeId, record.questionId).second) {
                    m_problems.push_back({ProblemKind::DuplicateId, itemPath, record.questionId});
                }
                round.consensus.push_back(std::move(record));
            },
            false);
        object.rejectUnknownKeys();
        return round;
    }

    std::string readQuestion(JsonObjectReader& object, const RoundData& round, bool bankOk)
    {
        const std::string id = object.requiredString("question").value_or("");
        if (bankOk && !id.empty() && !round.bank.findQuestion(id)) {
            m_problems.push_back({ProblemKind::UnknownReference, object.pathOf("question"), id});
        }
        return id;
    }

    Action readAction(const json& value, const std::string& path)
    {
        Action action;
        JsonObjectReader object(value, path, m_problems);
        action.id = readId(object, "id", m_actionIds);
        action.initiativeId = readReference(object, "initiative", m_initiativeIds);
        action.frictionId = readFriction(object);
        action.text = object.requiredString("text").value_or("");
        action.owner = object.optionalString("owner").value_or("");
        action.due = readDate(object, "due");
        if (const auto status = object.requiredString("status")) {
            if (const auto parsed = actionStatusFromId(*status)) {
                action.status = *parsed;
            } else {
                m_problems.push_back({ProblemKind::BadValue, object.pathOf("status"), *status});
            }
        }
        action.note = object.optionalString("note").value_or("");
        action.recommendationId = object.optionalString("recommendation").value_or("");
        object.rejectUnknownKeys();
        return action;
    }

    Target readTarget(const json& value, const std::string& path)
    {
        Target target;
        JsonObjectReader object(value, path, m_problems);
        target.initiativeId = readReference(object, "initiative", m_initiativeIds);
        target.frictionId = readFriction(object);
        if (const auto score = object.requiredNumber("score")) {
            if (!isPlainNumberWithin(*score, 0.0, 100.0)) {
                m_problems.push_back({ProblemKind::OutOfRange, object.pathOf("score"), json(*score).dump()});
            }
            target.score = *score;
        }
        if (!m_targets.emplace(target.initiativeId, target.frictionId).second) {
            m_problems.push_back({ProblemKind::DuplicateId, path, target.frictionId});
        }
        object.rejectUnknownKeys();
        return target;
    }

    Branding readBranding(const json& value, const std::string& path)
    {
        Branding branding;
        JsonObjectReader object(value, path, m_problems);
        branding.firmName = object.optionalString("firm_name").value_or("");
        branding.accentColour = object.optionalString("accent_colour").value_or("");
        if (!branding.accentColour.empty() && !isColour(branding.accentColour)) {
            m_problems.push_back({ProblemKind::BadValue, object.pathOf("accent_colour"), branding.accentColour});
        }
        branding.footer = object.optionalString("footer").value_or("");
        branding.pageSize = object.optionalString("page_size").value_or("a4");
        if (branding.pageSize != "a4" && branding.pageSize != "letter") {
            m_problems.push_back({ProblemKind::BadValue, object.pathOf("page_size"), branding.pageSize});
        }
        branding.logoMime = object.optionalString("logo_mime").value_or("");
        if (!branding.logoMime.empty() && branding.logoMime != "image/png" && branding.logoMime != "image/jpeg" &&
            branding.logoMime != "image/svg+xml") {
            m_problems.push_back({ProblemKind::BadValue, object.pathOf("logo_mime"), branding.logoMime});
        }
        if (const auto logo = object.optionalString("logo_base64")) {
            if (auto bytes = decodeBase64(*logo)) {
                if (bytes->size() > kMaxLogoBytes) {
                    m_problems.push_back(
                        {ProblemKind::TooLarge, object.pathOf("logo_base64"), std::to_string(kMaxLogoBytes)});
                }
                branding.logo = std::move(*bytes);
            } else {
                m_problems.push_back({ProblemKind::BadValue, object.pathOf("logo_base64"), "not Base64"});
            }
        }
        object.rejectUnknownKeys();
        return branding;
    }

    Problems& m_problems;
    std::set<std::int64_t> m_initiativeIds;
    std::set<std::int64_t> m_roundIds;
    std::set<std::string> m_roundNames;
    std::set<std::int64_t> m_respondentIds;
    std::set<std::int64_t> m_actionIds;
    std::set<std::pair<std::int64_t, std::string>> m_targets;
};

} // namespace

ImportResult parseAssessmentJson(std::string_view text)
{
    ImportResult result;
    const auto document = parseJsonDocument(text, kMaxInterchangeBytes, kMaxInterchangeDepth, result.problems);
    if (!document) {
        return result;
    }
    Assessment assessment = ImportValidator(result.problems).read(*document);
    if (result.problems.empty()) {
        result.assessment = std::move(assessment);
    }
    return result;
}

ImportResult loadAssessmentJsonFile(const std::string& path)
{
    ImportResult result;
    const auto text = readTextFile(path, kMaxInterchangeBytes, result.problems);
    if (!text) {
        return result;
    }
    return parseAssessmentJson(*text);
}

} // namespace lastmile::storage
