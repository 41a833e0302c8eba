// SPDX-License-Identifier: Apache-2.0
#include "heatmap_canvas.h"

#include "render/report_style.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

namespace {

constexpr qreal kMinPointSize = 8.0;  // below this the heatmap scrolls instead of shrinking
constexpr qreal kMaxPointSize = 15.0; // a projector's worth
constexpr qreal kMargin = 12.0;       // pixels around the heatmap

bool sameCell(const render::HeatmapHit& a, const render::HeatmapHit& b)
{
    return a.initiativeId == b.initiativeId && a.frictionId == b.frictionId && a.portfolio == b.portfolio;
}

} // namespace

HeatmapCanvas::HeatmapCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatmapCanvas"));
    setMouseTracking(true);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    setPalette(palette);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapCanvas::setData(HeatmapData data, bool delta)
{
    m_data = std::move(data);
    m_delta = delta && m_data.hasPrevious();
    m_hovered.reset();
    fitFont();
    updateGeometry();
    update();
}

void HeatmapCanvas::setTargetView(bool showTargets, bool gapToTarget)
{
    if (showTargets == m_showTargets && gapToTarget == m_gapToTarget) {
        return;
    }
    m_showTargets = showTargets;
    m_gapToTarget = gapToTarget;
    fitFont();
    updateGeometry();
    update();
}

render::HeatmapOptions HeatmapCanvas::optionsAt(qreal pointSize) const
{
    render::HeatmapOptions options;
    options.font = render::reportFont(pointSize);
    options.delta = m_delta;
    options.showTargets = m_showTargets;
    options.gapToTarget = m_gapToTarget;
    return options;
}

render::HeatmapOptions HeatmapCanvas::options() const
{
    return optionsAt(m_pointSize);
}

QSizeF HeatmapCanvas::preferredSizeAt(qreal pointSize) const
{
    if (m_data.frictions.empty()) {
        return {};
    }
    return render::HeatmapPainter(m_data, optionsAt(pointSize)).preferredSize(this);
}

void HeatmapCanvas::fitFont()
{
    const QSizeF base = preferredSizeAt(10.0);
    if (base.isEmpty()) {
        m_pointSize = 10.0;
        return;
    }
    const qreal scale = std::min((width() - 2 * kMargin) / base.width(), (height() - 2 * kMargin) / base.height());
    m_pointSize = std::clamp(std::floor(10.0 * scale * 4.0) / 4.0, kMinPointSize, kMaxPointSize);
}

QSize HeatmapCanvas::sizeHint() const
{
    return (preferredSizeAt(10.0) + QSizeF(2 * kMargin, 2 * kMargin)).toSize();
}

QSize HeatmapCanvas::minimumSizeHint() const
{
    return (preferredSizeAt(kMinPointSize) + QSizeF(2 * kMargin, 2 * kMargin)).toSize();
}

QRectF HeatmapCanvas::heatmapRect() const
{
    const QSizeF size = preferredSizeAt(m_pointSize);
    const qreal left = std::max(kMargin, (width() - size.width()) / 2.0);
    return QRectF(QPointF(left, kMargin), size);
}

std::optional<QRectF> HeatmapCanvas::cellRect(std::int64_t initiativeId, const std::string& frictionId) const
{
    if (m_data.frictions.empty()) {
        return std::nullopt;
    }
    return render::HeatmapPainter(m_data, options()).cellRect(this, heatmapRect(), initiativeId, frictionId);
}

std::optional<QRectF> HeatmapCanvas::hitRect(const render::HeatmapHit& hit) const
{
    return cellRect(hit.portfolio ? 0 : hit.initiativeId, hit.frictionId);
}

std::optional<render::HeatmapHit> HeatmapCanvas::cellAt(const QPointF& point) const
{
    if (m_data.frictions.empty()) {
        return std::nullopt;
    }
    std::optional<render::HeatmapHit> hit =
        render::HeatmapPainter(m_data, options()).hitTest(this, heatmapRect(), point);
    if (!hit || hit->header || (!hit->portfolio && hit->initiativeId == 0)) {
        return std::nullopt;
    }
    return hit; // a click on a name explains the row's readiness
}

void HeatmapCanvas::setSelectedCell(std::optional<render::HeatmapHit> cell)
{
    m_selected = std::move(cell);
    update();
}

void HeatmapCanvas::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    if (m_data.frictions.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No round to show."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    render::HeatmapPainter(m_data, options()).paint(painter, heatmapRect());

    const auto outline = [&](const std::optional<render::HeatmapHit>& hit, const QColor& colour, qreal width) {
        if (!hit) {
            return;
        }
        if (const std::optional<QRectF> cell = hitRect(*hit)) {
            painter.setPen(QPen(colour, width));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell->adjusted(-width / 2, -width / 2, width / 2, width / 2));
        }
    };
    if (m_hovered && !(m_selected && sameCell(*m_hovered, *m_selected))) {
        outline(m_hovered, QColor(0x1f, 0x6f, 0xd1, 160), 2.0);
    }
    outline(m_selected, QColor(0x1f, 0x6f, 0xd1), 3.0);
}

void HeatmapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitFont();
}

void HeatmapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    std::optional<render::HeatmapHit> hit = cellAt(event->position());
    const bool same = hit && m_hovered ? sameCell(*hit, *m_hovered) : hit.has_value() == m_hovered.has_value();
    if (!same) {
        m_hovered = std::move(hit);
        setCursor(m_hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void HeatmapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        return;
    }
    if (const std::optional<render::HeatmapHit> hit = cellAt(event->position())) {
        emit cellClicked(*hit);
    }
}

void HeatmapCanvas::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_hovered) {
        m_hovered.reset();
        update();
    }
}

} // namespace lastmile::app
