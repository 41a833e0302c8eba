// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/answer.h"
#include "core/assessment_data.h"
#include "export_result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lastmile::render {

// One answer as the answers export lists it: a respondent's, or the consensus (respondent
// "(consensus)", no role, no evidence). Names are empty where the file no longer has them.
struct AnswerRow
{
    std::string round;
    std::int64_t initiativeId = 0;
    std::string initiative;
    std::string frictionId;
    std::string friction; // its name in the round's bank
    std::string questionId;
    std::string question;
    std::string respondent;
    std::string role;
    Answer answer; // its reason is the "reason" column
    std::string note;
    std::string evidence;
};

// Every answer of every round as CSV (docs/cli.md, "export"): one row per respondent's answer
// and per consensus answer, a header row, a UTF-8 byte-order mark first, and every field safe
// to open in a spreadsheet (core csvField).
class AnswersCsv
{
public:
    // The column names, in order: round, initiative_id, … evidence.
    static std::vector<std::string> header();
    // The rows: round by round in the file's order; within a round the respondents' answers
    // (by initiative, question and respondent, as stored), then the consensus answers. With
    // `anonymousName` set ("Respondent %1": ReportText::anonymousRespondent), respondents are
    // named as in an anonymous report (anonymousRespondentName, in each round's respondent order)
    // and their roles left out.
    static std::vector<AnswerRow> rows(const Assessment& assessment, const std::string& anonymousName = {});
    // The same rows, in the same order, given to `visit` one at a time as they are made: the
    // export of a large file holds one row, not all of them.
    static void forEachRow(const Assessment& assessment, const std::string& anonymousName,
                           const std::function<void(const AnswerRow& row)>& visit);

    static QByteArray bytes(const Assessment& assessment, const std::string& anonymousName = {});
    static ExportResult write(const QString& path, const Assessment& assessment, const std::string& anonymousName = {});
};

} // namespace lastmile::render
