// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

namespace lastmile::app {

// A one-line key to the heat strips: the four band colours with their names, and "no answers".
class HeatLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace lastmile::app
