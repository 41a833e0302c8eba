// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chart_export.h"
#include "core/trend.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>
#include <vector>

namespace lastmile::render {

struct ChartOptions
{
    QFont font;    // every size derives from it; default reportFont(8)
    QString title; // the line above the chart; empty: a title naming the initiative (or the portfolio)
};

// One small chart of the trend: readiness or one friction, 0 to 100, one point per round.
struct TrendPanel
{
    QString title;                              // "Readiness" or the friction's name
    QString value;                              // the latest score and its change since the round before: "62 ↑8"
    std::optional<double> change;               // the latest score less the one of the round before, when both exist
    bool higherIsBetter = false;                // readiness; frictions are worse when they rise
    std::vector<std::optional<double>> values;  // the scores, one per round
    QRectF frame;                               // the whole panel
    QRectF plot;                                // the area of the line: y = 0 at the bottom, 100 at the top
    std::vector<std::optional<QPointF>> points; // one per round; none where the round has no score
    // One per round under its point; when the names do not all fit, only the first and the last
    // round are named, at the two ends of the axis, and the others are empty.
    std::vector<QString> xLabels;
    std::vector<QRectF> xLabelRects;
    std::vector<qreal> yTicks; // the y of 0, 25, 50, 75 and 100
};

struct TrendLayout
{
    QRectF title;
    QString titleText;
    std::vector<TrendPanel> panels; // readiness first, then the frictions in bank order
};

// Readiness and each friction of one initiative (or the portfolio) over all rounds, as small
// multiples sharing a 0–100 scale, tinted by band. One painter for the app, the PDF, PNG and SVG.
class TrendChartPainter : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartPainter)

public:
    explicit TrendChartPainter(Trend trend, ChartOptions options = {});

    const Trend& trend() const { return m_trend; }
    QSizeF preferredSize(const QPaintDevice* device) const override;
    void paint(QPainter& painter, const QRectF& rect) const override;
    // Where everything goes when painted into `rect` on `device` (null: the screen).
    TrendLayout layout(const QPaintDevice* device, const QRectF& rect) const;

private:
    void paintPanel(QPainter& painter, const TrendPanel& panel) const;
    void labelRounds(TrendPanel& panel, const QFontMetricsF& metrics, qreal padding) const;

    Trend m_trend;
    ChartOptions m_options;
};

} // namespace lastmile::render
