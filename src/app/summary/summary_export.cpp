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
#include <QLabel>
#include <QPushButton>

namespace lastmile::app {

namespace {

// The rounds the one-page summary is made from: the latest and the one before, if any.
std::vector<std::int64_t> summaryRounds(const AssessmentDocument* document)
{
    const RoundData* round = document ? latestRound(document->assessment()) : nullptr;
    if (!round) {
        return {};
    }
    const RoundData* previous = roundBefore(document->assessment(), *round);
    return previous ? std::vector<std::int64_t>{round->round.id, previous->round.id}
                    : std::vector<std::int64_t>{round->round.id};
}

} // namespace

std::optional<ReportModel> SummaryPage::summaryReport() const
{
    const RoundData* round = m_document ? latestRound(m_document->assessment()) : nullptr;
    if (!round || !m_document->isLoaded(summaryRounds(m_document))) {
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
    whenSummaryReady([this, path] { exportPdf(path); });
}

void SummaryPage::whenSummaryReady(std::function<void()> then)
{
    const std::vector<std::int64_t> rounds = summaryRounds(m_document);
    if (rounds.empty()) {
        return;
    }
    m_pending = std::move(then);
    if (m_document->need(rounds)) {
        resumePending();
        return;
    }
    // Read on the document's worker thread: the page stays usable meanwhile.
    m_reading->setText(tr("Reading the answers for the one-page summary…"));
    m_reading->show();
    updateButtons();
}

void SummaryPage::resumePending()
{
    if (!m_pending || !m_document->isLoaded(summaryRounds(m_document))) {
        return;
    }
    const std::function<void()> then = std::move(m_pending);
    abandonPending();
    then();
}

void SummaryPage::abandonPending()
{
    m_pending = nullptr;
    m_reading->hide();
    updateButtons();
}

void SummaryPage::updateButtons()
{
    const bool ready = m_document && latestRound(m_document->assessment()) && m_waiting.empty() && !m_pending;
    m_print->setEnabled(ready);
    m_export->setEnabled(ready);
}

void SummaryPage::print()
{
    whenSummaryReady([this] { printNow(); });
}

void SummaryPage::printNow()
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
