// SPDX-License-Identifier: Apache-2.0
#include "chart_export.h"

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

} // namespace

QImage chartImage(const ChartPainter& chart, qreal devicePixelRatio)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const QSizeF size = chart.preferredSize(&probe);
    QImage image(int(std::ceil(size.width() * devicePixelRatio)), int(std::ceil(size.height() * devicePixelRatio)),
                 QImage::Format_RGB32);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
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
    generator.setSize(QSize(int(std::ceil(size.width())), int(std::ceil(size.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    chart.paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

ExportResult writeChart(const QString& path, const ChartPainter& chart, const QString& title)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        return saveAtomically(path, chartSvg(chart, title));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!chartImage(chart).save(&buffer, "PNG", 70)) {
        return ExportResult::failed(ChartText::tr("the image could not be encoded"));
    }
    return saveAtomically(path, bytes);
}

} // namespace lastmile::render
