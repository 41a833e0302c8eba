// SPDX-License-Identifier: Apache-2.0
#include "answers_csv.h"

#include "core/csv.h"
#include "core/report_model.h"

#include <map>

namespace lastmile::render {

std::vector<std::string> AnswersCsv::header()
{
    return {"round",      "initiative_id", "initiative", "friction_id", "friction", "question_id", "question",
            "respondent", "role",          "answer",     "reason",      "note",     "evidence"};
}

std::vector<AnswerRow> AnswersCsv::rows(const Assessment& assessment, const std::string& anonymousName)
{
    std::vector<AnswerRow> rows;
    forEachRow(assessment, anonymousName, [&rows](const AnswerRow& row) { rows.push_back(row); });
    return rows;
}

void AnswersCsv::forEachRow(const Assessment& assessment, const std::string& anonymousName,
                            const std::function<void(const AnswerRow& row)>& visit)
{
    std::map<std::int64_t, const Initiative*> initiatives;
    for (const Initiative& initiative : assessment.initiatives) {
        initiatives[initiative.id] = &initiative;
    }
    // A fixed word, like the header: the file reads the same whatever language the program speaks.
    const std::string consensusName = "(consensus)";
    for (const RoundData& round : assessment.rounds) {
        std::map<std::int64_t, std::pair<std::string, std::string>> respondents; // name and role
        for (const Respondent& respondent : round.respondents) {
            respondents[respondent.id] =
                anonymousName.empty()
                    ? std::make_pair(respondent.name, respondent.role)
                    : std::make_pair(anonymousRespondentName(anonymousName, respondents.size()), std::string());
        }
        const auto row = [&](std::int64_t initiativeId, const std::string& questionId, const std::string& who,
                             const std::string& role, const Answer& answer, const std::string& note,
                             const std::string& evidence) {
            const Friction* friction = round.bank.frictionOfQuestion(questionId);
            const Question* question = round.bank.findQuestion(questionId);
            const auto initiative = initiatives.find(initiativeId);
            visit({round.round.name, initiativeId, initiative != initiatives.end() ? initiative->second->name : "",
                   friction ? friction->id : "", friction ? friction->name : "", questionId,
                   question ? question->text : "", who, role, answer, note, evidence});
        };
        for (const AnswerRecord& record : round.answers) {
            const auto respondent = respondents.find(record.respondentId);
            const bool known = respondent != respondents.end();
            row(record.initiativeId, record.questionId, known ? respondent->second.first : "",
                known ? respondent->second.second : "", record.answer, record.note, record.evidence);
        }
        for (const ConsensusRecord& record : round.consensus) {
            row(record.initiativeId, record.questionId, consensusName, "", record.answer, record.note, "");
        }
    }
}

QByteArray AnswersCsv::bytes(const Assessment& assessment, const std::string& anonymousName)
{
    std::string csv = csvRow(header());
    forEachRow(assessment, anonymousName, [&csv](const AnswerRow& row) {
        csv += csvRow({row.round, std::to_string(row.initiativeId), row.initiative, row.frictionId, row.friction,
                       row.questionId, row.question, row.respondent, row.role, answerToken(row.answer),
                       row.answer.reason, row.note, row.evidence});
    });
    // A byte-order mark first, so that spreadsheet programs read the file as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + QByteArray::fromStdString(csv);
}

ExportResult AnswersCsv::write(const QString& path, const Assessment& assessment, const std::string& anonymousName)
{
    return saveAtomically(path, bytes(assessment, anonymousName));
}

} // namespace lastmile::render
