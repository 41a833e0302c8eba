// SPDX-License-Identifier: Apache-2.0
#include "heatmap_painter.h"

#include "heat_palette.h"
#include "heatmap_marks.h"
#include "report_style.h"
#include "text/messages.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace lastmile::render {

namespace {

using namespace marks;

enum class LegendKind {
    Band,
    NoScore,
    LowCoverage,
    Disagreement,
    ChangeWorse,
    ChangeBetter,
    Target,
    GapCaption,
    GapOpen,
    GapMet,
    NoTarget
};

// Items of the legend that are text alone, without a swatch.
bool textOnly(LegendKind kind)
{
    return kind == LegendKind::GapCaption;
}

struct LegendItem
{
    LegendKind kind;
    Band band = Band::Low;
    QString label;
    QRectF swatch;
    QRectF text;
};

} // namespace

struct HeatmapPainter::Geometry
{
    QFont font;
    QFont bold;
    QFont small;
    qreal unit = 0.0;
    qreal pad = 0.0;
    qreal gap = 0.0;
    qreal nameWidth = 0.0;
    qreal readinessWidth = 0.0;
    qreal cellWidth = 0.0;
    qreal headerHeight = 0.0;
    qreal rowHeight = 0.0;
    qreal markerStrip = 0.0; // the bottom of a cell kept for the target's pointer
    qreal portfolioGap = 0.0;
    qreal legendTop = 0.0;
    qreal legendHeight = 0.0;
    qreal width = 0.0;
    qreal height = 0.0;
    int rows = 0;
    std::vector<LegendItem> legend;

    qreal gridLeft() const { return nameWidth + readinessWidth; }
    qreal frictionLeft(std::size_t column) const { return gridLeft() + qreal(column) * cellWidth; }
    qreal rowTop(int index) const { return headerHeight + qreal(index) * rowHeight; }
    qreal portfolioTop() const { return rowTop(rows) + portfolioGap; }
};

HeatmapPainter::HeatmapPainter(const HeatmapData& data, HeatmapOptions options)
    : m_data(data), m_options(std::move(options))
{
    if (m_options.font.family().isEmpty() || m_options.font == QFont()) {
        m_options.font = reportFont(8.0);
    }
}

std::vector<const HeatmapRow*> HeatmapPainter::rows() const
{
    std::vector<const HeatmapRow*> result;
    const int count = static_cast<int>(m_data.initiatives.size());
    const int first = std::clamp(m_options.firstRow, 0, count);
    const int last = m_options.rowCount < 0 ? count : std::min(count, first + m_options.rowCount);
    for (int i = first; i < last; ++i) {
        result.push_back(&m_data.initiatives[static_cast<std::size_t>(i)]);
    }
    return result;
}

HeatmapPainter::Geometry HeatmapPainter::layout(const QPaintDevice* device, qreal widthHint) const
{
    QPaintDevice* pd = const_cast<QPaintDevice*>(device);
    Geometry g;
    g.font = m_options.font;
    g.bold = g.font;
    g.bold.setBold(true);
    g.small = g.font;
    g.small.setPointSizeF(g.font.pointSizeF() * 0.85);
    const QFontMetricsF metrics(g.font, pd);
    const QFontMetricsF boldMetrics(g.bold, pd);
    const QFontMetricsF smallMetrics(g.small, pd);
    g.unit = metrics.height();
    g.pad = 0.5 * g.unit;
    g.gap = 0.12 * g.unit;
    g.rows = static_cast<int>(rows().size());

    qreal names = metrics.horizontalAdvance(tr("Initiative"));
    for (const HeatmapRow& row : m_data.initiatives) {
        names = std::max(names, metrics.horizontalAdvance(QString::fromStdString(row.name)));
    }
    names = std::max(names, boldMetrics.horizontalAdvance(tr("Portfolio")));
    g.nameWidth = std::min(names + 0.2 * g.unit, m_options.maxNameWidth * g.unit) + g.pad * 2;
    g.readinessWidth = m_options.readinessColumn
                           ? std::max(smallMetrics.horizontalAdvance(tr("Readiness")),
                                      boldMetrics.horizontalAdvance(QStringLiteral("100 \u219100"))) +
                                 g.pad * 2
                           : 0.0;
    // Wide enough for the longest word of a friction's name, so headers wrap between words.
    g.cellWidth = (m_options.delta ? 5.0 : 4.6) * g.unit;
    for (const HeatmapColumn& column : m_data.frictions) {
        for (const QString& word : QString::fromStdString(column.name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            g.cellWidth = std::max(g.cellWidth, smallMetrics.horizontalAdvance(word) + g.gap * 4 + 0.4 * g.unit);
        }
    }
    qreal header = 0.0;
    for (const HeatmapColumn& column : m_data.frictions) {
        const QRectF bounds =
            smallMetrics.boundingRect(QRectF(0, 0, g.cellWidth - g.gap * 4, 1e6), Qt::TextWordWrap | Qt::AlignHCenter,
                                      QString::fromStdString(column.name));
        header = std::max(header, bounds.height());
    }
    g.headerHeight = header + g.pad;
    g.markerStrip = targetMarks() ? 0.5 * g.unit : 0.0;
    g.rowHeight = (m_options.delta ? 2.9 : 2.2) * g.unit + g.markerStrip;
    g.portfolioGap = m_options.portfolioRow ? 0.4 * g.unit : 0.0;
    g.width = g.frictionLeft(m_data.frictions.size());
    qreal bottom = g.rowTop(g.rows) + (m_options.portfolioRow ? g.portfolioGap + g.rowHeight : 0.0);

    if (m_options.legend) {
        g.legendTop = bottom + g.unit;
        const qreal swatch = 1.1 * g.unit;
        const qreal available = std::max(g.width, widthHint);
        std::vector<LegendItem> items;
        if (m_options.gapToTarget) {
            items.push_back({LegendKind::GapCaption,
                             Band::Low,
                             tr("Gap to target: the friction score minus the target agreed with the client"),
                             {},
                             {}});
            items.push_back(
                {LegendKind::GapOpen, Band::Low, tr("+N points still to close (above the target)"), {}, {}});
            items.push_back({LegendKind::GapMet, Band::Low, tr("Target met (at or below it)"), {}, {}});
            items.push_back({LegendKind::NoTarget, Band::Low, tr("No target set"), {}, {}});
        } else { // the bands; the gap view colours cells by their target instead
            for (Band band : kBands) {
                static const char* const ranges[] = {QT_TR_NOOP("%1 (under 25)"), QT_TR_NOOP("%1 (25 to 49)"),
                                                     QT_TR_NOOP("%1 (50 to 74)"), QT_TR_NOOP("%1 (75 and over)")};
                const QString name = text::Messages::band(band);
                items.push_back({LegendKind::Band,
                                 band,
                                 tr(ranges[static_cast<int>(band)]).arg(name.left(1).toUpper() + name.mid(1)),
                                 {},
                                 {}});
            }
        }
        items.push_back({LegendKind::NoScore, Band::Low, tr("No answers"), {}, {}});
        items.push_back({LegendKind::LowCoverage, Band::Low, tr("Insufficient evidence (coverage under 50%)"), {}, {}});
        items.push_back({LegendKind::Disagreement, Band::Low, tr("Respondents disagree"), {}, {}});
        if (targetMarks()) {
            items.push_back({LegendKind::Target,
                             Band::Low,
                             tr("Target agreed with the client: the pointer on the bottom edge (0 at the left, 100 "
                                "at the right)"),
                             {},
                             {}});
        }
        if (m_options.delta && m_data.hasPrevious()) {
            items.push_back({LegendKind::ChangeWorse,
                             Band::Low,
                             tr("worse since %1 (a friction up, readiness down)")
                                 .arg(QString::fromStdString(m_data.previousRoundName)),
                             {},
                             {}});
            items.push_back(
                {LegendKind::ChangeBetter, Band::Low, tr("better (a friction down, readiness up)"), {}, {}});
        }
        qreal x = 0.0;
        qreal y = g.legendTop;
        for (LegendItem& item : items) {
            const qreal textWidth = smallMetrics.horizontalAdvance(item.label);
            const qreal itemWidth = (textOnly(item.kind) ? 0.0 : swatch + 0.4 * g.unit) + textWidth + 1.4 * g.unit;
            if (x > 0.0 && x + itemWidth > available) {
                x = 0.0;
                y += 1.6 * g.unit;
            }
            if (textOnly(item.kind)) {
                item.text = QRectF(x, y, textWidth + 1.0, swatch);
            } else {
                item.swatch = QRectF(x, y, swatch, swatch);
                item.text = QRectF(x + swatch + 0.4 * g.unit, y, textWidth + 1.0, swatch);
            }
            x += itemWidth;
            g.legend.push_back(std::move(item));
        }
        g.legendHeight = y + 1.1 * g.unit - g.legendTop;
        bottom = g.legendTop + g.legendHeight;
        if (widthHint <= 0.0) {
            for (const LegendItem& item : g.legend) {
                g.width = std::max(g.width, item.text.right());
            }
        }
    }
    g.height = bottom;
    return g;
}

QSizeF HeatmapPainter::preferredSize(const QPaintDevice* device) const
{
    const Geometry g = layout(device);
    return QSizeF(std::ceil(g.width), std::ceil(g.height));
}

qreal HeatmapPainter::headerHeight(const QPaintDevice* device) const
{
    return layout(device).headerHeight;
}

qreal HeatmapPainter::rowHeight(const QPaintDevice* device) const
{
    return layout(device).rowHeight;
}

qreal HeatmapPainter::footerHeight(const QPaintDevice* device) const
{
    const Geometry g = layout(device);
    return g.height - g.rowTop(g.rows);
}

qreal HeatmapPainter::scaleFor(const Geometry& geometry, const QRectF& rect) const
{
    qreal scale = 1.0;
    if (geometry.width > rect.width() && rect.width() > 0) {
        scale = rect.width() / geometry.width;
    }
    if (geometry.height * scale > rect.height() && rect.height() > 0) {
        scale = rect.height() / geometry.height;
    }
    return scale;
}

void HeatmapPainter::paint(QPainter& painter, const QRectF& rect) const
{
    const Geometry g = layout(painter.device(), rect.width());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.translate(rect.topLeft());
    const qreal scale = scaleFor(g, rect);
    painter.scale(scale, scale);

    // A window paints a few rows of a long heatmap at a time, in several clipped passes: rows
    // outside the clip are not drawn at all (an image or a page has no clip and gets every row).
    const QRectF clip = painter.hasClipping() ? painter.clipBoundingRect() : QRectF();
    const auto hidden = [&clip](qreal top, qreal height) {
        return !clip.isNull() && (top - height > clip.bottom() || top + 2 * height < clip.top()); // a row's margin
    };
    paintHeader(painter, g);
    const auto drawn = rows();
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        const qreal top = g.rowTop(static_cast<int>(i));
        if (!hidden(top, g.rowHeight)) {
            paintRow(painter, g, *drawn[i], top, false);
        }
    }
    if (m_options.portfolioRow) {
        painter.setPen(QPen(inkColour(), 0.08 * g.unit));
        const qreal y = g.portfolioTop() - g.portfolioGap / 2;
        painter.drawLine(QPointF(0, y), QPointF(g.frictionLeft(m_data.frictions.size()), y));
        paintRow(painter, g, m_data.portfolio, g.portfolioTop(), true);
    }
    if (m_options.legend) {
        paintLegend(painter, g);
    }
    painter.restore();
}

void HeatmapPainter::paintHeader(QPainter& painter, const Geometry& g) const
{
    painter.setFont(g.small);
    painter.setPen(mutedColour());
    const qreal bottom = g.headerHeight - g.pad * 0.6;
    painter.drawText(QRectF(g.pad, 0, g.nameWidth - g.pad, bottom), Qt::AlignLeft | Qt::AlignBottom, tr("Initiative"));
    if (m_options.readinessColumn) {
        painter.drawText(QRectF(g.nameWidth, 0, g.readinessWidth, bottom), Qt::AlignHCenter | Qt::AlignBottom,
                         tr("Readiness"));
    }
    for (std::size_t column = 0; column < m_data.frictions.size(); ++column) {
        painter.drawText(QRectF(g.frictionLeft(column) + g.gap * 2, 0, g.cellWidth - g.gap * 4, bottom),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         QString::fromStdString(m_data.frictions[column].name));
    }
}

void HeatmapPainter::paintRow(QPainter& painter, const Geometry& g, const HeatmapRow& row, qreal top,
                              bool portfolio) const
{
    const QFontMetricsF metrics(g.font, painter.device());
    const QString name = portfolio ? tr("Portfolio") : QString::fromStdString(row.name);
    const QStringList lines = fitLines(name, portfolio ? g.bold : g.font, painter.device(), g.nameWidth - g.pad * 2, 2);
    painter.setFont(portfolio ? g.bold : g.font);
    painter.setPen(inkColour());
    const qreal textTop = top + (g.rowHeight - metrics.height() * qreal(lines.size())) / 2;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter.drawText(
            QRectF(g.pad, textTop + qreal(i) * metrics.height(), g.nameWidth - g.pad * 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    }
    if (m_options.readinessColumn) {
        const QRectF shaded(g.nameWidth + g.gap, top + g.gap, g.readinessWidth - g.gap * 2, g.rowHeight - g.gap * 2);
        painter.fillRect(shaded, shadeColour());
        const QRectF cell = shaded.adjusted(0, 0, 0, -g.markerStrip); // level with the friction scores
        painter.setFont(g.bold);
        painter.setPen(inkColour());
        const QString value = row.readiness ? scoreText(*row.readiness) : QStringLiteral("\u2013");
        const bool withDelta = m_options.delta && m_data.hasPrevious();
        const QRectF upper = withDelta ? QRectF(cell.left(), cell.top(), cell.width(), cell.height() * 0.55) : cell;
        if (row.readiness && row.lowCoverage) {
            // Readiness on insufficient evidence is hatched like a friction score on it, the number
            // on a plain backing; no change is claimed for it.
            hatch(painter, shaded, hatchColourOn(false), 0.42 * g.unit);
            const QFontMetricsF boldMetrics(g.bold, painter.device());
            const qreal w = boldMetrics.horizontalAdvance(value) + g.unit * 0.5;
            const qreal h = boldMetrics.height() * 1.05;
            const qreal y = withDelta ? upper.bottom() - h : cell.center().y() - h / 2;
            painter.fillRect(QRectF(cell.center().x() - w / 2, y, w, h), shadeColour());
        }
        if (withDelta) {
            painter.drawText(upper, Qt::AlignHCenter | Qt::AlignBottom, value);
            const auto delta = row.readinessDelta();
            if (delta) {
                changeBadge(painter, QRectF(cell.left(), upper.bottom(), cell.width(), cell.height() * 0.45),
                            deltaText(*delta), changeColour(*delta, false), g.small);
            }
        } else {
            painter.drawText(cell, Qt::AlignCenter, value);
        }
    }
    for (std::size_t column = 0; column < m_data.frictions.size() && column < row.cells.size(); ++column) {
        const QRectF cell(g.frictionLeft(column) + g.gap, top + g.gap, g.cellWidth - g.gap * 2,
                          g.rowHeight - g.gap * 2);
        paintCell(painter, g, cell, row.cells[column], !portfolio);
    }
}

QString HeatmapPainter::gapText(const HeatmapCell& cell)
{
    if (!cell.target) {
        return {};
    }
    if (!cell.score) {
        return QStringLiteral("\u2013");
    }
    if (cell.targetMet()) {
        return QStringLiteral("\u2713");
    }
    // In whole points, as the scores are printed; a target missed by less than one is still missed.
    return QStringLiteral("+%1").arg(std::max(1L, std::lround(*cell.score) - std::lround(*cell.target)));
}

void HeatmapPainter::paintCell(QPainter& painter, const Geometry& g, const QRectF& cell, const HeatmapCell& data,
                               bool markDisagreement) const
{
    QColor fill;
    QColor ink;
    bool dark = false;
    QString value;
    if (m_options.gapToTarget) {
        if (!data.target) {
            painter.fillRect(cell, noTargetColour()); // plain: nothing to measure against
            return;
        }
        dark = data.score && !data.targetMet();
        fill = !data.score ? noScoreColour() : dark ? gapOpenColour() : targetMetColour();
        ink = !data.score ? mutedColour() : dark ? gapOpenTextColour() : inkColour();
        value = gapText(data);
    } else {
        fill = data.band ? bandColour(*data.band) : noScoreColour();
        ink = data.band ? textColourOn(*data.band) : mutedColour();
        dark = isDark(data.band);
        value = data.score ? scoreText(*data.score) : QStringLiteral("\u2013");
    }
    painter.fillRect(cell, fill);
    const bool hatched = data.score && data.lowCoverage;
    if (hatched) {
        hatch(painter, cell, hatchColourOn(dark), 0.42 * g.unit);
    }
    if (markDisagreement && data.disagreements > 0) {
        triangle(painter, cell, 0.75 * g.unit, ink);
    }
    const QRectF content = cell.adjusted(0, 0, 0, -g.markerStrip);
    const bool withDelta = m_options.delta && m_data.hasPrevious();
    const QRectF upper =
        withDelta ? QRectF(content.left(), content.top(), content.width(), content.height() * 0.55) : content;
    const QFontMetricsF boldMetrics(g.bold, painter.device());
    if (hatched) {
        // A plain backing keeps the number readable over the hatch.
        const qreal w = boldMetrics.horizontalAdvance(value) + g.unit * 0.5;
        const qreal h = boldMetrics.height() * 1.05;
        const qreal y = withDelta ? upper.bottom() - h : content.center().y() - h / 2;
        painter.fillRect(QRectF(content.center().x() - w / 2, y, w, h), fill);
    }
    painter.setFont(g.bold);
    painter.setPen(ink);
    painter.drawText(upper, withDelta ? Qt::AlignHCenter | Qt::AlignBottom : Qt::AlignCenter, value);
    if (withDelta) {
        const auto delta = data.delta();
        if (delta) {
            const QRectF lower(content.left(), upper.bottom(), content.width(), content.height() * 0.45);
            changeBadge(painter, lower, deltaText(*delta), changeColour(*delta, true), g.small);
        }
    }
    if (targetMarks() && data.target) {
        targetPointer(painter, cell, *data.target, ink, fill, g.unit);
    }
}

void HeatmapPainter::paintLegend(QPainter& painter, const Geometry& g) const
{
    painter.setFont(g.small);
    for (const LegendItem& item : g.legend) {
        switch (item.kind) {
        case LegendKind::Band:
            painter.fillRect(item.swatch, bandColour(item.band));
            break;
        case LegendKind::NoScore:
            painter.fillRect(item.swatch, noScoreColour());
            break;
        case LegendKind::LowCoverage:
            painter.fillRect(item.swatch, bandColour(Band::Moderate));
            hatch(painter, item.swatch, hatchColourOn(false), 0.42 * g.unit);
            break;
        case LegendKind::Disagreement:
            painter.fillRect(item.swatch, bandColour(Band::Low));
            triangle(painter, item.swatch, 0.75 * g.unit, textColourOn(Band::Low));
            break;
        case LegendKind::Target:
            painter.fillRect(item.swatch, bandColour(Band::Low));
            targetPointer(painter, item.swatch, 50.0, textColourOn(Band::Low), bandColour(Band::Low), g.unit);
            break;
        case LegendKind::GapOpen:
            painter.fillRect(item.swatch, gapOpenColour());
            painter.setPen(gapOpenTextColour());
            painter.drawText(item.swatch, Qt::AlignCenter, QStringLiteral("+"));
            break;
        case LegendKind::GapMet:
            painter.fillRect(item.swatch, targetMetColour());
            painter.setPen(inkColour());
            painter.drawText(item.swatch, Qt::AlignCenter, QStringLiteral("\u2713"));
            break;
        case LegendKind::NoTarget:
            painter.fillRect(item.swatch, noTargetColour());
            break;
        case LegendKind::ChangeWorse:
            changeBadge(painter, item.swatch, QStringLiteral("\u2191"), changeColour(1.0, true), g.small);
            break;
        case LegendKind::ChangeBetter:
            changeBadge(painter, item.swatch, QStringLiteral("\u2193"), changeColour(-1.0, true), g.small);
            break;
        case LegendKind::GapCaption:
            break;
        }
        if (!textOnly(item.kind) && item.kind != LegendKind::ChangeWorse && item.kind != LegendKind::ChangeBetter) {
            painter.setPen(QPen(ruleColour(), 0));
            painter.drawRect(item.swatch);
        }
        painter.setPen(inkColour());
        painter.drawText(item.text, Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
}

std::optional<HeatmapHit> HeatmapPainter::hitTest(const QPaintDevice* device, const QRectF& rect,
                                                  const QPointF& point) const
{
    const Geometry g = layout(device, rect.width());
    const qreal scale = scaleFor(g, rect);
    const QPointF p = (point - rect.topLeft()) / scale;
    const qreal gridRight = g.frictionLeft(m_data.frictions.size());
    if (p.x() < 0 || p.x() >= gridRight || p.y() < 0) {
        return std::nullopt;
    }
    HeatmapHit hit;
    if (p.x() >= g.gridLeft()) {
        const auto column = static_cast<std::size_t>((p.x() - g.gridLeft()) / g.cellWidth);
        hit.frictionId = m_data.frictions[std::min(column, m_data.frictions.size() - 1)].frictionId;
    }
    if (p.y() < g.headerHeight) {
        hit.header = true;
        return hit;
    }
    const auto drawn = rows();
    if (p.y() < g.rowTop(g.rows)) {
        const auto index = static_cast<std::size_t>((p.y() - g.headerHeight) / g.rowHeight);
        hit.initiativeId = drawn[std::min(index, drawn.size() - 1)]->initiativeId;
        return hit;
    }
    if (m_options.portfolioRow && p.y() >= g.portfolioTop() && p.y() < g.portfolioTop() + g.rowHeight) {
        hit.portfolio = true;
        return hit;
    }
    return std::nullopt;
}

std::optional<QRectF> HeatmapPainter::cellRect(const QPaintDevice* device, const QRectF& rect,
                                               std::int64_t initiativeId, const std::string& frictionId) const
{
    const Geometry g = layout(device, rect.width());
    const qreal scale = scaleFor(g, rect);
    qreal top = -1.0;
    const auto drawn = rows();
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        if (drawn[i]->initiativeId == initiativeId) {
            top = g.rowTop(static_cast<int>(i));
        }
    }
    if (initiativeId == 0 && m_options.portfolioRow) {
        top = g.portfolioTop();
    }
    if (top < 0) {
        return std::nullopt;
    }
    qreal left = g.nameWidth;
    qreal width = g.readinessWidth;
    if (!frictionId.empty()) {
        const auto found = std::find_if(m_data.frictions.begin(), m_data.frictions.end(),
                                        [&](const HeatmapColumn& column) { return column.frictionId == frictionId; });
        if (found == m_data.frictions.end()) {
            return std::nullopt;
        }
        left = g.frictionLeft(static_cast<std::size_t>(found - m_data.frictions.begin()));
        width = g.cellWidth;
    }
    return QRectF(rect.left() + left * scale, rect.top() + top * scale, width * scale, g.rowHeight * scale);
}

} // namespace lastmile::render
