// SPDX-License-Identifier: Apache-2.0
#include "render/png_writer.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace lastmile::render;

namespace {

// Flat cells, an edge the "Up" filter has to carry, and antialiased text: what a heatmap holds.
QImage sample(QImage::Format format, int height)
{
    QImage image(157, height, format);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(QRect(10, 5, 60, 30), QColor(0x7f, 0x1d, 0x4e));
    painter.fillRect(QRect(70, 20, 87, 41), QColor(0xf4, 0xa2, 0x61));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawEllipse(QRect(20, 30, 40, 25));
    painter.drawText(QRect(80, 0, 77, 20), QStringLiteral("Readiness 52"));
    for (int y = 40; y < height; y += 37) { // text on both sides of every band's first row
        painter.drawText(QRect(0, y, 157, 20), QStringLiteral("Initiative %1").arg(y));
    }
    painter.end();
    image.setDotsPerMeterX(7559);
    image.setDotsPerMeterY(7559);
    return image;
}

} // namespace

TEST_CASE("An opaque PNG decodes to exactly the pixels it was made from")
{
    // 61 rows are compressed in one band; 1,500 in several, on threads of their own, joined.
    for (const int height : {61, 1500}) {
        for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32_Premultiplied}) {
            CAPTURE(height);
            const QImage original = sample(format, height);
            const QByteArray png = encodeOpaquePng(original);
            REQUIRE(png.startsWith("\x89PNG\r\n\x1a\n"));
            QImage decoded;
            REQUIRE(decoded.loadFromData(png, "PNG"));
            CHECK(decoded.size() == original.size());
            CHECK(decoded.dotsPerMeterX() == 7559);
            CHECK(decoded.convertToFormat(QImage::Format_RGB32) == original.convertToFormat(QImage::Format_RGB32));
        }
    }
}

TEST_CASE("A null image encodes to nothing")
{
    CHECK(encodeOpaquePng(QImage()).isEmpty());
}
