// SPDX-License-Identifier: Apache-2.0
// The summary tab's one-page summary: the report's executive summary, printed or as PDF.
#include "app/assessment_document.h"
#include "modules/pdf_module.h"
#include "modules/print_module.h"
#include "render/report_pdf.h"
#include "summary_page.h"
#include "text/messages.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace lastmile::app {

std::optional<ReportModel> SummaryPage::summaryReport() const
{
    const RoundData* round = m_document ? latestRound(m_document->assessment()) : nullptr;
    if (!round) {
        return std::nullopt;
    }
    ReportOptions options;
    options.cover = false;
    options.heatmap = false;
    options.initiatives = false;
    options.methodology = false;
    options.appendix = false;
    options.today = m_today.toString(Qt::ISODate).toStdString();
    return buildReport(m_document->assessment(), *round, roundBefore(m_document->assessment(), *round), options);
}

bool SummaryPage::exportPdf(const QString& path)
{
    const std::optional<ReportModel> model = summaryReport();
    if (!model) {
        return false;
    }
    const render::ExportResult result = render::writeReportPdf(path, *model, modules::pdfFinisher());
    if (result.status == render::ExportResult::Status::Failed) {
        emit failed(text::fileMessage(QDir::toNativeSeparators(path), result.error));
    }
    return result.ok();
}

void SummaryPage::chooseExportFile()
{
    if (!m_document) {
        return;
    }
    const QFileInfo file(m_document->path());
    const QString suggested = QDir(file.absolutePath()).filePath(file.completeBaseName() + tr(" summary.pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Summary"), suggested, tr("PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    exportPdf(path);
}

void SummaryPage::print()
{
    const std::optional<ReportModel> model = summaryReport();
    if (!model) {
        return;
    }
    const render::ExportResult result = modules::printWithDialog(
        this, tr("Print Summary"), tr("%1 summary").arg(QFileInfo(m_document->path()).completeBaseName()),
        [&model](QPagedPaintDevice& printer) { return render::paintReport(printer, *model); });
    if (result.status == render::ExportResult::Status::Failed) {
        emit failed(tr("The summary could not be printed: %1").arg(result.error));
    }
}

} // namespace lastmile::app
