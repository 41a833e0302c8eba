// SPDX-License-Identifier: Apache-2.0
// The executive summary, the heatmaps and the methodology of the PDF report.
#include "heat_palette.h"
#include "heatmap_painter.h"
#include "report_pdf_parts.h"
#include "report_style.h"
#include "report_text.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <memory>

namespace lastmile::render::pdf {

namespace {

// Paints the heatmap across as many pages as its rows need, the portfolio row and legend last.
void composeHeatmap(Context& context, const HeatmapOptions& base)
{
    PageComposer& page = context.page;
    const HeatmapData& data = context.model.heatmap;
    QPaintDevice* device = page.device();
    const qreal width = page.body().width();
    const HeatmapPainter probe(data, base);
    const qreal scale = std::min(1.0, width / probe.preferredSize(device).width());
    const qreal header = probe.headerHeight(device) * scale;
    const qreal row = probe.rowHeight(device) * scale;
    const qreal footer = probe.footerHeight(device) * scale;
    const int total = static_cast<int>(data.initiatives.size());
    int first = 0;
    for (;;) {
        const qreal available = page.remaining();
        int rows = static_cast<int>((available - header - footer) / row);
        if (first + rows < total || rows < 0) {
            rows = static_cast<int>((available - header) / row);
            if (rows < 3 && page.y() > page.body().top()) {
                page.newPage();
                continue;
            }
            rows = std::max(rows, 1);
        }
        rows = std::min(rows, total - first);
        HeatmapOptions options = base;
        options.firstRow = first;
        options.rowCount = rows;
        const bool last = first + rows >= total;
        options.portfolioRow = last;
        options.legend = last;
        auto painter = std::make_shared<HeatmapPainter>(data, options);
        const qreal height = painter->preferredSize(device).height() * scale;
        const QRectF rect(page.body().left(), page.y(), width, height);
        page.add([painter, rect](QPainter& p) { painter->paint(p, rect); });
        page.moveTo(page.y() + height);
        first += rows;
        if (last) {
            break;
        }
        page.newPage();
    }
    page.space(10);
}

} // namespace

void composeHeatmaps(Context& context)
{
    const ReportModel& model = context.model;
    context.title(ReportText::sectionHeatmap());
    context.body(PdfReport::tr("Each cell is an initiative's score for one friction in %1, from 0 (no friction) to "
                               "100 (severe), coloured by band. Hatched cells rest on insufficient evidence: fewer "
                               "than half of the questions' weight was answered. A corner mark shows a question on "
                               "which respondents disagree by two levels or more. Readiness is 100 minus the "
                               "weighted mean friction; the portfolio row is the mean over the initiatives.")
                     .arg(ReportText::text(model.cover.roundName)));
    context.page.space(6);
    HeatmapOptions options;
    options.font = reportFont(8);
    composeHeatmap(context, options);

    if (model.heatmap.hasPrevious()) {
        const QString previous = ReportText::text(model.heatmap.previousRoundName);
        // On the same page when it fits: the two heatmaps read best side by side.
        HeatmapOptions deltaOptions = options;
        deltaOptions.delta = true;
        const qreal needed = HeatmapPainter(model.heatmap, deltaOptions).preferredSize(context.page.device()).height() +
                             context.page.pt(90);
        if (needed < context.page.remaining()) {
            context.heading(ReportText::sectionChange(previous));
        } else {
            context.title(ReportText::sectionChange(previous));
        }
        context.body(PdfReport::tr("The same heatmap with the change of every score since %1 under it: \u2191 a "
                                   "friction that grew (worse), \u2193 one that shrank (better). In the readiness "
                                   "column \u2191 is an improvement.")
                         .arg(previous));
        context.page.space(6);
        options.delta = true;
        composeHeatmap(context, options);
    }
}

void composeMethodology(Context& context)
{
    const Methodology& method = context.model.methodology;
    context.title(ReportText::sectionMethodology());
    context.body(PdfReport::tr("Each initiative was assessed with the question bank \"%1\" (%2, content version %3): "
                               "%n question(s) across the seven frictions. Every question describes one practice "
                               "that helps an AI initiative get from pilot to operation, with five concrete levels "
                               "so that two people who see the same situation pick the same level.",
                               nullptr, method.questionCount)
                     .arg(ReportText::text(method.bankName), ReportText::text(method.bankId),
                          ReportText::text(method.contentVersion)));

    context.heading(PdfReport::tr("The answer scale"));
    Table scale;
    scale.columns = {{PdfReport::tr("Level"), 0.7, Qt::AlignHCenter},
                     {PdfReport::tr("Meaning"), 3.0},
                     {PdfReport::tr("Question friction"), 1.4, Qt::AlignHCenter}};
    for (int level = 0; level < 5; ++level) {
        scale.rows.push_back({{QString::number(level), true},
                              {ReportText::text(method.scale[std::size_t(level)])},
                              {QString::number((4 - level) * 25)}});
    }
    scale.rows.push_back({{QStringLiteral("?")}, {PdfReport::tr("Don't know: lowers coverage, not the score")}, {}});
    scale.rows.push_back(
        {{PdfReport::tr("N/A")}, {PdfReport::tr("Not applicable: left out of score and coverage")}, {}});
    context.page.table(scale);

    context.heading(PdfReport::tr("How the scores are computed"));
    context.body(PdfReport::tr("A question's friction is (4 \u2212 level) / 4, as a percentage. A friction score is "
                               "the weighted mean of its answered questions' frictions, from 0 (every practice fully "
                               "in place) to 100 (none in place). With several respondents, each question uses the "
                               "median of their levels; a facilitator's consensus answer replaces it. Respondents "
                               "disagree on a question when their levels are %1 or more apart.")
                     .arg(method.disagreementSpread));
    context.body(PdfReport::tr("Coverage is the answered weight over the applicable weight. A score whose coverage is "
                               "under %1 rests on insufficient evidence: it is shown, hatched or marked with *, but "
                               "should not be acted on before the gaps are closed. The same holds for readiness "
                               "(over all questions) and portfolio figures, and no change between rounds is claimed "
                               "where either round rests on insufficient evidence.")
                     .arg(ReportText::percent(method.lowCoverageBelow)));
    context.body(PdfReport::tr("The readiness index of an initiative is 100 minus the weighted mean of its friction "
                               "scores (higher is better). Portfolio figures are means over the initiatives."));
    Table bands;
    bands.columns = {{PdfReport::tr("Band"), 1.2}, {PdfReport::tr("Friction score"), 3.0}};
    const auto range = [&](int index) {
        const double low = index == 0 ? 0.0 : method.bandThresholds[std::size_t(index - 1)];
        return index == 3 ? PdfReport::tr("%1 to 100").arg(low)
                          : PdfReport::tr("%1 to under %2").arg(low).arg(method.bandThresholds[std::size_t(index)]);
    };
    for (int index = 0; index < 4; ++index) {
        const Band band = kBands[std::size_t(index)];
        TableCell name{ReportText::band(band), true, textColourOn(band), bandColour(band)};
        bands.rows.push_back({name, {range(index)}});
    }
    context.page.table(bands);

    context.heading(PdfReport::tr("The seven frictions"));
    Table frictions;
    frictions.columns = {{PdfReport::tr("Friction"), 1.6},
                         {PdfReport::tr("What it is"), 5.0},
                         {PdfReport::tr("Questions"), 0.9, Qt::AlignHCenter},
                         {PdfReport::tr("Weight"), 0.8, Qt::AlignHCenter}};
    for (const MethodologyFriction& friction : method.frictions) {
        frictions.rows.push_back({{ReportText::text(friction.name), true},
                                  {ReportText::text(friction.description)},
                                  {QString::number(friction.questions)},
                                  {QString::number(friction.weight, 'g', 3)}});
    }
    context.page.table(frictions);
}

} // namespace lastmile::render::pdf
