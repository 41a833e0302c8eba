// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/report_model.h"
#include "render/heatmap_painter.h"

#include <QWidget>
#include <map>
#include <optional>

class QScrollBar;

namespace lastmile::app {

// The heatmap on screen, drawn by render's HeatmapPainter (the painter of the PDF and the
// exports). Its font fits the space it is given, times a zoom (Ctrl+plus/minus), never below a
// readable size: a larger heatmap scrolls, with the header row and the initiative column frozen.
// The cell under the mouse is outlined; a click, or Enter on the current cell (moved with the
// arrow keys), reports the cell; a click on a column header asks for a sort.
class HeatmapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapCanvas(QWidget* parent = nullptr);

    void setData(HeatmapData data, bool delta);
    // What the canvas says while it has no data ("No round to show." unless set; the view says
    // that the round's answers are being read).
    void setEmptyText(const QString& text);
    QString emptyText() const { return m_emptyText; }
    // Targets as pointers on the cells, or the gap-to-target view (see render::HeatmapOptions).
    void setTargetView(bool showTargets, bool gapToTarget);
    // Whether the portfolio row is drawn (it is left out while the rows are filtered).
    void setPortfolioRow(bool on);
    const HeatmapData& data() const { return m_data; }
    // The options the heatmap is painted with now (its font follows the widget's size and zoom).
    render::HeatmapOptions options() const;

    // Where a cell is on the widget (frictionId empty: the readiness cell; initiativeId 0: the
    // portfolio row), scrolling taken into account.
    std::optional<QRectF> cellRect(std::int64_t initiativeId, const std::string& frictionId) const;
    // The cell outlined as the one explained; none clears it.
    void setSelectedCell(std::optional<render::HeatmapHit> cell);
    // The keyboard's cell; Enter explains it. Setting it scrolls it into view.
    std::optional<render::HeatmapHit> currentCell() const { return m_current; }
    void setCurrentCell(std::optional<render::HeatmapHit> cell);

    // The column shown as sorted: "name", "readiness" or a friction id; empty for none.
    void setSortIndicator(const QString& column, bool ascending);

    // 1.0 fits the space; each step is 20 %; from 0.5 to 3.
    qreal zoom() const { return m_zoom; }
    void zoomIn();
    void zoomOut();
    void resetZoom();

    QScrollBar* horizontalScrollBar() const { return m_hbar; }
    QScrollBar* verticalScrollBar() const { return m_vbar; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void cellClicked(const lastmile::render::HeatmapHit& cell);
    // A click on a column's header: "name", "readiness" or a friction id.
    void headerClicked(const QString& column);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    render::HeatmapOptions optionsAt(qreal pointSize) const;
    QSizeF preferredSizeAt(qreal pointSize) const;
    void relayout();
    QRectF viewportRect() const;
    QRectF contentRect() const; // the heatmap where it is drawn unscrolled
    QPointF scroll() const;
    qreal frozenWidth() const;  // the initiative column, in content coordinates
    qreal frozenHeight() const; // the header row
    qreal gridBottom() const;   // below it the legend scrolls as a whole
    QPointF toContent(const QPointF& point) const;
    std::optional<render::HeatmapHit> hitAt(const QPointF& point) const;
    std::optional<render::HeatmapHit> cellAt(const QPointF& point) const;
    std::optional<QRectF> contentCellRect(const render::HeatmapHit& hit) const;
    void moveCurrent(int rows, int columns);
    void ensureVisible(const render::HeatmapHit& hit);
    QString headerColumnAt(const QPointF& contentPoint) const;

    HeatmapData m_data;
    bool m_delta = false;
    bool m_showTargets = false;
    bool m_gapToTarget = false;
    bool m_portfolioRow = true;
    QString m_emptyText;
    qreal m_pointSize = 9.0;
    // preferredSizeAt() by point size, for the data and options as they are: every change of
    // either lays out again (relayout()), which forgets them. Laying out measures every row.
    mutable std::map<qreal, QSizeF> m_preferredSizes;
    qreal m_zoom = 1.0;
    QString m_sortColumn;
    bool m_sortAscending = true;
    std::optional<render::HeatmapHit> m_hovered;
    std::optional<render::HeatmapHit> m_selected;
    std::optional<render::HeatmapHit> m_current;
    QScrollBar* m_hbar = nullptr;
    QScrollBar* m_vbar = nullptr;
};

} // namespace lastmile::app
