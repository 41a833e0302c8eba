// SPDX-License-Identifier: Apache-2.0
#include "chart_widget.h"

#include <QPainter>

namespace lastmile::app {

namespace {

constexpr int kMargin = 8;

} // namespace

ChartWidget::ChartWidget(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    setPalette(palette);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartWidget::setChart(std::unique_ptr<render::ChartPainter> chart, const QString& emptyText)
{
    m_chart = std::move(chart);
    m_emptyText = emptyText;
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const
{
    return m_chart ? m_chart->preferredSize(this).toSize() + QSize(2 * kMargin, 2 * kMargin) : QSize(400, 240);
}

QSize ChartWidget::minimumSizeHint() const
{
    return {320, 200};
}

void ChartWidget::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (!m_chart) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    m_chart->paint(painter, area);
}

} // namespace lastmile::app
