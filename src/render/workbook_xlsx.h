// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/report_model.h"
#include "export_result.h"

#include <QString>

namespace lastmile::render {

// Writes the Excel workbook of an assessment (docs/cli.md, "export") to `path` (.xlsx),
// through libxlsxwriter:
// - "Heatmap": the round of `model` (initiatives x frictions and a portfolio row), every score
//   an unrounded number shown as a whole number, coloured by band through conditional
//   formatting (the thresholds of model.methodology), so a changed number recolours itself;
//   "?" marks insufficient evidence and "!" disagreement in the number format, not the value.
// - "Scores": one row per initiative and friction and for the portfolio: score, band,
//   coverage, answered and asked questions, disagreements, the compared round's score, the
//   change, the target and the gap to it.
// - "Answers": every answer of every round of `assessment`, the columns of AnswersCsv.
// - "Actions": the whole action plan in its order, due dates as dates.
// - "Read me": what the workbook holds and the methodology.
// `model` must come from buildReport(assessment, …) with the initiatives and methodology
// sections on; model.options.today (YYYY-MM-DD) decides which actions are overdue.
// Numbers are written as numbers, valid ISO dates as dates, and all text as text (never a
// formula, whatever it starts with). Text longer than a cell holds (32767 characters) is cut,
// visibly, with a note saying how much was left out. The file is written under a temporary
// name in the same folder and renamed over `path` when complete; on failure `path` is untouched
// and the error names the reason. The workbook is written in libxlsxwriter's constant-memory
// mode, with temporary files in the target's folder: memory does not grow with the answers
// beyond `assessment` itself.
ExportResult writeWorkbookXlsx(const QString& path, const Assessment& assessment, const ReportModel& model);

} // namespace lastmile::render
