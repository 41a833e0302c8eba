// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "render/chart_export.h"

#include <QWidget>
#include <memory>

namespace lastmile::app {

// Shows one of render's charts (trend, friction profile), painted by the painter of the PDF and
// the exports, filling the widget.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);

    // The chart shown; null shows `emptyText`.
    void setChart(std::unique_ptr<render::ChartPainter> chart, const QString& emptyText = {});
    const render::ChartPainter* chart() const { return m_chart.get(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::unique_ptr<render::ChartPainter> m_chart;
    QString m_emptyText;
};

} // namespace lastmile::app
