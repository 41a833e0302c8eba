// SPDX-License-Identifier: Apache-2.0
#include "heatmap_export.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <cmath>

namespace lastmile::render {

namespace {

// A margin around exported heatmaps, in units of the font's height.
constexpr qreal kMargin = 1.0;

} // namespace

QImage heatmapImage(const HeatmapData& data, const HeatmapOptions& options, qreal devicePixelRatio)
{
    const HeatmapPainter painter(data, options);
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const QSizeF size = painter.preferredSize(&probe);
    const qreal margin = kMargin * QFontMetricsF(painter.options().font, &probe).height();
    const QSizeF total = size + QSizeF(2 * margin, 2 * margin);
    QImage image(int(std::ceil(total.width() * devicePixelRatio)), int(std::ceil(total.height() * devicePixelRatio)),
                 QImage::Format_RGB32); // opaque: a third less to encode than with alpha
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    painter.paint(imagePainter, QRectF(QPointF(margin, margin), size));
    imagePainter.end();
    return image;
}

QByteArray heatmapSvg(const HeatmapData& data, const HeatmapOptions& options, const QString& title)
{
    const HeatmapPainter painter(data, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(96);
    generator.setTitle(title.isEmpty() ? HeatmapPainter::tr("Friction heatmap") : title);
    const QSizeF size = painter.preferredSize(&generator);
    const qreal margin = kMargin * QFontMetricsF(painter.options().font, &generator).height();
    const QSizeF total = size + QSizeF(2 * margin, 2 * margin);
    generator.setSize(QSize(int(std::ceil(total.width())), int(std::ceil(total.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), total));
    QPainter svgPainter(&generator);
    svgPainter.fillRect(QRectF(QPointF(0, 0), total), Qt::white);
    painter.paint(svgPainter, QRectF(QPointF(margin, margin), size));
    svgPainter.end();
    return buffer.data();
}

ExportResult writeHeatmapPng(const QString& path, const HeatmapData& data, const HeatmapOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // Quality 70 is a light zlib level: flat colour cells compress almost as well, several times faster.
    if (!heatmapImage(data, options).save(&buffer, "PNG", 70)) {
        return ExportResult::failed(HeatmapPainter::tr("the image could not be encoded"));
    }
    return saveAtomically(path, bytes);
}

ExportResult writeHeatmapSvg(const QString& path, const HeatmapData& data, const HeatmapOptions& options)
{
    return saveAtomically(path, heatmapSvg(data, options));
}

} // namespace lastmile::render
