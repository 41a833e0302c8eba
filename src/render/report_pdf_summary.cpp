// SPDX-License-Identifier: Apache-2.0
// The executive summary of the PDF report: one page, whatever the number of initiatives and the
// length of their names.
#include "heat_palette.h"
#include "heat_strip.h"
#include "report_pdf_parts.h"
#include "report_style.h"
#include "report_text.h"
#include "text/graphemes.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace lastmile::render::pdf {

namespace {

// How long a name or an action may be on the summary page; the initiative's own section and the
// appendix carry the whole text.
constexpr int kSummaryNameGraphemes = 60;
constexpr int kSummaryActionGraphemes = 220;
constexpr int kSummaryOwnerGraphemes = 40;

QString shortened(const std::string& text, int graphemes)
{
    return text::elideGraphemes(ReportText::text(text), graphemes);
}

struct Tile
{
    QString label;
    QString value;
    QString unit;
    QString detail;
    bool warning = false; // the detail says the figure rests on insufficient evidence
};

// A row of key figures, each in a light box.
void composeTiles(Context& context, const std::vector<Tile>& tiles)
{
    PageComposer& page = context.page;
    const qreal gap = page.pt(10);
    const qreal width = (page.body().width() - gap * qreal(tiles.size() - 1)) / qreal(tiles.size());
    const QFont label = context.font(8);
    const QFont value = context.font(24, true);
    const QFont unit = context.font(10);
    const QFont detail = context.font(7.5);
    const qreal pad = page.pt(10);
    // Tall enough for the longest detail of the row: no word of it is left out.
    const QFontMetricsF labelMetrics(label, page.device());
    const QFontMetricsF valueMetrics(value, page.device());
    const qreal detailHeight = QFontMetricsF(detail, page.device()).lineSpacing();
    std::vector<QStringList> details;
    qsizetype detailLines = 2;
    for (const Tile& tile : tiles) {
        details.push_back(page.lines(tile.detail, detail, width - 2 * pad));
        detailLines = std::max(detailLines, details.back().size());
    }
    const qreal height =
        pad * 1.6 + labelMetrics.height() + valueMetrics.height() + qreal(detailLines) * detailHeight + page.pt(2);
    page.ensure(height);
    const qreal top = page.y();
    const QColor accent = context.accent;
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const QRectF box(page.body().left() + qreal(i) * (width + gap), top, width, height);
        const Tile tile = tiles[i];
        const QStringList lines = details[i];
        page.add([=](QPainter& painter) {
            painter.fillRect(box, shadeColour());
            painter.fillRect(QRectF(box.left(), box.top(), box.width(), box.height() * 0.04), accent);
            const QRectF inner = box.adjusted(pad, pad, -pad, -pad * 0.6);
            painter.setFont(label);
            painter.setPen(mutedColour());
            const QFontMetricsF labelSize(label, painter.device());
            painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), labelSize.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, tile.label);
            painter.setFont(value);
            painter.setPen(inkColour());
            const QFontMetricsF valueSize(value, painter.device());
            const QRectF valueRect(inner.left(), inner.top() + labelSize.height(), inner.width(), valueSize.height());
            painter.drawText(valueRect, Qt::AlignLeft | Qt::AlignVCenter, tile.value);
            painter.setFont(unit);
            painter.setPen(mutedColour());
            const qreal valueWidth = valueSize.horizontalAdvance(tile.value);
            painter.drawText(QRectF(valueRect.left() + valueWidth + pad * 0.3, valueRect.top(),
                                    inner.width() - valueWidth - pad * 0.3, valueRect.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, tile.unit);
            painter.setFont(detail);
            painter.setPen(tile.warning ? bandColour(Band::Critical).darker(130) : mutedColour());
            const qreal lineHeight = QFontMetricsF(detail, painter.device()).lineSpacing();
            for (qsizetype l = 0; l < lines.size(); ++l) {
                painter.drawText(
                    QRectF(inner.left(), valueRect.bottom() + qreal(l) * lineHeight, inner.width(), lineHeight),
                    Qt::AlignLeft | Qt::AlignVCenter, lines[l]);
            }
        });
    }
    page.moveTo(top + height);
    page.space(8);
}

TableCell heatStripCell(const std::vector<HeatmapCell>& cells)
{
    std::vector<FrictionScore> scores;
    for (const HeatmapCell& cell : cells) {
        FrictionScore score;
        score.frictionId = cell.frictionId;
        score.score = cell.score;
        score.band = cell.band;
        score.lowCoverage = cell.lowCoverage;
        scores.push_back(std::move(score));
    }
    TableCell cell;
    cell.paintHeight = 9.0;
    cell.paint = [scores](QPainter& painter, const QRectF& rect) {
        // The strip's gaps are in device units: scaled, they stay visible at the PDF's resolution.
        const qreal scale = rect.height() / 12.0;
        painter.save();
        painter.translate(rect.topLeft());
        painter.scale(scale, scale);
        paintHeatStrip(painter, QRectF(0, 0, rect.width() / scale, 12.0), scores);
        painter.restore();
    };
    return cell;
}

QString markedScore(const std::optional<double>& score, bool lowCoverage)
{
    return ReportText::score(score) + (score && lowCoverage ? QStringLiteral(" *") : QString());
}

Tile readinessTile(const ReportModel& model)
{
    const ExecutiveSummary& summary = model.summary;
    const QString previous = ReportText::text(model.cover.previousRoundName);
    Tile tile{PdfReport::tr("Portfolio readiness"), ReportText::score(summary.readiness), PdfReport::tr("/ 100"), {}};
    if (summary.readiness && summary.lowCoverage) {
        tile.value += QStringLiteral(" *");
        tile.detail = ReportText::capitalized(ReportText::insufficientEvidence(summary.coverage));
        if (summary.previousReadiness) {
            tile.detail += PdfReport::tr("; no change claimed since %1").arg(previous);
        }
        tile.warning = true;
    } else {
        tile.detail = PdfReport::tr("%1; coverage %2")
                          .arg(ReportText::readinessTrend(summary.readiness, summary.previousReadiness,
                                                          summary.readinessDelta(), previous),
                               ReportText::percent(summary.coverage));
    }
    return tile;
}

void composeWorst(Context& context)
{
    const ExecutiveSummary& summary = context.model.summary;
    if (summary.worstFrictions.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Where the frictions are worst"));
    Table table;
    table.columns = {{PdfReport::tr("Friction"), 2.6},
                     {PdfReport::tr("Portfolio"), 1.0, Qt::AlignHCenter},
                     {PdfReport::tr("High or critical in"), 1.6},
                     {PdfReport::tr("Most affected initiative"), 3.2}};
    for (const WorstFriction& worst : summary.worstFrictions) {
        table.rows.push_back(
            {{ReportText::text(worst.name), true},
             scoreCell(worst.score, worst.band, worst.lowCoverage),
             {PdfReport::tr("%1 of %2 initiatives").arg(worst.initiativesHighOrCritical).arg(summary.initiativeCount)},
             {PdfReport::tr("%1 (%2)").arg(shortened(worst.worstInitiative, kSummaryNameGraphemes),
                                           ReportText::score(worst.worstInitiativeScore))}});
    }
    context.page.table(table, 4);
}

// The initiatives with the lowest readiness first (unscored last), the file's order among equals.
std::vector<const InitiativeTrend*> worstFirst(const std::vector<InitiativeTrend>& trends)
{
    std::vector<const InitiativeTrend*> order;
    for (const InitiativeTrend& trend : trends) {
        order.push_back(&trend);
    }
    std::stable_sort(order.begin(), order.end(), [](const InitiativeTrend* a, const InitiativeTrend* b) {
        if (a->readiness.has_value() != b->readiness.has_value()) {
            return a->readiness.has_value();
        }
        return a->readiness && *a->readiness < *b->readiness;
    });
    return order;
}

// The readiness table with its first `shown` initiatives (worst first) and one line for the rest.
void composeTrends(Context& context, std::size_t shown)
{
    const ReportModel& model = context.model;
    const ExecutiveSummary& summary = model.summary;
    const QString previous = ReportText::text(model.cover.previousRoundName);
    const std::vector<const InitiativeTrend*> order = worstFirst(summary.trends);
    shown = std::min(shown, order.size());
    context.heading(order.size() > shown ? PdfReport::tr("Readiness by initiative, lowest first")
                                         : PdfReport::tr("Readiness by initiative"));
    Table table;
    table.fontSize = 8.0;
    table.columns = {{PdfReport::tr("Initiative"), 3.6},
                     {PdfReport::tr("Stage"), 1.1},
                     {PdfReport::tr("Readiness"), 1.1, Qt::AlignHCenter},
                     {PdfReport::tr("Change"), 0.9, Qt::AlignHCenter},
                     {PdfReport::tr("Frictions"), 2.0}};
    for (std::size_t i = 0; i < shown; ++i) {
        const InitiativeTrend& trend = *order[i];
        table.rows.push_back({{shortened(trend.name, kSummaryNameGraphemes)},
                              {ReportText::stage(trend.stage)},
                              {markedScore(trend.readiness, trend.lowCoverage), true},
                              {ReportText::change(trend.readinessDelta())},
                              heatStripCell(trend.cells)});
    }
    context.page.table(table, 2);

    QStringList notes;
    if (shown < order.size()) {
        double lowest = 100.0;
        double highest = 0.0;
        int scored = 0;
        int thin = 0;
        for (std::size_t i = shown; i < order.size(); ++i) {
            if (order[i]->readiness) {
                lowest = std::min(lowest, *order[i]->readiness);
                highest = std::max(highest, *order[i]->readiness);
                ++scored;
                thin += order[i]->lowCoverage ? 1 : 0;
            }
        }
        QString rest = PdfReport::tr("%n more initiative(s)", nullptr, int(order.size() - shown));
        if (scored > 0) {
            rest += PdfReport::tr(", readiness %1 to %2").arg(ReportText::score(lowest), ReportText::score(highest));
        }
        if (thin > 0) {
            rest += PdfReport::tr(", %n on insufficient evidence", nullptr, thin);
        }
        rest += model.options.heatmap ? PdfReport::tr(": every one is in the heatmap.") : QStringLiteral(".");
        notes << rest;
    }
    QStringList names;
    for (const HeatmapColumn& column : model.heatmap.frictions) {
        names << ReportText::text(column.name);
    }
    notes << PdfReport::tr("Frictions, left to right: %1; hatched: insufficient evidence.")
                 .arg(names.join(QStringLiteral(", ")));
    if (!previous.isEmpty()) {
        notes << PdfReport::tr("Change: readiness points gained (\u2191) or lost (\u2193) since %1; none is claimed "
                               "where either round rests on insufficient evidence.")
                     .arg(previous);
    }
    if (summary.lowCoverageInitiatives > 0 || summary.lowCoverage) {
        notes << PdfReport::tr("* insufficient evidence: less than half of the questions answered.");
    }
    context.note(notes.join(QLatin1Char(' ')));
}

void composeTopActions(Context& context)
{
    const ExecutiveSummary& summary = context.model.summary;
    if (summary.topActions.empty()) {
        return;
    }
    context.heading(PdfReport::tr("Top actions"));
    Table actions;
    actions.fontSize = 8.0;
    actions.columns = {{QStringLiteral("#"), 0.35},
                       {PdfReport::tr("Action"), 3.9},
                       {PdfReport::tr("Initiative and friction"), 2.3},
                       {PdfReport::tr("Owner"), 1.5},
                       {PdfReport::tr("Due"), 1.8}};
    int number = 0;
    for (const TopAction& action : summary.topActions) {
        TableCell text{shortened(action.text, kSummaryActionGraphemes)};
        text.heading = shortened(action.title, kSummaryNameGraphemes);
        QString due = tableDate(action.due);
        if (!action.status) {
            due = PdfReport::tr("Recommended");
        } else if (action.overdue) {
            due = PdfReport::tr("%1, overdue").arg(due);
        }
        TableCell dueCell{due};
        if (action.overdue) {
            dueCell.colour = bandColour(Band::Critical);
            dueCell.bold = true;
        }
        actions.rows.push_back({{QString::number(++number), true},
                                text,
                                {shortened(action.initiative, kSummaryNameGraphemes) + QStringLiteral("\n") +
                                 ReportText::text(action.friction)},
                                {shortened(action.owner, kSummaryOwnerGraphemes)},
                                dueCell});
    }
    context.page.table(actions, 4);
}

// The whole summary, with `shown` initiatives in the readiness table.
void composeSummaryWith(Context& context, std::size_t shown)
{
    const ReportModel& model = context.model;
    const ExecutiveSummary& summary = model.summary;
    context.title(ReportText::sectionSummary());
    context.body(PdfReport::tr("This report assesses %n AI initiative(s) of %1 in the %2 round against the seven "
                               "last-mile frictions: the organizational obstacles that keep working AI from turning "
                               "into operational results. Scores run from 0 (no friction) to 100 (severe).",
                               nullptr, summary.initiativeCount)
                     .arg(shortened(model.cover.organization, kSummaryNameGraphemes),
                          shortened(model.cover.roundName, kSummaryNameGraphemes)));
    context.page.space(2);

    const int cells = summary.bandCounts[0] + summary.bandCounts[1] + summary.bandCounts[2] + summary.bandCounts[3];
    Tile evidence{PdfReport::tr("Disagreements"), QString::number(summary.disagreementQuestions),
                  PdfReport::tr("questions"),
                  PdfReport::tr("%n score(s) rest on insufficient evidence", nullptr, summary.lowCoverageCells)};
    evidence.warning = summary.lowCoverageCells > 0;
    composeTiles(context,
                 {readinessTile(model),
                  {PdfReport::tr("High or critical frictions"),
                   QString::number(summary.bandCounts[2] + summary.bandCounts[3]), PdfReport::tr("of %1").arg(cells),
                   PdfReport::tr("%1 critical, %2 high").arg(summary.bandCounts[3]).arg(summary.bandCounts[2])},
                  evidence});
    composeWorst(context);
    composeTrends(context, shown);
    composeTopActions(context);
}

} // namespace

void composeSummary(Context& context)
{
    // As many initiatives as leave the summary on one page: tried out on a blank composer.
    const auto fits = [&context](std::size_t shown) {
        PageComposer trial = context.page.blank();
        Context trialContext{trial, context.model, context.accent};
        composeSummaryWith(trialContext, shown);
        return trial.pageCount() <= 1;
    };
    std::size_t shown = context.model.summary.trends.size();
    if (!fits(shown)) {
        std::size_t low = 0; // the most known to fit (or none)
        std::size_t high = shown;
        while (high - low > 1) {
            const std::size_t middle = (low + high) / 2;
            (fits(middle) ? low : high) = middle;
        }
        shown = low;
    }
    composeSummaryWith(context, shown);
}

} // namespace lastmile::render::pdf
