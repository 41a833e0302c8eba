// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "chart_export.h"
#include "core/report_model.h"
#include "trend_chart.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace lastmile::render {

// One initiative's (or the portfolio's) friction scores in a round, against the round it is
// compared with and the agreed targets.
struct ProfileChartData
{
    QString name; // the initiative, or empty for the portfolio
    QString roundName;
    QString previousRoundName; // empty without a compared round
    std::vector<HeatmapColumn> frictions;
    std::vector<HeatmapCell> cells; // one per friction: score, previousScore, target
};

// The profile of `initiativeId` (0: the portfolio) in `heatmap`; no cells for an unknown one.
ProfileChartData profileChartData(const HeatmapData& heatmap, std::int64_t initiativeId);

struct ProfileLayout
{
    QRectF title;
    QString titleText;
    QPointF centre;
    qreal radius = 0.0;                           // 100 (severe friction) on the outer ring
    std::vector<QPointF> axisEnds;                // one per friction, clockwise from the top
    std::vector<std::optional<QPointF>> current;  // none where there is no score
    std::vector<std::optional<QPointF>> previous; // none without a compared round or its score
    std::vector<std::optional<QPointF>> target;   // none where no target is set
    std::vector<QString> labels;                  // the friction's name and score
    std::vector<QRectF> labelRects;
    std::vector<QString> legend; // current, previous (when compared), target (when any)
    std::vector<QRectF> legendRects;
};

// A radar of the seven frictions: 0 (none) at the centre, 100 (severe) on the outer ring; the
// current round filled, the compared round dashed, the targets dotted. Smaller is better.
class ProfileChartPainter : public ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ProfileChartPainter)

public:
    explicit ProfileChartPainter(ProfileChartData data, ChartOptions options = {});

    QSizeF preferredSize(const QPaintDevice* device) const override;
    void paint(QPainter& painter, const QRectF& rect) const override;
    ProfileLayout layout(const QPaintDevice* device, const QRectF& rect) const;

private:
    ProfileChartData m_data;
    ChartOptions m_options;
};

} // namespace lastmile::render
