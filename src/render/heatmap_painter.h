// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QPainter;
class QPaintDevice;

namespace lastmile::render {

struct HeatmapOptions
{
    QFont font;         // every size derives from it; default reportFont(8)
    bool delta = false; // show the change since HeatmapData::previousRoundName under each score
    // A pointer on the bottom edge of each cell with a target, at the target's place on 0 to 100.
    bool showTargets = false;
    // Each cell with a target shows its gap (score - target: "+21" still to close, "✓" met),
    // coloured by whether the target is met; cells without a target are left plain. Overrides
    // showTargets.
    bool gapToTarget = false;
    bool readinessColumn = true;
    bool portfolioRow = true;
    bool legend = true;
    int firstRow = 0;          // the initiatives drawn: [firstRow, firstRow + rowCount)
    int rowCount = -1;         // -1: to the last
    qreal maxNameWidth = 22.0; // the widest initiative column, in line heights of `font`
    // A line above the heatmap in image and SVG exports (see heatmapCaption), always drawn as plain
    // text; empty: none. The painter itself leaves it out.
    QString caption;
};

// What a point of the heatmap shows.
struct HeatmapHit
{
    std::int64_t initiativeId = 0; // 0 on the portfolio row or the header
    std::string frictionId;        // empty on the name and readiness columns
    bool portfolio = false;
    bool header = false;
};

// The one painter of the heatmap: initiatives x frictions, each cell with its score, coloured by
// band, hatched for insufficient evidence, marked for disagreement; a portfolio row; a legend.
// It paints into any QPainter (a widget, a PDF page, an image, an SVG generator) and reports the
// size it needs on a paint device. Sizes follow the font: on a device of another resolution the
// same heatmap keeps its proportions.
class HeatmapPainter
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapPainter)

public:
    explicit HeatmapPainter(const HeatmapData& data, HeatmapOptions options = {});

    const HeatmapOptions& options() const { return m_options; }

    // What a cell shows in the gap-to-target view: "+21" (the points still to close), "✓" (met)
    // or "–" (a target but no score yet); empty without a target.
    static QString gapText(const HeatmapCell& cell);

    // The size the heatmap needs on `device` (null: the screen), in the device's logical units.
    QSizeF preferredSize(const QPaintDevice* device) const;
    // Paints at the top left of `rect`, scaled down to fit if it needs more room than that.
    void paint(QPainter& painter, const QRectF& rect) const;
    // What `point` shows, for a heatmap painted at `rect` on `device`; nothing outside the grid.
    std::optional<HeatmapHit> hitTest(const QPaintDevice* device, const QRectF& rect, const QPointF& point) const;
    // Where a cell was painted at `rect` on `device` (frictionId empty: the readiness cell).
    std::optional<QRectF> cellRect(const QPaintDevice* device, const QRectF& rect, std::int64_t initiativeId,
                                   const std::string& frictionId) const;

    // The height of the header, one initiative row and the legend on `device`, to split a long
    // heatmap across pages.
    qreal headerHeight(const QPaintDevice* device) const;
    qreal rowHeight(const QPaintDevice* device) const;
    qreal footerHeight(const QPaintDevice* device) const; // portfolio row and legend

private:
    struct Geometry;
    Geometry layout(const QPaintDevice* device, qreal widthHint = 0.0) const;
    std::vector<const HeatmapRow*> rows() const;
    qreal scaleFor(const Geometry& geometry, const QRectF& rect) const;
    void paintHeader(QPainter& painter, const Geometry& geometry) const;
    void paintRow(QPainter& painter, const Geometry& geometry, const HeatmapRow& row, qreal top, bool portfolio) const;
    void paintCell(QPainter& painter, const Geometry& geometry, const QRectF& cell, const HeatmapCell& data,
                   bool markDisagreement) const;
    void paintLegend(QPainter& painter, const Geometry& geometry) const;
    bool targetMarks() const { return m_options.showTargets && !m_options.gapToTarget; }

    const HeatmapData& m_data;
    HeatmapOptions m_options;
};

} // namespace lastmile::render
