// SPDX-License-Identifier: Apache-2.0
#include "heatmap_canvas.h"

#include "render/report_style.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace lastmile::app {

namespace {

constexpr qreal kMinPointSize = 9.0;  // below this the heatmap scrolls instead of shrinking
constexpr qreal kMaxPointSize = 15.0; // a projector's worth
constexpr qreal kMargin = 12.0;       // pixels around the heatmap
constexpr qreal kZoomStep = 1.2;
constexpr qreal kMinZoom = 0.5;
constexpr qreal kMaxZoom = 3.0;
constexpr int kPageRows = 10;

const QColor kFocusColour(0x1f, 0x6f, 0xd1);

bool sameCell(const render::HeatmapHit& a, const render::HeatmapHit& b)
{
    return a.initiativeId == b.initiativeId && a.frictionId == b.frictionId && a.portfolio == b.portfolio;
}

} // namespace

HeatmapCanvas::HeatmapCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatmapCanvas"));
    m_emptyText = tr("No round to show.");
    setMouseTracking(true);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    setPalette(palette);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_hbar = new QScrollBar(Qt::Horizontal, this);
    m_hbar->setObjectName(QStringLiteral("heatmapHorizontalScrollBar"));
    m_vbar = new QScrollBar(Qt::Vertical, this);
    m_vbar->setObjectName(QStringLiteral("heatmapVerticalScrollBar"));
    m_hbar->hide();
    m_vbar->hide();
    connect(m_hbar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_vbar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

void HeatmapCanvas::setData(HeatmapData data, bool delta)
{
    m_data = std::move(data);
    m_delta = delta && m_data.hasPrevious();
    m_preferredSizes.clear();
    m_hovered.reset();
    if (m_current && !contentCellRect(*m_current)) {
        m_current.reset();
    }
    relayout();
}

void HeatmapCanvas::setTargetView(bool showTargets, bool gapToTarget)
{
    if (showTargets == m_showTargets && gapToTarget == m_gapToTarget) {
        return;
    }
    m_showTargets = showTargets;
    m_gapToTarget = gapToTarget;
    relayout();
}

void HeatmapCanvas::setPortfolioRow(bool on)
{
    if (on != m_portfolioRow) {
        m_portfolioRow = on;
        relayout();
    }
}

render::HeatmapOptions HeatmapCanvas::optionsAt(qreal pointSize) const
{
    render::HeatmapOptions options;
    options.font = render::reportFont(pointSize);
    options.delta = m_delta;
    options.showTargets = m_showTargets;
    options.gapToTarget = m_gapToTarget;
    options.portfolioRow = m_portfolioRow;
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
    const auto known = m_preferredSizes.find(pointSize);
    if (known != m_preferredSizes.end()) {
        return known->second;
    }
    const QSizeF size = render::HeatmapPainter(m_data, optionsAt(pointSize)).preferredSize(this);
    m_preferredSizes.emplace(pointSize, size);
    return size;
}

void HeatmapCanvas::relayout()
{
    m_preferredSizes.clear(); // the data or the options may have changed
    const QSizeF base = preferredSizeAt(10.0);
    qreal fitted = 10.0;
    if (!base.isEmpty()) {
        const qreal scale = std::min((width() - 2 * kMargin) / base.width(), (height() - 2 * kMargin) / base.height());
        fitted = std::clamp(std::floor(10.0 * scale * 4.0) / 4.0, kMinPointSize, kMaxPointSize);
    }
    m_pointSize = std::max(4.0, std::round(fitted * m_zoom * 4.0) / 4.0);

    const QSizeF content = preferredSizeAt(m_pointSize) + QSizeF(2 * kMargin, 2 * kMargin);
    const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    bool horizontal = content.width() > width();
    bool vertical = content.height() > height();
    horizontal = horizontal || (vertical && content.width() > width() - extent);
    vertical = vertical || (horizontal && content.height() > height() - extent);
    m_hbar->setVisible(horizontal && !base.isEmpty());
    m_vbar->setVisible(vertical && !base.isEmpty());
    const QRectF viewport = viewportRect();
    m_hbar->setGeometry(0, height() - extent, int(viewport.width()), extent);
    m_vbar->setGeometry(width() - extent, 0, extent, int(viewport.height()));
    m_hbar->setRange(0, std::max(0, int(std::ceil(content.width() - viewport.width()))));
    m_vbar->setRange(0, std::max(0, int(std::ceil(content.height() - viewport.height()))));
    m_hbar->setPageStep(int(viewport.width()));
    m_vbar->setPageStep(int(viewport.height()));
    const int step = int(QFontMetricsF(render::reportFont(m_pointSize), this).height() * 2);
    m_hbar->setSingleStep(step);
    m_vbar->setSingleStep(step);
    updateGeometry();
    update();
}

QRectF HeatmapCanvas::viewportRect() const
{
    const int extent = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    // isHidden(), not isVisible(): the bars count while the canvas itself is on a hidden tab.
    return QRectF(0, 0, width() - (m_vbar->isHidden() ? 0 : extent), height() - (m_hbar->isHidden() ? 0 : extent));
}

QRectF HeatmapCanvas::contentRect() const
{
    const QSizeF size = preferredSizeAt(m_pointSize);
    const qreal left = std::max(kMargin, (viewportRect().width() - size.width()) / 2.0);
    return QRectF(QPointF(left, kMargin), size);
}

QPointF HeatmapCanvas::scroll() const
{
    return QPointF(m_hbar->isHidden() ? 0 : m_hbar->value(), m_vbar->isHidden() ? 0 : m_vbar->value());
}

qreal HeatmapCanvas::frozenWidth() const
{
    if (m_data.frictions.empty()) {
        return 0.0;
    }
    const render::HeatmapPainter painter(m_data, options());
    const std::int64_t first = m_data.initiatives.empty() ? 0 : m_data.initiatives.front().initiativeId;
    const std::optional<QRectF> readiness = painter.cellRect(this, contentRect(), first, {});
    return readiness ? readiness->left() - 1.0 : contentRect().left();
}

qreal HeatmapCanvas::frozenHeight() const
{
    if (m_data.frictions.empty()) {
        return 0.0;
    }
    return contentRect().top() + render::HeatmapPainter(m_data, options()).headerHeight(this);
}

qreal HeatmapCanvas::gridBottom() const
{
    if (m_data.frictions.empty()) {
        return 0.0;
    }
    const render::HeatmapPainter painter(m_data, options());
    const std::int64_t last = m_portfolioRow || m_data.initiatives.empty() ? 0 : m_data.initiatives.back().initiativeId;
    const std::optional<QRectF> cell = painter.cellRect(this, contentRect(), last, {});
    return cell ? cell->bottom() + 2.0 : frozenHeight();
}

QPointF HeatmapCanvas::toContent(const QPointF& point) const
{
    const QPointF offset = scroll();
    const qreal y = point.y() < frozenHeight() ? point.y() : point.y() + offset.y();
    const qreal x = point.x() < frozenWidth() && y < gridBottom() ? point.x() : point.x() + offset.x();
    return {x, y};
}

std::optional<render::HeatmapHit> HeatmapCanvas::hitAt(const QPointF& point) const
{
    if (m_data.frictions.empty() || !viewportRect().contains(point)) {
        return std::nullopt;
    }
    return render::HeatmapPainter(m_data, options()).hitTest(this, contentRect(), toContent(point));
}

std::optional<render::HeatmapHit> HeatmapCanvas::cellAt(const QPointF& point) const
{
    std::optional<render::HeatmapHit> hit = hitAt(point);
    if (!hit || hit->header || (!hit->portfolio && hit->initiativeId == 0)) {
        return std::nullopt;
    }
    return hit; // a click on a name explains the row's readiness
}

QString HeatmapCanvas::headerColumnAt(const QPointF& contentPoint) const
{
    if (m_data.frictions.empty()) {
        return {};
    }
    const std::optional<render::HeatmapHit> hit =
        render::HeatmapPainter(m_data, options()).hitTest(this, contentRect(), contentPoint);
    if (!hit || !hit->header) {
        return {};
    }
    if (!hit->frictionId.empty()) {
        return QString::fromStdString(hit->frictionId);
    }
    return contentPoint.x() > frozenWidth() ? QStringLiteral("readiness") : QStringLiteral("name");
}

std::optional<QRectF> HeatmapCanvas::contentCellRect(const render::HeatmapHit& hit) const
{
    if (m_data.frictions.empty() || (hit.portfolio && !m_portfolioRow)) {
        return std::nullopt;
    }
    return render::HeatmapPainter(m_data, options())
        .cellRect(this, contentRect(), hit.portfolio ? 0 : hit.initiativeId, hit.frictionId);
}

std::optional<QRectF> HeatmapCanvas::cellRect(std::int64_t initiativeId, const std::string& frictionId) const
{
    render::HeatmapHit hit;
    hit.initiativeId = initiativeId;
    hit.frictionId = frictionId;
    hit.portfolio = initiativeId == 0;
    const std::optional<QRectF> rect = contentCellRect(hit);
    if (!rect) {
        return std::nullopt;
    }
    return rect->translated(-scroll());
}

void HeatmapCanvas::setSelectedCell(std::optional<render::HeatmapHit> cell)
{
    m_selected = std::move(cell);
    update();
}

void HeatmapCanvas::setCurrentCell(std::optional<render::HeatmapHit> cell)
{
    m_current = std::move(cell);
    if (m_current) {
        ensureVisible(*m_current);
    }
    update();
}

void HeatmapCanvas::setSortIndicator(const QString& column, bool ascending)
{
    m_sortColumn = column;
    m_sortAscending = ascending;
    update();
}

void HeatmapCanvas::zoomIn()
{
    m_zoom = std::min(kMaxZoom, m_zoom * kZoomStep);
    relayout();
}

void HeatmapCanvas::zoomOut()
{
    m_zoom = std::max(kMinZoom, m_zoom / kZoomStep);
    relayout();
}

void HeatmapCanvas::resetZoom()
{
    m_zoom = 1.0;
    relayout();
}

void HeatmapCanvas::moveCurrent(int rows, int columns)
{
    std::vector<render::HeatmapHit> rowHits;
    for (const HeatmapRow& row : m_data.initiatives) {
        render::HeatmapHit hit;
        hit.initiativeId = row.initiativeId;
        rowHits.push_back(hit);
    }
    if (m_portfolioRow) {
        render::HeatmapHit hit;
        hit.portfolio = true;
        rowHits.push_back(hit);
    }
    if (rowHits.empty() || m_data.frictions.empty()) {
        return;
    }
    std::vector<std::string> columnIds{std::string()};
    for (const HeatmapColumn& column : m_data.frictions) {
        columnIds.push_back(column.frictionId);
    }
    int row = 0;
    int column = 0;
    if (m_current) {
        for (std::size_t i = 0; i < rowHits.size(); ++i) {
            if (rowHits[i].portfolio == m_current->portfolio && rowHits[i].initiativeId == m_current->initiativeId) {
                row = int(i) + rows;
            }
        }
        const auto found = std::find(columnIds.begin(), columnIds.end(), m_current->frictionId);
        column = int(found - columnIds.begin()) + columns;
    } else {
        column = 1; // the first friction
    }
    render::HeatmapHit next = rowHits[std::size_t(std::clamp(row, 0, int(rowHits.size()) - 1))];
    next.frictionId = columnIds[std::size_t(std::clamp(column, 0, int(columnIds.size()) - 1))];
    setCurrentCell(next);
}

void HeatmapCanvas::ensureVisible(const render::HeatmapHit& hit)
{
    const std::optional<QRectF> cell = contentCellRect(hit);
    if (!cell) {
        return;
    }
    const QRectF viewport = viewportRect();
    const QPointF offset = scroll();
    const qreal left = offset.x() + frozenWidth();
    const qreal right = offset.x() + viewport.width();
    if (cell->left() < left) {
        m_hbar->setValue(int(std::floor(cell->left() - frozenWidth())));
    } else if (cell->right() > right) {
        m_hbar->setValue(int(std::ceil(cell->right() - viewport.width())));
    }
    const qreal top = offset.y() + frozenHeight();
    const qreal bottom = offset.y() + viewport.height();
    if (cell->top() < top) {
        m_vbar->setValue(int(std::floor(cell->top() - frozenHeight())));
    } else if (cell->bottom() > bottom) {
        m_vbar->setValue(int(std::ceil(cell->bottom() - viewport.height())));
    }
}

QSize HeatmapCanvas::sizeHint() const
{
    return (preferredSizeAt(10.0) + QSizeF(2 * kMargin, 2 * kMargin)).toSize();
}

void HeatmapCanvas::setEmptyText(const QString& text)
{
    if (text != m_emptyText) {
        m_emptyText = text;
        update();
    }
}

QSize HeatmapCanvas::minimumSizeHint() const
{
    return {240, 160}; // it scrolls below its size
}

void HeatmapCanvas::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const QRectF viewport = viewportRect();
    if (m_data.frictions.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport, Qt::AlignCenter, m_emptyText);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    const render::HeatmapPainter heatmap(m_data, options());
    const QRectF content = contentRect();
    const QPointF offset = scroll();
    const QRect view = viewport.toAlignedRect();
    const int frozenX = int(frozenWidth());
    const int frozenY = int(frozenHeight());
    const int namesBottom = std::clamp(int(gridBottom() - offset.y()), frozenY, view.bottom() + 1);
    const QRegion header = QRegion(frozenX, 0, view.width() - frozenX, frozenY) & QRegion(view);
    const QRegion names = QRegion(0, frozenY, frozenX, namesBottom - frozenY) & QRegion(view);
    const QRegion corner = QRegion(0, 0, frozenX, frozenY) & QRegion(view);
    const QRegion body = QRegion(view) - header - names - corner;

    // The body scrolls both ways, the header row only sideways, the initiative column only up
    // and down, and the corner stays.
    const auto pass = [&](const QRegion& clip, const QPointF& shift) {
        painter.save();
        painter.setClipRegion(clip);
        painter.translate(shift);
        heatmap.paint(painter, content);
        painter.restore();
    };
    pass(body, -offset);
    pass(header, QPointF(-offset.x(), 0));
    pass(names, QPointF(0, -offset.y()));
    pass(corner, QPointF());

    painter.save();
    painter.setClipRegion(body);
    const auto outline = [&](const std::optional<render::HeatmapHit>& hit, const QColor& colour, qreal width,
                             Qt::PenStyle style) {
        if (!hit) {
            return;
        }
        if (const std::optional<QRectF> cell = contentCellRect(*hit)) {
            painter.setPen(QPen(colour, width, style));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell->translated(-offset).adjusted(-width / 2, -width / 2, width / 2, width / 2));
        }
    };
    if (m_hovered && !(m_selected && sameCell(*m_hovered, *m_selected))) {
        outline(m_hovered, QColor(0x1f, 0x6f, 0xd1, 160), 2.0, Qt::SolidLine);
    }
    outline(m_selected, kFocusColour, 3.0, Qt::SolidLine);
    if (hasFocus() && m_current && !(m_selected && sameCell(*m_current, *m_selected))) {
        outline(m_current, kFocusColour, 2.0, Qt::DashLine);
    }
    painter.restore();

    // The sort mark in the sorted column's header: ▲ ascending, ▼ descending.
    if (!m_sortColumn.isEmpty()) {
        qreal right = frozenWidth();
        qreal shift = 0.0;
        if (m_sortColumn != QLatin1String("name")) {
            render::HeatmapHit hit;
            hit.portfolio = m_data.initiatives.empty();
            hit.initiativeId = hit.portfolio ? 0 : m_data.initiatives.front().initiativeId;
            hit.frictionId = m_sortColumn == QLatin1String("readiness") ? std::string() : m_sortColumn.toStdString();
            const std::optional<QRectF> cell = contentCellRect(hit);
            if (!cell) {
                return;
            }
            right = cell->right();
            shift = -offset.x();
        }
        const qreal size = QFontMetricsF(render::reportFont(m_pointSize), this).height() * 0.45;
        const QPointF tip(right + shift - size * 1.2, content.top() + size * 0.6);
        QPolygonF mark;
        if (m_sortAscending) {
            mark << tip << tip + QPointF(-size / 2, size * 0.8) << tip + QPointF(size / 2, size * 0.8);
        } else {
            mark << tip + QPointF(0, size * 0.8) << tip + QPointF(-size / 2, 0) << tip + QPointF(size / 2, 0);
        }
        painter.setClipRegion(m_sortColumn == QLatin1String("name") ? corner : header);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kFocusColour);
        painter.drawPolygon(mark);
    }
}

void HeatmapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void HeatmapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    std::optional<render::HeatmapHit> hit = cellAt(event->position());
    const bool header = !hit && !headerColumnAt(toContent(event->position())).isEmpty();
    setCursor(hit || header ? Qt::PointingHandCursor : Qt::ArrowCursor);
    const bool same = hit && m_hovered ? sameCell(*hit, *m_hovered) : hit.has_value() == m_hovered.has_value();
    if (!same) {
        m_hovered = std::move(hit);
        update();
    }
}

void HeatmapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !viewportRect().contains(event->position())) {
        return;
    }
    if (const std::optional<render::HeatmapHit> hit = cellAt(event->position())) {
        m_current = hit;
        emit cellClicked(*hit);
        return;
    }
    const QString column = headerColumnAt(toContent(event->position()));
    if (!column.isEmpty()) {
        emit headerClicked(column);
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

void HeatmapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(0, -1);
        break;
    case Qt::Key_Right:
        moveCurrent(0, 1);
        break;
    case Qt::Key_Up:
        moveCurrent(-1, 0);
        break;
    case Qt::Key_Down:
        moveCurrent(1, 0);
        break;
    case Qt::Key_PageUp:
        moveCurrent(-kPageRows, 0);
        break;
    case Qt::Key_PageDown:
        moveCurrent(kPageRows, 0);
        break;
    case Qt::Key_Home:
        moveCurrent(event->modifiers() & Qt::ControlModifier ? -1000000 : 0, -1000000);
        break;
    case Qt::Key_End:
        moveCurrent(event->modifiers() & Qt::ControlModifier ? 1000000 : 0, 1000000);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_current) {
            moveCurrent(0, 0);
        }
        if (m_current) {
            emit cellClicked(*m_current);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HeatmapCanvas::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (delta.y() > 0) {
            zoomIn();
        } else if (delta.y() < 0) {
            zoomOut();
        }
        event->accept();
        return;
    }
    const int lines = 3;
    const bool sideways = (event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y());
    QScrollBar* bar = sideways ? m_hbar : m_vbar;
    const int amount = sideways ? (delta.x() != 0 ? delta.x() : delta.y()) : delta.y();
    bar->setValue(bar->value() - amount * lines * bar->singleStep() / 120 / 2);
    event->accept();
}

} // namespace lastmile::app
