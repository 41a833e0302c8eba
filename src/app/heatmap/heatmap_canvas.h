// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "render/heatmap_painter.h"

#include <QWidget>
#include <optional>

namespace lastmile::app {

// The heatmap on screen, drawn by render's HeatmapPainter (the painter of the PDF and the
// exports). It grows its font to fill the space it is given and asks for scroll bars below a
// readable size; the cell under the mouse is outlined, and a click reports the cell.
class HeatmapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapCanvas(QWidget* parent = nullptr);

    void setData(HeatmapData data, bool delta);
    // Targets as pointers on the cells, or the gap-to-target view (see render::HeatmapOptions).
    void setTargetView(bool showTargets, bool gapToTarget);
    const HeatmapData& data() const { return m_data; }
    // The options the heatmap is painted with now (its font follows the widget's size).
    render::HeatmapOptions options() const;

    // Where a cell is on the widget (frictionId empty: the readiness cell; initiativeId 0: the
    // portfolio row).
    std::optional<QRectF> cellRect(std::int64_t initiativeId, const std::string& frictionId) const;
    // The cell outlined as the one explained; none clears it.
    void setSelectedCell(std::optional<render::HeatmapHit> cell);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(const lastmile::render::HeatmapHit& cell);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    render::HeatmapOptions optionsAt(qreal pointSize) const;
    QSizeF preferredSizeAt(qreal pointSize) const;
    void fitFont();
    QRectF heatmapRect() const;
    std::optional<render::HeatmapHit> cellAt(const QPointF& point) const;
    std::optional<QRectF> hitRect(const render::HeatmapHit& hit) const;

    HeatmapData m_data;
    bool m_delta = false;
    bool m_showTargets = false;
    bool m_gapToTarget = false;
    qreal m_pointSize = 9.0;
    std::optional<render::HeatmapHit> m_hovered;
    std::optional<render::HeatmapHit> m_selected;
};

} // namespace lastmile::app
