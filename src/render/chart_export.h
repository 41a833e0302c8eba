// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "export_result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace lastmile::render {

// What the chart exports need of a painter: the size it wants on a device and painting into a
// rectangle of any size. The trend and profile charts implement it.
class ChartPainter
{
public:
    virtual ~ChartPainter() = default;
    // The size the chart reads best at on `device` (null: the screen), in its logical units.
    virtual QSizeF preferredSize(const QPaintDevice* device) const = 0;
    // Paints the chart filling `rect` (its layout follows the rectangle's shape).
    virtual void paint(QPainter& painter, const QRectF& rect) const = 0;
};

// The chart on white at its preferred size with a small margin, `devicePixelRatio` pixels per
// logical pixel.
QImage chartImage(const ChartPainter& chart, qreal devicePixelRatio = 2.0);
// The chart as an SVG document with `title`, vector with selectable text.
QByteArray chartSvg(const ChartPainter& chart, const QString& title);
// Writes the chart to `path` atomically: SVG when the name ends in ".svg", else PNG.
ExportResult writeChart(const QString& path, const ChartPainter& chart, const QString& title);

} // namespace lastmile::render
