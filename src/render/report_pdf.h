// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "export_result.h"
#include "pdf_finishing.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <memory>

class QIODevice;
class QPagedPaintDevice;

namespace lastmile::render {

// The report as a PDF (docs/report.md): A4 or Letter as the branding says, real selectable text
// in an embedded font, page headers and footers with "Page N of M", tables that break between
// rows and repeat their header, the heatmap as vector graphics. `progress` is called as the work
// advances (done out of total) and cancels the export when it returns false. `finish` completes
// the PDF Qt painted (properties, outline, text map): render::qpdfFinisher(), or the app's PDF module.

// Writes to `path` atomically (QSaveFile): a failed or cancelled export leaves nothing behind.
ExportResult writeReportPdf(const QString& path, const ReportModel& model, const PdfFinisher& finish,
                            const ExportProgress& progress = {});
// Writes to an open device, for a preview in memory. On failure or cancel the device holds junk.
ExportResult writeReportPdf(QIODevice& device, const ReportModel& model, const PdfFinisher& finish,
                            const ExportProgress& progress = {});
// Paints the same pages onto any paged device (a printer), laid out on that device; sets its page
// layout to the branding's page size without margins.
ExportResult paintReport(QPagedPaintDevice& device, const ReportModel& model, const ExportProgress& progress = {});

// The PDF's pages as images, for a preview: laid out exactly as writeReportPdf lays them out, then
// drawn one page at a time at any resolution. Usable off the GUI thread.
class ReportPages
{
public:
    explicit ReportPages(ReportModel model);
    ~ReportPages();
    ReportPages(const ReportPages&) = delete;
    ReportPages& operator=(const ReportPages&) = delete;

    // Lays the pages out (the first 60 of 100 progress steps), keeping the first `keptPages` of
    // them for page() (all when negative: a preview of a long report needs only the first few);
    // false when cancelled.
    bool layout(const ExportProgress& progress = {}, int keptPages = -1);
    int pageCount() const;   // 0 before layout; every page, kept or not
    QSizeF pageSize() const; // in points
    // Page `index` (0-based) on white at `dotsPerInch`; null outside the kept pages.
    QImage page(int index, qreal dotsPerInch) const;

private:
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace lastmile::render
