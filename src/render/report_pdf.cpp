// SPDX-License-Identifier: Apache-2.0
#include "report_pdf.h"

#include "heat_palette.h"
#include "report_pdf_parts.h"
#include "report_style.h"
#include "report_text.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <algorithm>

namespace lastmile::render {

namespace pdf {

void Context::title(const QString& text) const
{
    page.newPage();
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

ExportResult writeReportPdf(QIODevice& device, const ReportModel& model, const ExportProgress& progress)
{
    const PageFormat format = pageFormat(model.cover.branding);
    QPdfWriter writer(&device);
    writer.setResolution(1200);
    writer.setCreator(QStringLiteral("Lastmile"));
    writer.setTitle(pdf::PdfReport::tr("%1: %2, %3")
                        .arg(ReportText::text(model.cover.organization), ReportText::title(),
                             ReportText::text(model.cover.roundName)));
    writer.setPageLayout(QPageLayout(format.size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

    PageComposer page(&writer, format.points, QMarginsF(56, 70, 56, 64));
    pdf::Context context{page, model, accentColour(model.cover.branding)};

    // Laying out takes the first 60 steps of 100, painting the rest.
    const int sections = 4 + static_cast<int>(model.initiatives.size()) * (model.options.appendix ? 2 : 1);
    int done = 0;
    const auto advance = [&]() {
        ++done;
        return !progress || progress(std::min(60, done * 60 / std::max(1, sections)), 100);
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
    if (!advance()) {
        return ExportResult::cancelled();
    }
    const int count = static_cast<int>(model.initiatives.size());
    for (int i = 0; model.options.initiatives && i < count; ++i) {
        pdf::composeInitiative(context, model.initiatives[std::size_t(i)], i + 1, count);
        if (!advance()) {
            return ExportResult::cancelled();
        }
    }
    if (model.options.methodology) {
        pdf::composeMethodology(context);
    }
    if (model.options.appendix && !pdf::composeAppendix(context, advance)) {
        return ExportResult::cancelled();
    }
    if (page.pageCount() == 0) {
        page.newPage();
    }

    const QString header = pdf::PdfReport::tr("%1  \u00B7  %2")
                               .arg(model.cover.organization.empty() ? pdf::PdfReport::tr("Organization not named")
                                                                     : ReportText::text(model.cover.organization),
                                    ReportText::title());
    const QString round = ReportText::text(model.cover.roundName);
    const QString footer = ReportText::text(model.cover.branding.footer);
    const QFont small = page.font(7.5);
    const QRectF body = page.body();
    const QSizeF size = page.pageSize();
    const auto decorate = [&](QPainter& painter, int number, int pages) {
        painter.setFont(small);
        painter.setPen(mutedColour());
        const qreal line = QFontMetricsF(small, painter.device()).height();
        const QRectF top(body.left(), page.pt(34), body.width(), line);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, round);
        painter.setPen(QPen(ruleColour(), page.pt(0.5)));
        painter.drawLine(QPointF(body.left(), top.bottom() + page.pt(5)),
                         QPointF(body.right(), top.bottom() + page.pt(5)));
        const QRectF bottom(body.left(), size.height() - page.pt(40), body.width(), line);
        painter.drawLine(QPointF(body.left(), bottom.top() - page.pt(5)),
                         QPointF(body.right(), bottom.top() - page.pt(5)));
        painter.setPen(mutedColour());
        const QString pageText = pdf::PdfReport::tr("Page %1 of %2").arg(number).arg(pages);
        const qreal pageWidth = QFontMetricsF(small, painter.device()).horizontalAdvance(pageText);
        painter.drawText(QRectF(bottom.left(), bottom.top(), bottom.width() - pageWidth - page.pt(12), line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(small, painter.device())
                             .elidedText(footer, Qt::ElideRight, bottom.width() - pageWidth - page.pt(12)));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, pageText);
    };

    QPainter painter;
    if (!painter.begin(&writer)) {
        return ExportResult::failed(pdf::PdfReport::tr("the PDF could not be started"));
    }
    const int pages = page.pageCount();
    const bool finished = page.paint(painter, writer, decorate,
                                     [&](int number) { return !progress || progress(60 + number * 40 / pages, 100); });
    painter.end();
    if (!finished) {
        return ExportResult::cancelled();
    }
    return ExportResult::written();
}

ExportResult writeReportPdf(const QString& path, const ReportModel& model, const ExportProgress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ExportResult::failed(file.errorString());
    }
    const ExportResult result = writeReportPdf(file, model, progress);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        return ExportResult::failed(file.errorString());
    }
    return ExportResult::written();
}

} // namespace lastmile::render
