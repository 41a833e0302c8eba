// SPDX-License-Identifier: Apache-2.0
#include "report_pdf.h"

#include "heat_palette.h"
#include "report_pdf_parts.h"
#include "report_style.h"
#include "report_text.h"
#include "text/translations.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTemporaryFile>
#include <QtMath>
#include <algorithm>

namespace lastmile::render {

namespace pdf {

void Context::title(const QString& text) const
{
    page.newPage();
    page.bookmark(text, 0);
    const QRectF bar(page.body().left(), page.y(), page.pt(28), page.pt(3));
    const QColor colour = accent;
    page.add([bar, colour](QPainter& painter) { painter.fillRect(bar, colour); });
    page.space(12);
    page.paragraph(text, font(20, true), inkColour(), 0.0, 10.0);
}

void Context::heading(const QString& text) const
{
    page.heading(text, font(12.5, true), accent, 16.0, 6.0);
}

void Context::subheading(const QString& text) const
{
    page.heading(text, font(10, true), inkColour(), 8.0, 3.0, 40.0);
}

void Context::body(const QString& text) const
{
    page.paragraph(text, font(9.5), inkColour(), 0.0, 6.0);
}

void Context::note(const QString& text) const
{
    page.paragraph(text, font(8), mutedColour(), 0.0, 6.0);
}

QString tableDate(const std::string& iso)
{
    return ReportText::date(iso).replace(QLatin1Char(' '), QChar(0x00A0));
}

TableCell scoreCell(const std::optional<double>& score, const std::optional<Band>& band, bool lowCoverage)
{
    TableCell cell;
    cell.text = ReportText::score(score) + (lowCoverage && score ? QStringLiteral(" *") : QString());
    cell.bold = true;
    cell.background = band ? bandColour(*band) : noScoreColour();
    cell.colour = band ? textColourOn(*band) : mutedColour();
    return cell;
}

namespace {

// The logo as the file holds it: PNG or JPEG through QImage, SVG through QSvgRenderer.
void drawLogo(QPainter& painter, const Branding& branding, const QRectF& box)
{
    const QByteArray bytes(reinterpret_cast<const char*>(branding.logo.data()),
                           static_cast<qsizetype>(branding.logo.size()));
    if (branding.logoMime == "image/svg+xml") {
        QSvgRenderer renderer(bytes);
        if (!renderer.isValid()) {
            return;
        }
        QSizeF size = renderer.defaultSize();
        size.scale(box.size(), Qt::KeepAspectRatio);
        renderer.render(&painter, QRectF(box.topLeft(), size));
        return;
    }
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        return;
    }
    QSizeF size = image.size();
    size.scale(box.size(), Qt::KeepAspectRatio);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(box.topLeft(), size), image);
}

} // namespace

void composeCover(Context& context)
{
    PageComposer& page = context.page;
    const ReportCover& cover = context.model.cover;
    page.newPage(false);
    page.bookmark(PdfReport::tr("Cover"), 0);
    const QSizeF size = page.pageSize();
    const QRectF body = page.body();
    const QColor accent = context.accent;
    page.add([size, accent, &page](QPainter& painter) {
        painter.fillRect(QRectF(0, 0, size.width(), page.pt(10)), accent);
    });

    const QString firm = ReportText::text(cover.branding.firmName);
    qreal top = page.pt(64);
    if (!cover.branding.logo.empty()) {
        const Branding branding = cover.branding;
        const QRectF box(body.left(), top, page.pt(170), page.pt(56));
        page.add([branding, box](QPainter& painter) { drawLogo(painter, branding, box); });
        top += page.pt(70);
    }
    if (!firm.isEmpty()) {
        page.moveTo(top);
        page.paragraph(firm, context.font(11, true), inkColour(), 0.0, 0.0);
    }

    page.moveTo(size.height() * 0.36);
    page.paragraph(ReportText::title().toUpper(), context.font(9, true), accent, 0.0, 8.0);
    const QString organization =
        cover.organization.empty() ? PdfReport::tr("Organization not named") : ReportText::text(cover.organization);
    page.paragraph(organization, context.font(30, true), inkColour(), 0.0, 4.0);
    if (!cover.sector.empty()) {
        page.paragraph(ReportText::text(cover.sector), context.font(12), mutedColour(), 0.0, 0.0);
    }
    page.space(18);
    const QRectF rule(body.left(), page.y(), page.pt(64), page.pt(2.5));
    page.add([rule, accent](QPainter& painter) { painter.fillRect(rule, accent); });
    page.space(18);
    page.paragraph(PdfReport::tr("Friction report, %1").arg(ReportText::text(cover.roundName)), context.font(14),
                   inkColour(), 0.0, 3.0);
    if (!cover.roundDate.empty()) {
        page.paragraph(ReportText::date(cover.roundDate), context.font(11), mutedColour(), 0.0, 0.0);
    }

    page.moveTo(size.height() - page.pt(170));
    QStringList facts;
    facts << PdfReport::tr("%n initiative(s)", nullptr, context.model.summary.initiativeCount);
    facts << PdfReport::tr("%n respondent(s)", nullptr, cover.respondentCount);
    if (!cover.previousRoundName.empty()) {
        facts << PdfReport::tr("compared with %1").arg(ReportText::text(cover.previousRoundName));
    }
    page.paragraph(facts.join(QStringLiteral("  \u00B7  ")), context.font(9), mutedColour(), 0.0, 4.0);
    if (!firm.isEmpty()) {
        page.paragraph(PdfReport::tr("Prepared by %1").arg(firm), context.font(9), mutedColour(), 0.0, 4.0);
    }
    if (!cover.branding.footer.empty()) {
        page.paragraph(ReportText::text(cover.branding.footer), context.font(8), mutedColour(), 0.0, 0.0);
    }
}

} // namespace pdf

namespace {

struct PageFormat
{
    QPageSize size;
    QSizeF points;
};

PageFormat pageFormat(const Branding& branding)
{
    const QPageSize size(branding.pageSize == "letter" ? QPageSize::Letter : QPageSize::A4);
    return {size, size.size(QPageSize::Point)};
}

} // namespace

namespace {

const QMarginsF kPageMargins(56, 70, 56, 64); // points; room for the header and the footer

// Lays the report out on `page`, calling `advance` with the sections done out of all; false when
// it returned false.
bool compose(pdf::Context& context, const ExportProgress& advance)
{
    const ReportModel& model = context.model;
    PageComposer& page = context.page;
    const int sections = 4 + static_cast<int>(model.initiatives.size()) * (model.options.appendix ? 2 : 1);
    int done = 0;
    const auto next = [&]() {
        ++done;
        return !advance || advance(std::min(done, sections), sections);
    };
    if (model.options.cover) {
        pdf::composeCover(context);
    }
    if (model.options.executiveSummary) {
        pdf::composeSummary(context);
    }
    if (model.options.heatmap) {
        pdf::composeHeatmaps(context);
    }
    if (!next()) {
        return false;
    }
    const int count = static_cast<int>(model.initiatives.size());
    for (int i = 0; model.options.initiatives && i < count; ++i) {
        pdf::composeInitiative(context, model.initiatives[std::size_t(i)], i + 1, count);
        if (!next()) {
            return false;
        }
    }
    if (model.options.methodology) {
        pdf::composeMethodology(context);
    }
    if (model.options.appendix && !pdf::composeAppendix(context, next)) {
        return false;
    }
    if (page.pageCount() == 0) {
        page.newPage();
    }
    return page.finish();
}

// `progress` of a part of the work: steps `from` to `to` of 100.
ExportProgress progressPart(const ExportProgress& progress, int from, int to)
{
    if (!progress) {
        return {};
    }
    return [progress, from, to](int done, int total) {
        return progress(from + (to - from) * done / std::max(1, total), 100);
    };
}

// The header and footer of every page but the cover.
PageComposer::Decoration decoration(const PageComposer& page, const ReportModel& model)
{
    const QString header = pdf::PdfReport::tr("%1  \u00B7  %2")
                               .arg(model.cover.organization.empty() ? pdf::PdfReport::tr("Organization not named")
                                                                     : ReportText::text(model.cover.organization),
                                    ReportText::title());
    const QString round = ReportText::text(model.cover.roundName);
    const QString footer = ReportText::text(model.cover.branding.footer);
    const QFont small = page.font(7.5);
    const QRectF body = page.body();
    const QSizeF size = page.pageSize();
    const PageComposer* composer = &page;
    return [=](QPainter& painter, int number, int pages) {
        painter.setFont(small);
        painter.setPen(mutedColour());
        const qreal line = QFontMetricsF(small, painter.device()).height();
        const QRectF top(body.left(), composer->pt(34), body.width(), line);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, round);
        painter.setPen(QPen(ruleColour(), composer->pt(0.5)));
        painter.drawLine(QPointF(body.left(), top.bottom() + composer->pt(5)),
                         QPointF(body.right(), top.bottom() + composer->pt(5)));
        const QRectF bottom(body.left(), size.height() - composer->pt(40), body.width(), line);
        painter.drawLine(QPointF(body.left(), bottom.top() - composer->pt(5)),
                         QPointF(body.right(), bottom.top() - composer->pt(5)));
        painter.setPen(mutedColour());
        const QString pageText = pdf::PdfReport::tr("Page %1 of %2").arg(number).arg(pages);
        const qreal pageWidth = QFontMetricsF(small, painter.device()).horizontalAdvance(pageText);
        painter.drawText(QRectF(bottom.left(), bottom.top(), bottom.width() - pageWidth - composer->pt(12), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small, painter.device())
                             .elidedText(footer, Qt::ElideRight, bottom.width() - pageWidth - composer->pt(12)));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
    };
}

QPageLayout pageLayout(const PageFormat& format)
{
    return QPageLayout(format.size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
}

} // namespace

namespace {

ExportResult paintReportPages(QPagedPaintDevice& device, const ReportModel& model, const ExportProgress& progress,
                              std::vector<PdfBookmark>* bookmarks)
{
    const text::LanguageScope language(QString::fromStdString(model.options.language));
    const PageFormat format = pageFormat(model.cover.branding);
    device.setPageLayout(pageLayout(format));
    const QColor accent = accentColour(model.cover.branding);
    // The pages are laid out twice: first to count them ("Page 3 of 2,570") keeping none, then
    // again, each painted as soon as it is laid out and then forgotten, so that memory does not
    // grow with the report. The second layout finds its text measured already.
    PageComposer counting(&device, format.points, kPageMargins);
    counting.keepPages(0);
    pdf::Context countingContext{counting, model, accent};
    if (!compose(countingContext, progressPart(progress, 0, 20))) {
        return ExportResult::cancelled();
    }
    const int pages = counting.pageCount();
    QPainter painter;
    if (!painter.begin(&device)) {
        return ExportResult::failed(pdf::PdfReport::tr("the PDF could not be started"));
    }
    PageComposer page = counting.blank();
    page.keepPages(0);
    int painted = 0;
    const ExportProgress paintProgress = progressPart(progress, 20, 100);
    page.streamTo(painter, device, decoration(page, model), pages, [&](int number) {
        painted = number;
        return !paintProgress || paintProgress(number, pages);
    });
    pdf::Context context{page, model, accent};
    // Progress goes by the pages painted; the sections laid out only look for a cancel.
    const bool finished = compose(context, [&](int, int) { return !paintProgress || paintProgress(painted, pages); });
    painter.end();
    if (!finished) {
        return ExportResult::cancelled();
    }
    Q_ASSERT(page.pageCount() == pages);
    if (bookmarks) {
        *bookmarks = page.bookmarks();
    }
    return ExportResult::written();
}

} // namespace

ExportResult paintReport(QPagedPaintDevice& device, const ReportModel& model, const ExportProgress& progress)
{
    return paintReportPages(device, model, progress, nullptr);
}

ExportResult writeReportPdf(QIODevice& device, const ReportModel& model, const PdfFinisher& finish,
                            const ExportProgress& progress)
{
    const text::LanguageScope language(QString::fromStdString(model.options.language));
    PdfProperties properties;
    properties.title = pdf::PdfReport::tr("%1: %2, %3")
                           .arg(model.cover.organization.empty() ? pdf::PdfReport::tr("Organization not named")
                                                                 : ReportText::text(model.cover.organization),
                                ReportText::title(), ReportText::text(model.cover.roundName));
    properties.author = ReportText::text(model.cover.branding.firmName);
    properties.subject = pdf::PdfReport::tr("Friction report of %n AI initiative(s) against the seven last-mile "
                                            "frictions",
                                            nullptr, model.summary.initiativeCount);
    properties.creator = QStringLiteral("Lastmile");
    // Qt's PDF goes to a temporary file, which qpdf then reads as it writes the finished PDF to
    // `device`: memory does not grow with the report.
    QTemporaryFile painted;
    if (!painted.open()) {
        return ExportResult::failed(painted.errorString());
    }
    std::vector<PdfBookmark> bookmarks;
    {
        QPdfWriter writer(&painted);
        writer.setResolution(1200);
        writer.setCreator(properties.creator);
        writer.setTitle(properties.title);
        const ExportResult result = paintReportPages(writer, model, progress, &bookmarks);
        if (!result.ok()) {
            return result;
        }
    }
    if (!painted.flush()) {
        return ExportResult::failed(painted.errorString());
    }
    QString error;
    if (!finish(painted.fileName(), device, properties, bookmarks, &error)) {
        return ExportResult::failed(pdf::PdfReport::tr("the PDF could not be completed (%1)").arg(error));
    }
    return ExportResult::written();
}

struct ReportPages::Private
{
    explicit Private(ReportModel reportModel) : model(std::move(reportModel)), writer(&buffer)
    {
        writer.setResolution(1200);
    }

    ReportModel model;
    QBuffer buffer; // never written: the writer only measures
    QPdfWriter writer;
    QSizeF points;
    std::unique_ptr<PageComposer> page;
    PageComposer::Decoration decoration;
    int keptPages = 0;
};

ReportPages::ReportPages(ReportModel model) : m_d(std::make_unique<Private>(std::move(model))) {}

ReportPages::~ReportPages() = default;

bool ReportPages::layout(const ExportProgress& progress, int keptPages)
{
    const text::LanguageScope language(QString::fromStdString(m_d->model.options.language));
    const PageFormat format = pageFormat(m_d->model.cover.branding);
    m_d->writer.setPageLayout(pageLayout(format));
    m_d->points = format.points;
    m_d->page = std::make_unique<PageComposer>(&m_d->writer, format.points, kPageMargins);
    if (keptPages >= 0) {
        m_d->page->keepPages(static_cast<std::size_t>(keptPages));
    }
    pdf::Context context{*m_d->page, m_d->model, accentColour(m_d->model.cover.branding)};
    if (!compose(context, progressPart(progress, 0, 60))) {
        m_d->page.reset();
        return false;
    }
    m_d->decoration = decoration(*m_d->page, m_d->model);
    m_d->keptPages = keptPages >= 0 ? std::min(keptPages, pageCount()) : pageCount();
    return true;
}

int ReportPages::pageCount() const
{
    return m_d->page ? m_d->page->pageCount() : 0;
}

QSizeF ReportPages::pageSize() const
{
    return m_d->points;
}

QImage ReportPages::page(int index, qreal dotsPerInch) const
{
    if (!m_d->page || index < 0 || index >= m_d->keptPages) {
        return {};
    }
    const text::LanguageScope language(QString::fromStdString(m_d->model.options.language));
    QImage image(qCeil(m_d->points.width() * dotsPerInch / 72.0), qCeil(m_d->points.height() * dotsPerInch / 72.0),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    // Text resolves its size at the measuring device's resolution, as in the PDF, then scales down.
    const int dotsPerMeter = qRound(m_d->writer.logicalDpiY() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF units = m_d->page->pageSize();
    painter.scale(qreal(image.width()) / units.width(), qreal(image.height()) / units.height());
    m_d->page->paintPage(painter, index, m_d->decoration);
    painter.end();
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    return image;
}

ExportResult writeReportPdf(const QString& path, const ReportModel& model, const PdfFinisher& finish,
                            const ExportProgress& progress)
{
    return saveAtomically(
        path, [&model, &finish, &progress](QIODevice& file) { return writeReportPdf(file, model, finish, progress); });
}

} // namespace lastmile::render
