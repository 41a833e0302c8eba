// SPDX-License-Identifier: Apache-2.0
#include "report_view.h"

#include "app/assessment_document.h"
#include "app/plain_label.h"
#include "modules/print_module.h"
#include "page_preview.h"
#include "render/report_pdf.h"
#include "render/report_text.h"
#include "report_worker.h"
#include "text/messages.h"
#include "text/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace lastmile::app {

namespace {

// The ReportOptions switches, in the order of the check boxes.
constexpr std::array<bool ReportOptions::*, 6> kSections = {
    &ReportOptions::cover,       &ReportOptions::executiveSummary, &ReportOptions::heatmap,
    &ReportOptions::initiatives, &ReportOptions::methodology,      &ReportOptions::appendix};

} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent), m_previewWorker(new ReportWorker(this)), m_exportWorker(new ReportWorker(this))
{
    setObjectName(QStringLiteral("reportView"));
    auto* layout = new QHBoxLayout(this);

    auto* side = new QWidget(this);
    side->setObjectName(QStringLiteral("reportSettingsWidget"));
    side->setMaximumWidth(380); // room for longer words than English ones (pseudo_translation_test)
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_round = new QComboBox(side);
    m_round->setObjectName(QStringLiteral("reportRoundComboBox"));
    m_compare = new QComboBox(side);
    m_compare->setObjectName(QStringLiteral("reportCompareComboBox"));
    m_pageSize = new QComboBox(side);
    m_pageSize->setObjectName(QStringLiteral("pageSizeComboBox"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("a4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("letter"));
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("Compare a&gainst:"), m_compare);
    form->addRow(tr("Page si&ze:"), m_pageSize);
    m_language = new QComboBox(side);
    m_language->setObjectName(QStringLiteral("reportLanguageComboBox"));
    for (const QString& language : text::availableLanguages()) {
        m_language->addItem(text::languageName(language), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(text::currentLanguage())));
    form->addRow(tr("&Document language:"), m_language);
    sideLayout->addLayout(form);

    auto* sections = new QGroupBox(tr("Sections"), side);
    sections->setObjectName(QStringLiteral("sectionsGroupBox"));
    auto* sectionsLayout = new QVBoxLayout(sections);
    const std::array<QString, 6> names = {tr("C&over"),       tr("Executive &summary"), tr("Hea&tmap"),
                                          tr("&Initiatives"), tr("&Methodology"),       tr("&Appendix: every answer")};
    const std::array<const char*, 6> objectNames = {"coverCheckBox",       "summaryCheckBox",     "heatmapCheckBox",
                                                    "initiativesCheckBox", "methodologyCheckBox", "appendixCheckBox"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        m_sections[i] = new QCheckBox(names[i], sections);
        m_sections[i]->setObjectName(QLatin1String(objectNames[i]));
        m_sections[i]->setChecked(true);
        sectionsLayout->addWidget(m_sections[i]);
        connect(m_sections[i], &QCheckBox::toggled, this, &ReportView::schedulePreview);
    }
    m_summaryOnly = new QCheckBox(tr("S&ummary only, on one page"), sections);
    m_summaryOnly->setObjectName(QStringLiteral("summaryOnlyCheckBox"));
    m_summaryOnly->setToolTip(tr("The executive summary alone, to hand out or attach to an email."));
    sectionsLayout->addWidget(m_summaryOnly);
    connect(m_summaryOnly, &QCheckBox::toggled, this, [this](bool only) {
        for (QCheckBox* section : m_sections) {
            section->setEnabled(!only);
        }
        schedulePreview();
    });
    sideLayout->addWidget(sections);
    m_anonymous = new QCheckBox(tr("Anon&ymous: respondents as A, B, …"), side);
    m_anonymous->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_anonymous->setToolTip(tr("Names respondents \"Respondent A\", \"Respondent B\"… and leaves out their roles, in "
                               "the report and the CSV, for sharing beyond the room."));
    sideLayout->addWidget(m_anonymous);
    connect(m_anonymous, &QCheckBox::toggled, this, &ReportView::schedulePreview);

    m_exportPdf = new QPushButton(tr("Export &PDF…"), side);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfPushButton"));
    m_exportPdf->setDefault(true);
    m_exportHtml = new QPushButton(tr("Export HTM&L…"), side);
    m_exportHtml->setObjectName(QStringLiteral("exportHtmlPushButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV (Answers)…"), side);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvPushButton"));
    m_exportXlsx = new QPushButton(tr("Export E&xcel Workbook…"), side);
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsxPushButton"));
    m_print = new QPushButton(tr("Pri&nt…"), side);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    for (QPushButton* button : {m_exportPdf, m_exportHtml, m_exportCsv, m_exportXlsx, m_print}) {
        sideLayout->addWidget(button);
    }
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Pdf); });
    connect(m_exportHtml, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Html); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Csv); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { chooseAndExport(Format::Xlsx); });
    connect(m_print, &QPushButton::clicked, this, &ReportView::print);

    m_progressRow = new QWidget(side);
    auto* progressLayout = new QVBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 8, 0, 0);
    m_progressLabel = plainLabel(m_progressRow, QStringLiteral("exportProgressLabel"));
    auto* barRow = new QHBoxLayout;
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("cancelExportPushButton"));
    barRow->addWidget(m_progress, 1);
    barRow->addWidget(m_cancel);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addLayout(barRow);
    m_progressRow->hide();
    sideLayout->addWidget(m_progressRow);
    connect(m_cancel, &QPushButton::clicked, this, &ReportView::cancelExport);

    auto* note = new QLabel(tr("The preview shows the PDF's own pages. The report's branding is set in File > "
                               "Report Settings."),
                            side);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(note);
    sideLayout->addStretch(1);
    layout->addWidget(side);

    auto* right = new QVBoxLayout;
    m_previewStatus = plainLabel(this, QStringLiteral("previewStatusLabel"), false);
    m_previewStatus->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_previewStatus);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("previewScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_preview = new PagePreview(m_scroll);
    m_scroll->setWidget(m_preview);
    right->addWidget(m_scroll, 1);
    layout->addLayout(right, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &ReportView::startPreview);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling || !m_document) {
            return;
        }
        const RoundData* round = m_document->round(m_round->currentData().toLongLong());
        const RoundData* before = round ? roundBefore(m_document->assessment(), *round) : nullptr;
        m_compare->setCurrentIndex(
            std::max(0, m_compare->findData(QVariant::fromValue<qlonglong>(before ? before->round.id : 0))));
        schedulePreview();
    });
    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            schedulePreview();
        }
    });
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            schedulePreview();
        }
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportView::schedulePreview);
    connect(m_previewWorker, &ReportWorker::finished, this,
            [this](render::ExportResult::Status status, const QString&) { previewFinished(status); });
    connect(m_exportWorker, &ReportWorker::progressed, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_exportWorker, &ReportWorker::finished, this, &ReportView::exportEnded);
    setDocument(nullptr);
}

ReportView::~ReportView() = default;

void ReportView::setDocument(AssessmentDocument* document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
    }
    m_document = document;
    m_filling = true;
    m_round->clear();
    m_compare->clear();
    m_pageSize->setCurrentIndex(0);
    if (m_document) {
        m_pageSize->setCurrentIndex(m_document->assessment().branding.pageSize == "letter" ? 1 : 0);
        connect(m_document, &AssessmentDocument::changed, this, [this](const storage::Change& change) {
            if (change.kind == storage::Change::Kind::Branding) {
                m_filling = true;
                m_pageSize->setCurrentIndex(m_document->assessment().branding.pageSize == "letter" ? 1 : 0);
                m_filling = false;
            }
            fillRounds();
            schedulePreview();
        });
    }
    m_filling = false;
    fillRounds();
    m_preview->setPages({});
    m_pageCount = 0;
    m_previewStatus->clear();
    updateButtons();
    schedulePreview();
}

void ReportView::fillRounds()
{
    const std::int64_t chosen = m_round->currentData().toLongLong();
    const std::int64_t compared = m_compare->currentData().toLongLong();
    const bool first = m_round->count() == 0;
    m_filling = true;
    m_round->clear();
    m_compare->clear();
    m_compare->addItem(tr("None"), QVariant::fromValue<qlonglong>(0));
    if (m_document) {
        for (const RoundData& round : m_document->assessment().rounds) {
            const QString name = QString::fromStdString(round.round.name);
            m_round->addItem(name, QVariant::fromValue<qlonglong>(round.round.id));
            m_compare->addItem(name, QVariant::fromValue<qlonglong>(round.round.id));
        }
    }
    const int round = m_round->findData(QVariant::fromValue<qlonglong>(chosen));
    m_round->setCurrentIndex(first || round < 0 ? m_round->count() - 1 : round);
    std::int64_t compareId = compared;
    if (first && m_document) {
        const RoundData* current = m_document->round(m_round->currentData().toLongLong());
        const RoundData* before = current ? roundBefore(m_document->assessment(), *current) : nullptr;
        compareId = before ? before->round.id : 0; // as the report does by default
    }
    m_compare->setCurrentIndex(std::max(0, m_compare->findData(QVariant::fromValue<qlonglong>(compareId))));
    m_filling = false;
}

ReportRequest ReportView::request() const
{
    ReportRequest request;
    if (!m_document) {
        return request;
    }
    request.assessment = m_document->assessment();
    request.roundId = m_round->currentData().toLongLong();
    request.compareRoundId = m_compare->currentData().toLongLong();
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        request.options.*kSections[i] = m_sections[i]->isChecked();
    }
    request.options.summaryOnly = m_summaryOnly->isChecked();
    if (m_anonymous->isChecked()) {
        request.options.anonymousName = render::ReportText::anonymousRespondent().toStdString();
    }
    request.options.today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    request.pageSize = m_pageSize->currentData().toString().toStdString();
    request.options.language = m_language->currentData().toString().toStdString();
    return request;
}

void ReportView::updateButtons()
{
    const bool ready = m_document && m_round->count() > 0;
    const bool busy = m_exportWorker->isRunning();
    for (QPushButton* button : {m_exportPdf, m_exportHtml, m_exportCsv, m_exportXlsx, m_print}) {
        button->setEnabled(ready && !busy);
    }
    m_progressRow->setVisible(busy);
}

void ReportView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_previewStale) {
        schedulePreview();
    }
}

QString ReportView::suggestedPath(Format format) const
{
    const QFileInfo file(m_document->path());
    const QString base = format == Format::Csv    ? tr("%1 answers").arg(file.completeBaseName())
                         : format == Format::Xlsx ? tr("%1 workbook").arg(file.completeBaseName())
                                                  : tr("%1 report").arg(file.completeBaseName());
    const QString suffix = format == Format::Pdf    ? QStringLiteral(".pdf")
                           : format == Format::Html ? QStringLiteral(".html")
                           : format == Format::Xlsx ? QStringLiteral(".xlsx")
                                                    : QStringLiteral(".csv");
    return QDir(file.absolutePath()).filePath(base + suffix);
}

void ReportView::chooseAndExport(Format format)
{
    if (!m_document) {
        return;
    }
    const QString filter = format == Format::Pdf    ? tr("PDF documents (*.pdf)")
                           : format == Format::Html ? tr("HTML pages (*.html)")
                           : format == Format::Xlsx ? tr("Excel workbooks (*.xlsx)")
                                                    : tr("CSV files (*.csv)");
    const QString title = format == Format::Pdf    ? tr("Export PDF Report")
                          : format == Format::Html ? tr("Export HTML Report")
                          : format == Format::Xlsx ? tr("Export Excel Workbook")
                                                   : tr("Export Answers as CSV");
    const QString path = QFileDialog::getSaveFileName(this, title, suggestedPath(format), filter);
    if (!path.isEmpty()) {
        exportTo(format, path);
    }
}

void ReportView::print()
{
    if (!m_document) {
        return;
    }
    const render::ExportResult result = modules::printWithDialog(
        this, tr("Print Report"), QFileInfo(m_document->path()).completeBaseName(), [this](QPagedPaintDevice& printer) {
            const std::optional<ReportModel> model = request().build();
            if (!model) {
                return render::ExportResult::cancelled();
            }
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const render::ExportResult painted = render::paintReport(printer, *model);
            QApplication::restoreOverrideCursor();
            return painted;
        });
    if (result.status == render::ExportResult::Status::Failed) {
        emit failed(tr("The report could not be printed: %1").arg(result.error));
    }
}

} // namespace lastmile::app
