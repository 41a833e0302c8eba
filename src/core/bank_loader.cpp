// SPDX-License-Identifier: Apache-2.0
#include "bank_loader.h"

#include "friction.h"
#include "json_reader.h"
#include "numbers.h"

#include <cmath>
#include <set>

namespace lastmile {

namespace {

constexpr double kMaxQuestionWeight = 10.0;

using nlohmann::json;

class BankValidator
{
public:
    explicit BankValidator(Problems& problems) : m_problems(problems) {}

    QuestionBank read(const json& document)
    {
        QuestionBank bank;
        JsonObjectReader root(document, "", m_problems);
        if (!root.isObject()) {
            return bank;
        }
        if (const auto format = root.requiredString("format"); format && *format != kBankFormat) {
            m_problems.push_back({ProblemKind::UnsupportedFormat, root.pathOf("format"), *format});
        }
        if (const auto version = root.requiredInteger("format_version")) {
            if (*version != kBankFormatVersion) {
                m_problems.push_back(
                    {ProblemKind::UnsupportedVersion, root.pathOf("format_version"), std::to_string(*version)});
                return bank; // a different format version: the rest cannot be read meaningfully
            }
        }
        bank.id = readId(root, "id");
        bank.name = root.requiredString("name").value_or("");
        bank.contentVersion = root.requiredString("content_version").value_or("");
        bank.language = root.optionalString("language").value_or("");
        bank.description = root.optionalString("description").value_or("");
        if (const json* scale = root.optionalArray("scale")) {
            readFive(*scale, root.pathOf("scale"), bank.scale);
        }
        if (const json* frictions = root.requiredArray("frictions")) {
            if (frictions->empty()) {
                m_problems.push_back({ProblemKind::EmptyValue, root.pathOf("frictions"), {}});
            }
            for (std::size_t i = 0; i < frictions->size(); ++i) {
                bank.frictions.push_back(readFriction((*frictions)[i], jsonPointer("/frictions", i)));
            }
        }
        root.rejectUnknownKeys({"$schema"});
        return bank;
    }

private:
    std::string readId(JsonObjectReader& object, std::string_view key)
    {
        const auto id = object.requiredString(key);
        if (id && !isValidId(*id)) {
            m_problems.push_back({ProblemKind::BadId, object.pathOf(key), *id});
        }
        return id.value_or("");
    }

    void readFive(const json& array, const std::string& path, std::array<std::string, 5>& out)
    {
        if (array.size() != out.size()) {
            m_problems.push_back({ProblemKind::LevelCount, path, std::to_string(array.size())});
            return;
        }
        for (std::size_t i = 0; i < out.size(); ++i) {
            const std::string itemPath = jsonPointer(path, i);
            if (!array[i].is_string()) {
                m_problems.push_back({ProblemKind::WrongType, itemPath, "string"});
            } else if (array[i].get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
                m_problems.push_back({ProblemKind::EmptyValue, itemPath, {}});
            } else {
                out[i] = array[i].get<std::string>();
            }
        }
    }

    double readWeight(JsonObjectReader& object, bool required, double maximum)
    {
        const auto weight = required ? object.requiredNumber("weight") : object.optionalNumber("weight");
        if (!weight) {
            return 1.0;
        }
        if (!isPlainNumberWithin(*weight, 0.0, maximum) || *weight == 0.0) {
            m_problems.push_back({ProblemKind::BadWeight, object.pathOf("weight"), json(*weight).dump()});
        }
        return *weight;
    }

    Friction readFriction(const json& value, const std::string& path)
    {
        Friction friction;
        JsonObjectReader object(value, path, m_problems);
        if (!object.isObject()) {
            return friction;
        }
        if (const auto id = object.requiredString("id")) {
            friction.id = *id;
            if (!isKnownFrictionId(*id)) {
                m_problems.push_back({ProblemKind::UnknownFriction, object.pathOf("id"), *id});
            } else if (!m_frictionIds.insert(*id).second) {
                m_problems.push_back({ProblemKind::DuplicateId, object.pathOf("id"), *id});
            }
        }
        friction.name = object.requiredString("name").value_or("");
        friction.description = object.requiredString("description").value_or("");
        friction.weight = readWeight(object, false, INFINITY);
        if (const json* questions = object.requiredArray("questions")) {
            if (questions->empty()) {
                m_problems.push_back({ProblemKind::EmptyValue, object.pathOf("questions"), {}});
            }
            for (std::size_t i = 0; i < questions->size(); ++i) {
                friction.questions.push_back(readQuestion((*questions)[i], jsonPointer(object.pathOf("questions"), i)));
            }
        }
        if (const json* actions = object.requiredObject("actions")) {
            JsonObjectReader bands(*actions, object.pathOf("actions"), m_problems);
            for (Band band : kBands) {
                const std::string_view key = bandId(band);
                const json* list = bands.requiredArray(key);
                if (!list) {
                    continue;
                }
                if (list->empty() && band != Band::Low) {
                    m_problems.push_back({ProblemKind::EmptyValue, bands.pathOf(key), {}});
                }
                auto& out = friction.actions[static_cast<std::size_t>(band)];
                for (std::size_t i = 0; i < list->size(); ++i) {
                    out.push_back(readAction((*list)[i], jsonPointer(bands.pathOf(key), i)));
                }
            }
            bands.rejectUnknownKeys();
        }
        object.rejectUnknownKeys();
        return friction;
    }

    Question readQuestion(const json& value, const std::string& path)
    {
        Question question;
        JsonObjectReader object(value, path, m_problems);
        if (!object.isObject()) {
            return question;
        }
        question.id = readId(object, "id");
        if (!question.id.empty() && !m_questionIds.insert(question.id).second) {
            m_problems.push_back({ProblemKind::DuplicateId, object.pathOf("id"), question.id});
        }
        question.text = object.requiredString("text").value_or("");
        question.help = object.requiredString("help").value_or("");
        question.weight = readWeight(object, true, kMaxQuestionWeight);
        if (const json* levels = object.requiredArray("levels")) {
            readFive(*levels, object.pathOf("levels"), question.levels);
        }
        object.rejectUnknownKeys();
        return question;
    }

    RecommendedAction readAction(const json& value, const std::string& path)
    {
        RecommendedAction action;
        JsonObjectReader object(value, path, m_problems);
        if (!object.isObject()) {
            return action;
        }
        action.id = readId(object, "id");
        if (!action.id.empty() && !m_actionIds.insert(action.id).second) {
            m_problems.push_back({ProblemKind::DuplicateId, object.pathOf("id"), action.id});
        }
        action.title = object.requiredString("title").value_or("");
        action.text = object.requiredString("text").value_or("");
        action.owner = object.requiredString("owner").value_or("");
        object.rejectUnknownKeys();
        return action;
    }

    Problems& m_problems;
    std::set<std::string> m_frictionIds;
    std::set<std::string> m_questionIds;
    std::set<std::string> m_actionIds;
};

} // namespace

BankLoadResult bankFromJson(const json& document)
{
    BankLoadResult result;
    QuestionBank bank = BankValidator(result.problems).read(document);
    if (result.problems.empty()) {
        result.bank = std::move(bank);
    }
    return result;
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') {
        return false;
    }
    for (char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

BankLoadResult parseBank(std::string_view jsonText)
{
    Problems problems;
    const auto document = parseJsonDocument(jsonText, kMaxBankBytes, kMaxBankDepth, problems);
    if (!document) {
        return {std::nullopt, std::move(problems)};
    }
    return bankFromJson(*document);
}

BankLoadResult loadBankFile(const std::string& path)
{
    Problems problems;
    const auto text = readTextFile(path, kMaxBankBytes, problems);
    if (!text) {
        return {std::nullopt, std::move(problems)};
    }
    return parseBank(*text);
}

std::string serializeBank(const QuestionBank& bank)
{
    return bankToJson(bank).dump(2, ' ', false, json::error_handler_t::replace);
}

json bankToJson(const QuestionBank& bank)
{
    json frictions = json::array();
    for (const Friction& friction : bank.frictions) {
        json questions = json::array();
        for (const Question& question : friction.questions) {
            questions.push_back({{"id", question.id},
                                 {"text", question.text},
                                 {"help", question.help},
                                 {"weight", question.weight},
                                 {"levels", question.levels}});
        }
        json actions = json::object();
        for (Band band : kBands) {
            json list = json::array();
            for (const RecommendedAction& action : friction.actionsFor(band)) {
                list.push_back(
                    {{"id", action.id}, {"title", action.title}, {"text", action.text}, {"owner", action.owner}});
            }
            actions[std::string(bandId(band))] = std::move(list);
        }
        frictions.push_back({{"id", friction.id},
                             {"name", friction.name},
                             {"description", friction.description},
                             {"weight", friction.weight},
                             {"questions", std::move(questions)},
                             {"actions", std::move(actions)}});
    }
    return {{"format", kBankFormat},
            {"format_version", bank.formatVersion},
            {"id", bank.id},
            {"name", bank.name},
            {"content_version", bank.contentVersion},
            {"language", bank.language},
            {"description", bank.description},
            {"scale", bank.scale},
            {"frictions", std::move(frictions)}};
}

} // namespace lastmile
