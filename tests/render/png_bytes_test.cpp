// SPDX-License-Identifier: Apache-2.0
#include "render/heatmap_export.h"
#include "render/png_bytes.h"
#include "render_fixtures.h"

#include <QColorSpace>
#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::render;

namespace {

// A drawing with flat cells, antialiased text and a gradient: every kind of pixel a heatmap has.
QImage drawing(QImage::Format format)
{
    QImage image(301, 97, format); // odd sizes: rows padded in memory
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(0, 0, 150, 97, QColor(0xd7, 0x30, 0x27));
    painter.fillRect(150, 0, 100, 50, QColor(0x1a, 0x98, 0x50, 128));
    QLinearGradient gradient(250, 0, 301, 0);
    gradient.setColorAt(0, Qt::white);
    gradient.setColorAt(1, Qt::black);
    painter.fillRect(250, 0, 51, 97, gradient);
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 10, 280, 80), Qt::AlignCenter, QStringLiteral("Readiness 64 \u00b7 \u00e4\u00f6\u00fc"));
    painter.drawEllipse(QPointF(200, 70), 20, 15);
    painter.end();
    return image;
}

// The PNG decoded, in `format`. The file is tagged sRGB, which the drawing is in without saying so;
// the pixels are compared without the tag.
QImage decoded(const QByteArray& bytes, QImage::Format format)
{
    QImage image;
    REQUIRE(image.loadFromData(bytes, "PNG"));
    CHECK(image.colorSpace() == QColorSpace(QColorSpace::SRgb));
    image = image.convertToFormat(format);
    image.setColorSpace(QColorSpace());
    return image;
}

} // namespace

TEST_CASE("An opaque image becomes an RGB PNG with the same pixels")
{
    const QImage original = drawing(QImage::Format_RGB32);
    const std::optional<QByteArray> bytes = pngBytes(original);
    REQUIRE(bytes);
    CHECK(bytes->startsWith("\x89PNG\r\n\x1a\n"));
    CHECK(bytes->at(25) == 2); // IHDR colour type: RGB, no alpha channel
    const QImage back = decoded(*bytes, QImage::Format_RGB32);
    CHECK(back.size() == original.size());
    CHECK(back == original);
    CHECK(original.format() == QImage::Format_RGB32); // the caller's copy is never converted
}

TEST_CASE("An image with transparency keeps it")
{
    const QImage original = drawing(QImage::Format_ARGB32);
    const std::optional<QByteArray> bytes = pngBytes(original);
    REQUIRE(bytes);
    CHECK(bytes->at(25) == 6); // IHDR colour type: RGB with alpha
    const QImage back = decoded(*bytes, QImage::Format_ARGB32);
    CHECK(back.pixelColor(300, 96).alpha() == 255);
    CHECK(back.pixelColor(240, 5).alpha() == 128);
    CHECK(back == original);
}

TEST_CASE("An image handed over is encoded as it was drawn")
{
    const QImage original = drawing(QImage::Format_RGB32);
    QImage handed = original.copy();
    const std::optional<QByteArray> bytes = pngBytes(std::move(handed));
    REQUIRE(bytes);
    CHECK(decoded(*bytes, QImage::Format_RGB32) == original);
}

TEST_CASE("A null image has no PNG")
{
    CHECK_FALSE(pngBytes(QImage()));
}

TEST_CASE("The heatmap's PNG is smaller than its pixels and decodes to them")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment);
    const QImage image = heatmapImage(data);
    const std::optional<QByteArray> bytes = pngBytes(image);
    REQUIRE(bytes);
    CHECK(bytes->size() < image.sizeInBytes() / 10); // flat cells compress even unfiltered
    QImage expected = image.convertToFormat(QImage::Format_RGB32);
    expected.setDevicePixelRatio(1.0);
    CHECK(decoded(*bytes, QImage::Format_RGB32) == expected);
}
