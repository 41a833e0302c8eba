// SPDX-License-Identifier: Apache-2.0
#include "trend_chart.h"

#include "heat_palette.h"
#include "heatmap_marks.h"
#include "report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace lastmile::render {

namespace {

constexpr int kPanelCount = 8; // readiness and seven frictions

QFont scaled(const QFont& font, qreal factor, bool bold = false)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

// The latest score and its change since the round before it: "62 ↑8", "62" or "–".
QString valueText(const std::vector<std::optional<double>>& values)
{
    if (values.empty() || !values.back()) {
        return QStringLiteral("\u2013");
    }
    QString text = marks::scoreText(*values.back());
    if (values.size() >= 2 && values[values.size() - 2]) {
        text +=
            QLatin1Char(' ') + marks::deltaText(std::lround(*values.back()) - std::lround(*values[values.size() - 2]));
    }
    return text;
}

std::optional<double> change(const std::vector<std::optional<double>>& values)
{
    if (values.size() < 2 || !values.back() || !values[values.size() - 2]) {
        return std::nullopt;
    }
    return double(std::lround(*values.back()) - std::lround(*values[values.size() - 2]));
}

} // namespace

void TrendChartPainter::labelRounds(TrendPanel& panel, const QFontMetricsF& metrics, qreal padding) const
{
    // Every round under its point when every name fits its slot; else the first and the last
    // round at the ends of the axis, each with up to half of it, so a name is read, not guessed.
    const std::size_t count = m_trend.points.size();
    bool fits = true;
    for (std::size_t p = 0; p < count; ++p) {
        const QString name = QString::fromStdString(m_trend.points[p].roundName);
        fits = fits && metrics.horizontalAdvance(name) <= panel.xLabelRects[p].width() - padding;
    }
    for (std::size_t p = 0; p < count; ++p) {
        const QString name = QString::fromStdString(m_trend.points[p].roundName);
        if (fits) {
            panel.xLabels.push_back(name);
            continue;
        }
        const bool end = p == 0 || p + 1 == count;
        const qreal half = panel.plot.width() / 2.0;
        QRectF& box = panel.xLabelRects[p];
        box = QRectF(p == 0 ? panel.plot.left() : panel.plot.right() - half, box.top(), end ? half : 0.0, box.height());
        panel.xLabels.push_back(end ? metrics.elidedText(name, Qt::ElideRight, half - padding) : QString());
    }
}

TrendChartPainter::TrendChartPainter(Trend trend, ChartOptions options)
    : m_trend(std::move(trend)), m_options(std::move(options))
{
    if (m_options.font.family().isEmpty() || m_options.font == QFont()) {
        m_options.font = reportFont(8.0);
    }
}

QSizeF TrendChartPainter::preferredSize(const QPaintDevice* device) const
{
    const qreal unit = QFontMetricsF(m_options.font, const_cast<QPaintDevice*>(device)).height();
    return {62.0 * unit, 28.0 * unit};
}

TrendLayout TrendChartPainter::layout(const QPaintDevice* device, const QRectF& rect) const
{
    QPaintDevice* pd = const_cast<QPaintDevice*>(device);
    const QFont titleFont = scaled(m_options.font, 1.2, true);
    const QFont small = scaled(m_options.font, 0.85);
    const QFontMetricsF metrics(m_options.font, pd);
    const QFontMetricsF titleMetrics(titleFont, pd);
    const QFontMetricsF smallMetrics(small, pd);
    const qreal unit = metrics.height();

    TrendLayout result;
    result.titleText = m_options.title;
    if (result.titleText.isEmpty()) {
        const QString who = m_trend.initiativeId == 0 ? tr("Portfolio") : QString::fromStdString(m_trend.name);
        result.titleText =
            tr("%1: readiness and frictions over %n round(s)", nullptr, int(m_trend.points.size())).arg(who);
    }
    result.title = QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height());

    // Four panels a row on a wide rectangle, two on a tall or narrow one.
    const int columns = rect.width() >= 48.0 * unit && rect.width() >= 1.1 * rect.height() ? 4 : 2;
    const int rows = (kPanelCount + columns - 1) / columns;
    const qreal gap = unit;
    const QRectF grid(rect.left(), result.title.bottom() + 0.5 * unit, rect.width(),
                      rect.bottom() - result.title.bottom() - 0.5 * unit);
    const qreal panelWidth = (grid.width() - gap * (columns - 1)) / columns;
    const qreal panelHeight = (grid.height() - gap * (rows - 1)) / rows;
    const qreal yAxisWidth = smallMetrics.horizontalAdvance(QStringLiteral("100")) + 0.4 * unit;

    std::vector<std::vector<std::optional<double>>> series{m_trend.readinessSeries()};
    std::vector<QString> titles{tr("Readiness")};
    for (const HeatmapColumn& friction : m_trend.frictions) {
        if (series.size() == kPanelCount) {
            break;
        }
        series.push_back(m_trend.series(friction.frictionId));
        titles.push_back(QString::fromStdString(friction.name));
    }

    const std::size_t count = m_trend.points.size();
    for (std::size_t i = 0; i < series.size(); ++i) {
        TrendPanel panel;
        panel.title = titles[i];
        panel.value = valueText(series[i]);
        panel.change = change(series[i]);
        panel.values = series[i];
        panel.higherIsBetter = i == 0;
        const int row = int(i) / columns;
        const int column = int(i) % columns;
        panel.frame = QRectF(grid.left() + column * (panelWidth + gap), grid.top() + row * (panelHeight + gap),
                             panelWidth, panelHeight);
        const qreal top = panel.frame.top() + metrics.height() + 0.3 * unit;
        const qreal bottom = panel.frame.bottom() - smallMetrics.height() - 0.2 * unit;
        const qreal dotRoom = 0.4 * unit; // a point at 0 or 100 stays inside the plot
        panel.plot = QRectF(panel.frame.left() + yAxisWidth, top, panel.frame.width() - yAxisWidth,
                            std::max(unit, bottom - top));
        const QRectF inner = panel.plot.adjusted(dotRoom, dotRoom, -dotRoom, -dotRoom);
        for (int tick = 0; tick <= 4; ++tick) {
            panel.yTicks.push_back(inner.bottom() - inner.height() * tick / 4.0);
        }
        const qreal slot = count > 0 ? inner.width() / qreal(count) : inner.width();
        for (std::size_t p = 0; p < count; ++p) {
            const qreal x = count == 1 ? inner.center().x() : inner.left() + inner.width() * p / qreal(count - 1);
            if (series[i][p]) {
                const double value = std::clamp(*series[i][p], 0.0, 100.0);
                panel.points.emplace_back(QPointF(x, inner.bottom() - inner.height() * value / 100.0));
            } else {
                panel.points.emplace_back(std::nullopt);
            }
            // The first round's name starts at the axis's start, the last one's ends at its end.
            qreal left = x - slot / 2;
            if (count > 1 && p == 0) {
                left = panel.plot.left();
            } else if (count > 1 && p + 1 == count) {
                left = panel.plot.right() - slot;
            }
            panel.xLabelRects.emplace_back(left, panel.plot.bottom() + 0.1 * unit, slot, smallMetrics.height());
        }
        labelRounds(panel, smallMetrics, 0.2 * unit);
        result.panels.push_back(std::move(panel));
    }
    return result;
}

void TrendChartPainter::paint(QPainter& painter, const QRectF& rect) const
{
    const TrendLayout geometry = layout(painter.device(), rect);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(scaled(m_options.font, 1.2, true));
    painter.setPen(inkColour());
    painter.drawText(geometry.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(painter.font(), painter.device())
                         .elidedText(geometry.titleText, Qt::ElideRight, geometry.title.width()));
    for (const TrendPanel& panel : geometry.panels) {
        paintPanel(painter, panel);
    }
    painter.restore();
}

void TrendChartPainter::paintPanel(QPainter& painter, const TrendPanel& panel) const
{
    const QFont small = scaled(m_options.font, 0.85);
    const QFont bold = scaled(m_options.font, 1.0, true);
    const qreal unit = QFontMetricsF(m_options.font, painter.device()).height();

    // Band tints: pale where the friction is low (for readiness, where readiness is high).
    for (std::size_t b = 0; b < 4; ++b) {
        const Band shade = panel.higherIsBetter ? Band(3 - int(b)) : Band(int(b));
        QColor tint = bandColour(shade);
        tint.setAlpha(48);
        const qreal lower = b == 0 ? panel.plot.bottom() : panel.yTicks[b];
        const qreal upper = b == 3 ? panel.plot.top() : panel.yTicks[b + 1];
        painter.fillRect(QRectF(panel.plot.left(), upper, panel.plot.width(), lower - upper), tint);
    }
    painter.setPen(QPen(ruleColour(), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(panel.plot);

    painter.setFont(small);
    painter.setPen(mutedColour());
    const QFontMetricsF smallMetrics(small, painter.device());
    for (int tick = 0; tick <= 4; tick += 2) {
        const qreal y = panel.yTicks[std::size_t(tick)];
        painter.drawText(QRectF(panel.frame.left(), y - smallMetrics.height() / 2,
                                panel.plot.left() - panel.frame.left() - 0.2 * unit, smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(tick * 25));
    }
    for (std::size_t p = 0; p < panel.xLabels.size(); ++p) {
        const bool ends = panel.xLabels.size() > 1 && (p == 0 || p + 1 == panel.xLabels.size());
        const Qt::Alignment align = !ends ? Qt::AlignHCenter : p == 0 ? Qt::AlignLeft : Qt::AlignRight;
        painter.drawText(panel.xLabelRects[p], align | Qt::AlignVCenter | Qt::TextSingleLine, panel.xLabels[p]);
    }

    // The title on the left, the latest value and its change on the right.
    const QRectF header(panel.frame.left(), panel.frame.top(), panel.frame.width(),
                        panel.plot.top() - panel.frame.top());
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold, painter.device());
    const qreal valueWidth = boldMetrics.horizontalAdvance(panel.value);
    painter.setPen(inkColour());
    painter.drawText(header.adjusted(0, 0, -valueWidth - 0.5 * unit, 0), Qt::AlignLeft | Qt::AlignTop,
                     boldMetrics.elidedText(panel.title, Qt::ElideRight, header.width() - valueWidth - 0.5 * unit));
    painter.setPen(panel.change ? changeColour(*panel.change, !panel.higherIsBetter) : inkColour());
    painter.drawText(header, Qt::AlignRight | Qt::AlignTop, panel.value);

    // The line, broken where a round has no score, and a dot per round.
    painter.setPen(QPen(inkColour(), 0.12 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (std::size_t p = 1; p < panel.points.size(); ++p) {
        if (panel.points[p - 1] && panel.points[p]) {
            painter.drawLine(*panel.points[p - 1], *panel.points[p]);
        }
    }
    const qreal radius = 0.28 * unit;
    painter.setPen(QPen(inkColour(), 0.08 * unit));
    for (std::size_t p = 0; p < panel.points.size(); ++p) {
        if (!panel.points[p]) {
            continue;
        }
        const double value = panel.values[p].value_or(0.0);
        painter.setBrush(scoreColour(panel.higherIsBetter ? 100.0 - value : value));
        painter.drawEllipse(*panel.points[p], radius, radius);
    }
}

} // namespace lastmile::render
