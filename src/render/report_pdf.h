// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "export_result.h"

#include <QString>

class QIODevice;

namespace lastmile::render {

// The report as a PDF (docs/report.md): A4 or Letter as the branding says, real selectable text
// in an embedded font, page headers and footers with "Page N of M", tables that break between
// rows and repeat their header, the heatmap as vector graphics. `progress` is called as the work
// advances (done out of total) and cancels the export when it returns false.

// Writes to `path` atomically (QSaveFile): a failed or cancelled export leaves nothing behind.
ExportResult writeReportPdf(const QString& path, const ReportModel& model, const ExportProgress& progress = {});
// Writes to an open device, for a preview in memory. On failure or cancel the device holds junk.
ExportResult writeReportPdf(QIODevice& device, const ReportModel& model, const ExportProgress& progress = {});

} // namespace lastmile::render
