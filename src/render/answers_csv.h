// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "export_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <string>

namespace lastmile::render {

// Every answer of every round as CSV (docs/cli.md, "export"): one row per respondent's answer
// and per consensus answer, a header row, a UTF-8 byte-order mark first, and every field safe
// to open in a spreadsheet (core csvField).
class AnswersCsv
{
    Q_DECLARE_TR_FUNCTIONS(AnswersCsv)

public:
    // With `anonymousName` set ("Respondent %1": ReportText::anonymousRespondent), respondents are
    // named as in an anonymous report (anonymousRespondentName, in each round's respondent order)
    // and their roles left out.
    static QByteArray bytes(const Assessment& assessment, const std::string& anonymousName = {});
    static ExportResult write(const QString& path, const Assessment& assessment, const std::string& anonymousName = {});
};

} // namespace lastmile::render
