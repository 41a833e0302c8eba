// SPDX-License-Identifier: Apache-2.0
// The Report tab's work off the UI thread: the preview's pages and the exports.
#include "app/assessment_document.h"
#include "modules/pdf_module.h"
#include "modules/workbook_module.h"
#include "page_preview.h"
#include "render/answers_csv.h"
#include "render/report_html.h"
#include "render/report_pdf.h"
#include "report_view.h"
#include "report_worker.h"
#include "text/messages.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <algorithm>

namespace lastmile::app {

namespace {

constexpr int kPreviewPages = 24; // pages drawn for the preview; the export has them all
constexpr qreal kPreviewDotsPerInch = 130.0;

} // namespace

std::optional<ReportModel> ReportRequest::build() const
{
    const auto find = [this](std::int64_t id) -> const RoundData* {
        const auto found = std::find_if(assessment.rounds.begin(), assessment.rounds.end(),
                                        [id](const RoundData& round) { return round.round.id == id; });
        return found == assessment.rounds.end() ? nullptr : &*found;
    };
    const RoundData* round = find(roundId);
    if (!round) {
        return std::nullopt;
    }
    const RoundData* compared = compareRoundId != roundId ? find(compareRoundId) : nullptr;
    ReportModel model = buildReport(assessment, *round, compared, options);
    if (!pageSize.empty()) {
        model.cover.branding.pageSize = pageSize;
    }
    return model;
}

void ReportView::schedulePreview()
{
    m_previewStale = true;
    if (!m_document) {
        m_debounce->stop();
        return;
    }
    if (isVisible()) {
        m_debounce->start(); // edits during a workshop arrive in bursts
    }
}

bool ReportView::isPreviewUpToDate() const
{
    return !m_previewStale && !m_debounce->isActive() && !m_previewWorker->isRunning();
}

void ReportView::startPreview()
{
    if (!m_document) {
        return;
    }
    if (m_previewWorker->isRunning()) {
        m_previewAgain = true; // once the one running has stopped
        m_previewWorker->cancel();
        return;
    }
    m_previewStale = false;
    m_previewAgain = false;
    m_previewStatus->setText(tr("Updating the preview…"));
    auto pages = std::make_shared<std::vector<QImage>>();
    auto count = std::make_shared<int>(0);
    m_previewPages = pages;
    m_previewCount = count;
    m_previewWorker->start([request = request(), pages, count](const render::ExportProgress& progress) {
        const std::optional<ReportModel> model = request.build();
        if (!model) {
            return render::ExportResult::written();
        }
        render::ReportPages layout(*model);
        if (!layout.layout(progress, kPreviewPages)) {
            return render::ExportResult::cancelled();
        }
        *count = layout.pageCount();
        const int drawn = std::min(kPreviewPages, layout.pageCount());
        for (int i = 0; i < drawn; ++i) {
            if (!progress(60 + (i + 1) * 40 / drawn, 100)) {
                return render::ExportResult::cancelled();
            }
            pages->push_back(layout.page(i, kPreviewDotsPerInch));
        }
        return render::ExportResult::written();
    });
}

void ReportView::previewFinished(render::ExportResult::Status status)
{
    if (m_previewAgain) {
        startPreview();
        return;
    }
    if (status != render::ExportResult::Status::Written) {
        m_previewStatus->clear();
        return;
    }
    m_pageCount = *m_previewCount;
    m_preview->setPages(std::move(*m_previewPages));
    if (m_pageCount > m_preview->pageCount()) {
        m_previewStatus->setText(tr("%1 pages in all; the preview shows the first %2. The export contains every page.")
                                     .arg(m_pageCount)
                                     .arg(m_preview->pageCount()));
    } else {
        m_previewStatus->setText(tr("%n page(s)", nullptr, m_pageCount));
    }
    emit previewUpdated();
}

bool ReportView::exportTo(Format format, const QString& path)
{
    if (!m_document || m_exportWorker->isRunning()) {
        return false;
    }
    ReportRequest job = request();
    if (format == Format::Xlsx) { // the workbook has every score and the methodology, whatever the sections
        job.options.initiatives = true;
        job.options.methodology = true;
        job.options.appendix = false;
    }
    if (format != Format::Csv && !job.build()) {
        return false;
    }
    m_exportPath = path;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    m_exportWorker->start([job = std::move(job), format, path](const render::ExportProgress& progress) {
        if (format == Format::Csv) {
            return progress(0, 1) ? render::AnswersCsv::write(path, job.assessment, job.options.anonymousName)
                                  : render::ExportResult::cancelled();
        }
        const std::optional<ReportModel> model = job.build();
        if (!model) {
            return render::ExportResult::failed(ReportView::tr("the round is no longer in the file"));
        }
        if (format == Format::Html) {
            return render::writeReportHtml(path, *model, progress);
        }
        if (format == Format::Xlsx) {
            return progress(0, 1) ? modules::writeWorkbook(path, job.assessment, *model)
                                  : render::ExportResult::cancelled();
        }
        return render::writeReportPdf(path, *model, modules::pdfFinisher(), progress);
    });
    updateButtons();
    return true;
}

bool ReportView::isExporting() const
{
    return m_exportWorker->isRunning();
}

void ReportView::cancelExport()
{
    m_progressLabel->setText(tr("Cancelling…"));
    m_exportWorker->cancel();
}

void ReportView::exportEnded(render::ExportResult::Status status, const QString& error)
{
    updateButtons();
    if (status == render::ExportResult::Status::Failed) {
        emit failed(text::fileMessage(QDir::toNativeSeparators(m_exportPath), error));
    }
    emit exportFinished(status == render::ExportResult::Status::Written);
}

} // namespace lastmile::app
