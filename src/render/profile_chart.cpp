// SPDX-License-Identifier: Apache-2.0
#include "profile_chart.h"

#include "heatmap_marks.h"
#include "report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace lastmile::render {

namespace {

QColor currentColour()
{
    return QColor(0x1F, 0x4E, 0x8C);
}

QColor previousColour()
{
    return QColor(0x6B, 0x72, 0x80);
}

QColor targetColour()
{
    return QColor(0x1B, 0x7F, 0x3B);
}

QFont titleFontOf(const QFont& font)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * 1.2);
    result.setBold(true);
    return result;
}

// The ring through the points that exist: a segment between neighbours that both have one.
void paintRing(QPainter& painter, const std::vector<std::optional<QPointF>>& points)
{
    const std::size_t count = points.size();
    for (std::size_t i = 0; i < count && count > 1; ++i) {
        const auto& from = points[i];
        const auto& to = points[(i + 1) % count];
        if (from && to) {
            painter.drawLine(*from, *to);
        }
    }
}

} // namespace

ProfileChartData profileChartData(const HeatmapData& heatmap, std::int64_t initiativeId)
{
    ProfileChartData data;
    data.roundName = QString::fromStdString(heatmap.roundName);
    data.previousRoundName = QString::fromStdString(heatmap.previousRoundName);
    data.frictions = heatmap.frictions;
    if (initiativeId == 0) {
        data.cells = heatmap.portfolio.cells;
        return data;
    }
    for (const HeatmapRow& row : heatmap.initiatives) {
        if (row.initiativeId == initiativeId) {
            data.name = QString::fromStdString(row.name);
            data.cells = row.cells;
        }
    }
    return data;
}

ProfileChartPainter::ProfileChartPainter(ProfileChartData data, ChartOptions options)
    : m_data(std::move(data)), m_options(std::move(options))
{
    if (m_options.font.family().isEmpty() || m_options.font == QFont()) {
        m_options.font = reportFont(8.0);
    }
}

QSizeF ProfileChartPainter::preferredSize(const QPaintDevice* device) const
{
    const qreal unit = QFontMetricsF(m_options.font, const_cast<QPaintDevice*>(device)).height();
    return {40.0 * unit, 32.0 * unit};
}

ProfileLayout ProfileChartPainter::layout(const QPaintDevice* device, const QRectF& rect) const
{
    QPaintDevice* pd = const_cast<QPaintDevice*>(device);
    const QFontMetricsF metrics(m_options.font, pd);
    const QFontMetricsF titleMetrics(titleFontOf(m_options.font), pd);
    const qreal unit = metrics.height();
    ProfileLayout result;
    result.titleText = m_options.title;
    if (result.titleText.isEmpty()) {
        const QString who = m_data.name.isEmpty() ? tr("Portfolio") : m_data.name;
        result.titleText = tr("%1: friction profile, %2").arg(who, m_data.roundName);
    }
    result.title = QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height());

    bool anyTarget = false;
    for (const HeatmapCell& cell : m_data.cells) {
        anyTarget = anyTarget || cell.target.has_value();
    }
    result.legend.push_back(m_data.roundName);
    if (!m_data.previousRoundName.isEmpty()) {
        result.legend.push_back(m_data.previousRoundName);
    }
    if (anyTarget) {
        result.legend.push_back(tr("Target"));
    }
    const qreal legendTop = rect.bottom() - metrics.height();
    qreal x = rect.left();
    for (const QString& entry : result.legend) {
        const qreal width = 2.0 * unit + metrics.horizontalAdvance(entry);
        result.legendRects.emplace_back(x, legendTop, width, metrics.height());
        x += width + unit;
    }

    // Room around the radar for the labels: up to 11 line heights wide, two lines high.
    const qreal labelWidth = std::min(11.0 * unit, rect.width() / 4.0);
    const qreal labelHeight = 2.0 * metrics.height();
    const QRectF area(rect.left() + labelWidth, result.title.bottom() + labelHeight + 0.5 * unit,
                      rect.width() - 2 * labelWidth, legendTop - result.title.bottom() - 2 * labelHeight - 1.5 * unit);
    result.centre = area.center();
    result.radius = std::max(unit, std::min(area.width(), area.height()) / 2.0);

    const std::size_t count = m_data.frictions.size();
    auto at = [&](std::size_t axis, double score) {
        const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * double(axis) / double(count);
        const double r = result.radius * std::clamp(score, 0.0, 100.0) / 100.0;
        return QPointF(result.centre.x() + r * std::cos(angle), result.centre.y() + r * std::sin(angle));
    };
    for (std::size_t axis = 0; axis < count; ++axis) {
        const HeatmapCell* cell = axis < m_data.cells.size() ? &m_data.cells[axis] : nullptr;
        result.axisEnds.push_back(at(axis, 100.0));
        result.current.push_back(cell && cell->score ? std::optional<QPointF>(at(axis, *cell->score)) : std::nullopt);
        result.previous.push_back(cell && cell->previousScore ? std::optional<QPointF>(at(axis, *cell->previousScore))
                                                              : std::nullopt);
        result.target.push_back(cell && cell->target ? std::optional<QPointF>(at(axis, *cell->target)) : std::nullopt);
        QString label = QString::fromStdString(m_data.frictions[axis].name);
        label += QLatin1Char('\n') + (cell && cell->score ? marks::scoreText(*cell->score) : QStringLiteral("\u2013"));
        if (cell && cell->score && cell->previousScore) {
            label += QLatin1Char(' ') + marks::deltaText(std::lround(*cell->score) - std::lround(*cell->previousScore));
        }
        result.labels.push_back(label);
        // Beyond the axis end, on the side away from the centre.
        const QPointF end = at(axis, 100.0);
        const QPointF outward = end - result.centre;
        const qreal length = std::hypot(outward.x(), outward.y());
        const QPointF anchor = end + (length > 0 ? outward / length * 0.5 * unit : QPointF());
        qreal left = anchor.x() - labelWidth / 2;
        if (outward.x() > 0.2 * length) {
            left = anchor.x();
        } else if (outward.x() < -0.2 * length) {
            left = anchor.x() - labelWidth;
        }
        qreal top = anchor.y() - labelHeight / 2;
        if (outward.y() < -0.7 * length) {
            top = anchor.y() - labelHeight;
        } else if (outward.y() > 0.7 * length) {
            top = anchor.y();
        }
        left = std::clamp(left, rect.left(), rect.right() - labelWidth);
        top = std::clamp(top, result.title.bottom(), legendTop - labelHeight);
        result.labelRects.emplace_back(left, top, labelWidth, labelHeight);
    }
    return result;
}

void ProfileChartPainter::paint(QPainter& painter, const QRectF& rect) const
{
    const ProfileLayout g = layout(painter.device(), rect);
    const qreal unit = QFontMetricsF(m_options.font, painter.device()).height();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(titleFontOf(m_options.font));
    painter.setPen(inkColour());
    painter.drawText(
        g.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetricsF(painter.font(), painter.device()).elidedText(g.titleText, Qt::ElideRight, g.title.width()));
    const std::size_t count = g.axisEnds.size();
    // Rings at 25, 50, 75 and 100 and the axes.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(ruleColour(), 0));
    for (int ring = 1; ring <= 4; ++ring) {
        QPolygonF polygon;
        for (const QPointF& end : g.axisEnds) {
            polygon << g.centre + (end - g.centre) * ring / 4.0;
        }
        painter.drawPolygon(polygon);
    }
    for (const QPointF& end : g.axisEnds) {
        painter.drawLine(g.centre, end);
    }
    QFont scale = m_options.font;
    scale.setPointSizeF(scale.pointSizeF() * 0.8);
    painter.setFont(scale);
    painter.setPen(mutedColour());
    if (count > 1) {
        // The scale between the first two axes, clear of the points and the labels.
        const QPointF middle = (g.axisEnds[0] + g.axisEnds[1]) / 2.0 - g.centre;
        const QPointF direction = middle / std::hypot(middle.x(), middle.y());
        for (int ring = 1; ring <= 4; ++ring) {
            const QPointF at = g.centre + direction * g.radius * ring / 4.0;
            painter.drawText(QRectF(at.x() - 1.5 * unit, at.y() - 0.5 * unit, 3 * unit, unit), Qt::AlignCenter,
                             QString::number(ring * 25));
        }
    }
    // The compared round dashed, the targets dotted, the current round filled on top.
    painter.setPen(QPen(previousColour(), 0.1 * unit, Qt::DashLine));
    paintRing(painter, g.previous);
    painter.setPen(QPen(targetColour(), 0.12 * unit, Qt::DotLine));
    paintRing(painter, g.target);
    painter.setPen(QPen(targetColour(), 0.08 * unit));
    painter.setBrush(Qt::white);
    for (const auto& point : g.target) {
        if (point) {
            const qreal s = 0.3 * unit;
            painter.drawPolygon(QPolygonF(
                {*point + QPointF(0, -s), *point + QPointF(s, 0), *point + QPointF(0, s), *point + QPointF(-s, 0)}));
        }
    }
    if (std::all_of(g.current.begin(), g.current.end(), [](const auto& point) { return point.has_value(); }) &&
        count > 2) {
        QPolygonF polygon;
        for (const auto& point : g.current) {
            polygon << *point;
        }
        QColor fill = currentColour();
        fill.setAlpha(50);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(polygon);
    }
    painter.setPen(QPen(currentColour(), 0.16 * unit));
    paintRing(painter, g.current);
    painter.setBrush(currentColour());
    for (const auto& point : g.current) {
        if (point) {
            painter.drawEllipse(*point, 0.22 * unit, 0.22 * unit);
        }
    }
    // Labels and legend.
    painter.setFont(m_options.font);
    painter.setPen(inkColour());
    for (std::size_t axis = 0; axis < count; ++axis) {
        const QRectF& box = g.labelRects[axis];
        const QPointF outward = g.axisEnds[axis] - g.centre;
        Qt::Alignment align = Qt::AlignHCenter;
        if (outward.x() > 0.2 * g.radius) {
            align = Qt::AlignLeft;
        } else if (outward.x() < -0.2 * g.radius) {
            align = Qt::AlignRight;
        }
        painter.drawText(box, align | Qt::AlignVCenter | Qt::TextWordWrap, g.labels[axis]);
    }
    for (std::size_t i = 0; i < g.legend.size(); ++i) {
        const QRectF& box = g.legendRects[i];
        const QLineF sample(box.left(), box.center().y(), box.left() + 1.5 * unit, box.center().y());
        const bool current = i == 0;
        const bool previous = i == 1 && !m_data.previousRoundName.isEmpty();
        painter.setPen(current    ? QPen(currentColour(), 0.16 * unit)
                       : previous ? QPen(previousColour(), 0.1 * unit, Qt::DashLine)
                                  : QPen(targetColour(), 0.12 * unit, Qt::DotLine));
        painter.drawLine(sample);
        painter.setPen(inkColour());
        painter.drawText(box.adjusted(2.0 * unit, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, g.legend[i]);
    }
    painter.restore();
}

} // namespace lastmile::render
