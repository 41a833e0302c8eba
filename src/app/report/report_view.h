// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assessment_data.h"
#include "core/report_model.h"
#include "render/export_result.h"

#include <QWidget>
#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;

namespace lastmile::app {

class AssessmentDocument;
class PagePreview;
class ReportWorker;

// What a report job needs, copied from the document when the job starts: the document keeps
// changing while the job runs.
struct ReportRequest
{
    Assessment assessment;
    std::int64_t roundId = 0;
    std::int64_t compareRoundId = 0; // 0: none
    ReportOptions options;
    std::string pageSize; // "a4" or "letter"

    // The report it asks for; none when the round is gone.
    std::optional<ReportModel> build() const;
};

// The Report tab: a preview of the PDF's own pages, the report's round, compared round, page size
// and sections, and the exports (PDF, HTML, the answers as CSV, the Excel workbook) and printing. Exports and the
// preview run off the UI thread; an export shows its progress and can be cancelled, and a
// failure is reported through failed().
class ReportView : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Pdf, Html, Csv, Xlsx };

    explicit ReportView(QWidget* parent = nullptr);
    ~ReportView() override;

    void setDocument(AssessmentDocument* document);

    // Starts writing `path`; false (nothing started) while another export runs or without a round.
    bool exportTo(Format format, const QString& path);
    bool isExporting() const;
    void cancelExport();
    // Asks for a file name, then exports.
    void chooseAndExport(Format format);
    void print();

    // The request the current settings make (a copy of the document's contents).
    ReportRequest request() const;

    PagePreview* preview() const { return m_preview; }
    int reportPageCount() const { return m_pageCount; }
    bool isPreviewUpToDate() const;
    QComboBox* roundComboBox() const { return m_round; }
    QComboBox* compareComboBox() const { return m_compare; }
    QComboBox* pageSizeComboBox() const { return m_pageSize; }
    QCheckBox* sectionCheckBox(int index) const { return m_sections.at(std::size_t(index)); }
    QCheckBox* summaryOnlyCheckBox() const { return m_summaryOnly; }
    QCheckBox* anonymousCheckBox() const { return m_anonymous; }
    QProgressBar* progressBar() const { return m_progress; }

signals:
    // An export ended: written (true) or not.
    void exportFinished(bool written);
    void previewUpdated();
    // An export failed; a full sentence naming the file.
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillRounds();
    void schedulePreview();
    void startPreview();
    void previewFinished(render::ExportResult::Status status);
    void exportEnded(render::ExportResult::Status status, const QString& error);
    void updateButtons();
    QString suggestedPath(Format format) const;

    AssessmentDocument* m_document = nullptr;
    QComboBox* m_round = nullptr;
    QComboBox* m_compare = nullptr;
    QComboBox* m_pageSize = nullptr;
    std::array<QCheckBox*, 6> m_sections = {};
    QCheckBox* m_summaryOnly = nullptr;
    QCheckBox* m_anonymous = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_exportHtml = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportXlsx = nullptr;
    QPushButton* m_print = nullptr;
    QWidget* m_progressRow = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_previewStatus = nullptr;
    QScrollArea* m_scroll = nullptr;
    PagePreview* m_preview = nullptr;
    QTimer* m_debounce = nullptr;
    ReportWorker* m_previewWorker = nullptr;
    ReportWorker* m_exportWorker = nullptr;
    std::shared_ptr<std::vector<QImage>> m_previewPages;
    std::shared_ptr<int> m_previewCount;
    QString m_exportPath;
    int m_pageCount = 0;
    bool m_previewStale = true;
    bool m_previewAgain = false;
    bool m_filling = false;
};

} // namespace lastmile::app
