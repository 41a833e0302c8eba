// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "export_result.h"

#include <QByteArray>
#include <QString>

namespace lastmile::render {

// Every answer of every round as CSV (docs/cli.md, "export"): one row per respondent's answer
// and per consensus answer, a header row, a UTF-8 byte-order mark first, and every field safe
// to open in a spreadsheet (core csvField).
class AnswersCsv
{
public:
    static QByteArray bytes(const Assessment& assessment);
    static ExportResult write(const QString& path, const Assessment& assessment);
};

} // namespace lastmile::render
