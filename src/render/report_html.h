// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "export_result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace lastmile::render {

// The report as one self-contained HTML file (docs/report.md): inline CSS, the heatmap as
// inline SVG, the logo as a data: URI, no scripts and nothing fetched. Every name, note and
// other user text is HTML-escaped, so it shows literally.
QByteArray reportHtml(const ReportModel& model);
// Writes to `path` atomically: a failed or cancelled export leaves nothing behind. `progress` is
// called as the parts are made (done out of total) and cancels the export when it returns false.
ExportResult writeReportHtml(const QString& path, const ReportModel& model, const ExportProgress& progress = {});
// Writes to `device` (open for writing) part by part as UTF-8, each initiative's section and
// each initiative's rows of the appendix as they are made, so the document is never whole in
// memory. `progress` as above, except the last step (saving), left to the caller. Failed, with
// the device's reason, when it refuses a write.
ExportResult writeReportHtml(QIODevice& device, const ReportModel& model, const ExportProgress& progress = {});

} // namespace lastmile::render
