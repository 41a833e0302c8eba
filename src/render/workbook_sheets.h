// SPDX-License-Identifier: Apache-2.0
#pragma once

// The sheets of the Excel workbook (workbook_xlsx.h), one function each.
#include "answers_csv.h"
#include "core/report_model.h"
#include "workbook_writer.h"

#include <string>
#include <vector>

namespace lastmile::render {

void writeHeatmapSheet(WorkbookWriter& writer, const Assessment& assessment, const ReportModel& model);
void writeScoresSheet(WorkbookWriter& writer, const ReportModel& model);
// The rows of AnswersCsv, written as they are made (none held).
void writeAnswersSheet(WorkbookWriter& writer, const Assessment& assessment);
void writeActionsSheet(WorkbookWriter& writer, const Assessment& assessment, const std::string& today);
void writeReadMeSheet(WorkbookWriter& writer, const Assessment& assessment, const ReportModel& model);

} // namespace lastmile::render
