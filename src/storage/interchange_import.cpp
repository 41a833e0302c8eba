// SPDX-License-Identifier: Apache-2.0
#include "base64.h"
#include "interchange.h"

#include "core/bank_loader.h"
#include "core/friction.h"
#include "core/json_reader.h"

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

class ImportValidator
{
public:
    explicit ImportValidator(Problems& problems)
        : m_problems(problems)
    {
    }

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
        forEach(root, "rounds", [&](const json& item, const std::string& path) {
            assessment.rounds.push_back(readRound(item, path));
        });
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

    Answer readAnswer(JsonObjectReader& object)
    {
        const auto kind = object.requiredString("kind");
        if (!kind) {
            return Answer::dontKnow();
        }
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
                round.bank = std::move(*loaded.bank);
                bankOk = true;
            }
        }
        std::set<std::int64_t> respondents;
        forEach(object, "respondents", [&](const json& item, const std::string& itemPath) {
            JsonObjectReader person(item, itemPath, m_problems);
            Respondent respondent;
            respondent.id = readId(person, "id", m_respondentIds);
            respondent.roundId = round.round.id;
            respondent.name = person.requiredString("name").value_or("");
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
            record.answer = readAnswer(answer);
            record.note = answer.optionalString("note").value_or("");
            record.evidence = answer.optionalString("evidence").value_or("");
            if (!answered.emplace(record.initiativeId, record.questionId, record.respondentId).second) {
                m_problems.push_back({ProblemKind::DuplicateId, itemPath, record.questionId});
            }
            answer.rejectUnknownKeys();
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
                record.answer = readAnswer(consensus);
                record.note = consensus.optionalString("note").value_or("");
                if (!agreed.emplace(record.initiativeId, record.questionId).second) {
                    m_problems.push_back({ProblemKind::DuplicateId, itemPath, record.questionId});
                }
                consensus.rejectUnknownKeys();
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
            if (!std::isfinite(*score) || *score < 0.0 || *score > 100.0) {
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
                    m_problems.push_back({ProblemKind::TooLarge, object.pathOf("logo_base64"),
                                          std::to_string(kMaxLogoBytes)});
                }
                branding.logo = std::move(*bytes);
            } else {
                m_problems.push_back({ProblemKind::BadValue, object.pathOf("logo_base64"), {}});
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
