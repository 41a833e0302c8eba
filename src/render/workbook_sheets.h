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
void writeAnswersSheet(WorkbookWriter& writer, const std::vector<std::string>& header,
                       const std::vector<AnswerRow>& rows);
void writeActionsSheet(WorkbookWriter& writer, const Assessment& assessment, const std::string& today);
void writeReadMeSheet(WorkbookWriter& writer, const Assessment& assessment, const ReportModel& model);

} // namespace lastmile::render
