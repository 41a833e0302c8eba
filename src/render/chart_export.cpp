// SPDX-License-Identifier: Apache-2.0
#include "chart_export.h"

#include "png_bytes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace lastmile::render {

namespace {

class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
};

constexpr qreal kMargin = 12.0; // around an exported chart, in logical pixels (points in SVG)

} // namespace

QImage chartImage(const ChartPainter& chart, qreal devicePixelRatio)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const QSizeF size = chart.preferredSize(&probe);
    const QSizeF total = size + QSizeF(2 * kMargin, 2 * kMargin);
    QImage image(int(std::ceil(total.width() * devicePixelRatio)), int(std::ceil(total.height() * devicePixelRatio)),
                 QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(painter, QRectF(QPointF(kMargin, kMargin), size));
    painter.end();
    return image;
}

QByteArray chartSvg(const ChartPainter& chart, const QString& title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setTitle(title);
    const QSizeF size = chart.preferredSize(&generator);
    const QSizeF total = size + QSizeF(2 * kMargin, 2 * kMargin);
    generator.setSize(QSize(int(std::ceil(total.width())), int(std::ceil(total.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), total));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), total), Qt::white);
    chart.paint(painter, QRectF(QPointF(kMargin, kMargin), size));
    painter.end();
    return buffer.data();
}

ExportResult writeChart(const QString& path, const ChartPainter& chart, const QString& title)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        return saveAtomically(path, chartSvg(chart, title));
    }
    const std::optional<QByteArray> bytes = pngBytes(chartImage(chart));
    if (!bytes) {
        return ExportResult::failed(ChartText::tr("the image could not be encoded"));
    }
    return saveAtomically(path, *bytes);
}

} // namespace lastmile::render
