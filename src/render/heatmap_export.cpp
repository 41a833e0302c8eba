// SPDX-License-Identifier: Apache-2.0
#include "heatmap_export.h"

#include "png_bytes.h"
#include "report_style.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace lastmile::render {

namespace {

// A margin around exported heatmaps, in units of the font's height.
constexpr qreal kMargin = 1.0;
// The space between the caption and the heatmap, in the same units.
constexpr qreal kCaptionGap = 0.6;

QFont captionFont(const HeatmapOptions& options)
{
    QFont font = options.font;
    font.setBold(true);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 1.25);
    } else if (font.pixelSize() > 0) {
        font.setPixelSize(int(std::lround(font.pixelSize() * 1.25)));
    }
    return font;
}

// The height the caption takes above the heatmap on `device`, its gap included; 0 without one.
qreal captionHeight(const HeatmapOptions& options, const QPaintDevice* device)
{
    if (options.caption.isEmpty()) {
        return 0.0;
    }
    return QFontMetricsF(captionFont(options), device).height() +
           kCaptionGap * QFontMetricsF(options.font, device).height();
}

// The widest the caption is on `device`; 0 without one.
qreal captionWidth(const HeatmapOptions& options, const QPaintDevice* device)
{
    return options.caption.isEmpty() ? 0.0
                                     : QFontMetricsF(captionFont(options), device).horizontalAdvance(options.caption);
}

// The caption at the top of `rect`, as plain text on one line.
void paintCaption(QPainter& painter, const HeatmapOptions& options, const QRectF& rect)
{
    if (options.caption.isEmpty()) {
        return;
    }
    const QFont font = captionFont(options);
    painter.save();
    painter.setFont(font);
    painter.setPen(inkColour());
    const qreal height = QFontMetricsF(font, painter.device()).height();
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, options.caption);
    painter.restore();
}

} // namespace

QString heatmapCaption(const QString& organization, const HeatmapData& data, bool delta)
{
    QString caption = QString::fromStdString(data.roundName);
    if (!organization.trimmed().isEmpty()) {
        caption = HeatmapPainter::tr("%1 \u00b7 %2", "heatmap caption: organization, round")
                      .arg(organization.trimmed(), caption);
    }
    if (delta && data.hasPrevious()) {
        caption = HeatmapPainter::tr("%1 \u00b7 compared with %2", "heatmap caption: caption, compared round")
                      .arg(caption, QString::fromStdString(data.previousRoundName));
    }
    return caption;
}

QImage heatmapImage(const HeatmapData& data, const HeatmapOptions& options, qreal devicePixelRatio)
{
    const HeatmapPainter painter(data, options);
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const QSizeF size = painter.preferredSize(&probe);
    const qreal margin = kMargin * QFontMetricsF(painter.options().font, &probe).height();
    const qreal caption = captionHeight(painter.options(), &probe);
    const QSizeF total(std::max(size.width(), captionWidth(painter.options(), &probe)) + 2 * margin,
                       size.height() + caption + 2 * margin);
    QImage image(int(std::ceil(total.width() * devicePixelRatio)), int(std::ceil(total.height() * devicePixelRatio)),
                 QImage::Format_RGB888); // what the PNG stores: opaque, encoded without a conversion
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter imagePainter(&image);
    paintCaption(imagePainter, painter.options(), QRectF(margin, margin, total.width() - 2 * margin, caption));
    painter.paint(imagePainter, QRectF(QPointF(margin, margin + caption), size));
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
    const qreal caption = captionHeight(painter.options(), &generator);
    const QSizeF total(std::max(size.width(), captionWidth(painter.options(), &generator)) + 2 * margin,
                       size.height() + caption + 2 * margin);
    generator.setSize(QSize(int(std::ceil(total.width())), int(std::ceil(total.height()))));
    generator.setViewBox(QRectF(QPointF(0, 0), total));
    QPainter svgPainter(&generator);
    svgPainter.fillRect(QRectF(QPointF(0, 0), total), Qt::white);
    paintCaption(svgPainter, painter.options(), QRectF(margin, margin, total.width() - 2 * margin, caption));
    painter.paint(svgPainter, QRectF(QPointF(margin, margin + caption), size));
    svgPainter.end();
    return buffer.data();
}

ExportResult writeHeatmapPng(const QString& path, const HeatmapData& data, const HeatmapOptions& options)
{
    const std::optional<QByteArray> bytes = pngBytes(heatmapImage(data, options));
    if (!bytes) {
        return ExportResult::failed(HeatmapPainter::tr("the image could not be encoded"));
    }
    return saveAtomically(path, *bytes);
}

ExportResult writeHeatmapSvg(const QString& path, const HeatmapData& data, const HeatmapOptions& options)
{
    return saveAtomically(path, heatmapSvg(data, options));
}

} // namespace lastmile::render
