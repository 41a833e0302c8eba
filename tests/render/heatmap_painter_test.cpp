// SPDX-License-Identifier: Apache-2.0
#include "render/heat_palette.h"
#include "render/heatmap_painter.h"
#include "render_fixtures.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::render;

namespace {

QImage whiteImage(const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

} // namespace

TEST_CASE("The heatmap reports the size it needs, growing with its rows and options")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment, true);
    QImage device = whiteImage(QSize(10, 10));
    const QSizeF full = HeatmapPainter(data).preferredSize(&device);
    CHECK(full.width() > 300);
    CHECK(full.height() > 100);

    HeatmapOptions two;
    two.rowCount = 2;
    const QSizeF fewer = HeatmapPainter(data, two).preferredSize(&device);
    CHECK(fewer.width() == Approx(full.width()));
    CHECK(full.height() - fewer.height() == Approx(3 * HeatmapPainter(data).rowHeight(&device)).margin(1.0));

    HeatmapOptions delta;
    delta.delta = true;
    CHECK(HeatmapPainter(data, delta).rowHeight(&device) > HeatmapPainter(data).rowHeight(&device));

    HeatmapOptions bare;
    bare.legend = false;
    bare.portfolioRow = false;
    const HeatmapPainter barePainter(data, bare);
    CHECK(barePainter.preferredSize(&device).height() ==
          Approx(barePainter.headerHeight(&device) + 5 * barePainter.rowHeight(&device)).margin(1.0));

    HeatmapOptions larger;
    larger.font = QFont(HeatmapPainter(data).options().font);
    larger.font.setPointSizeF(16);
    CHECK(HeatmapPainter(data, larger).preferredSize(&device).width() > full.width() * 1.5);
}

TEST_CASE("Every cell hit-tests to its initiative and friction, at full size and scaled down")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment);
    const HeatmapPainter painter(data);
    QImage device = whiteImage(QSize(10, 10));
    const QSizeF size = painter.preferredSize(&device);
    for (const QRectF& rect : {QRectF(QPointF(20, 30), size), QRectF(QPointF(5, 5), size / 2)}) {
        for (const HeatmapRow& row : data.initiatives) {
            for (const HeatmapColumn& column : data.frictions) {
                const auto cell = painter.cellRect(&device, rect, row.initiativeId, column.frictionId);
                REQUIRE(cell.has_value());
                CHECK(rect.contains(*cell));
                const auto hit = painter.hitTest(&device, rect, cell->center());
                REQUIRE(hit.has_value());
                CHECK(hit->initiativeId == row.initiativeId);
                CHECK(hit->frictionId == column.frictionId);
                CHECK_FALSE(hit->portfolio);
            }
            const auto readiness = painter.cellRect(&device, rect, row.initiativeId, "");
            REQUIRE(readiness.has_value());
            const auto hit = painter.hitTest(&device, rect, readiness->center());
            REQUIRE(hit.has_value());
            CHECK(hit->initiativeId == row.initiativeId);
            CHECK(hit->frictionId.empty());
        }
        const auto portfolio = painter.cellRect(&device, rect, 0, data.frictions[2].frictionId);
        REQUIRE(portfolio.has_value());
        const auto hit = painter.hitTest(&device, rect, portfolio->center());
        REQUIRE(hit.has_value());
        CHECK(hit->portfolio);
        CHECK(hit->frictionId == data.frictions[2].frictionId);

        const auto header = painter.hitTest(&device, rect, rect.topLeft() + QPointF(rect.width() * 0.9, 2));
        REQUIRE(header.has_value());
        CHECK(header->header);
        CHECK_FALSE(painter.hitTest(&device, rect, rect.topLeft() - QPointF(3, 3)).has_value());
        CHECK_FALSE(painter.hitTest(&device, rect, rect.bottomLeft() + QPointF(2, -2)).has_value()); // the legend
    }
    CHECK_FALSE(painter.cellRect(&device, QRectF(QPointF(0, 0), size), 999, "").has_value());
    CHECK_FALSE(painter.cellRect(&device, QRectF(QPointF(0, 0), size), data.initiatives[0].initiativeId, "nope"));
}

TEST_CASE("Cells are painted in their band's colour, hatched when the evidence is thin")
{
    Assessment assessment = test::demoAssessment();
    HeatmapData data = test::demoHeatmap(assessment);
    data.initiatives[0].cells[0].lowCoverage = true;
    data.initiatives[0].cells[0].band = Band::Low;
    data.initiatives[0].cells[0].score = 10.0;
    data.initiatives[0].cells[0].disagreements = 0;
    data.initiatives[0].cells[1].score.reset();
    data.initiatives[0].cells[1].band.reset();
    data.initiatives[0].cells[1].disagreements = 0;
    const HeatmapPainter painter(data);
    QImage image = whiteImage(QSize(10, 10));
    const QSizeF size = painter.preferredSize(&image);
    image = whiteImage(size.toSize() + QSize(2, 2));
    {
        QPainter p(&image);
        painter.paint(p, QRectF(QPointF(0, 0), size));
    }
    for (const HeatmapRow& row : data.initiatives) {
        for (std::size_t column = 0; column < data.frictions.size(); ++column) {
            const HeatmapCell& cell = row.cells[column];
            const QRectF rect =
                *painter.cellRect(&image, QRectF(QPointF(0, 0), size), row.initiativeId, cell.frictionId);
            // Bottom left, away from the number, the disagreement mark and the cell's gap.
            const QPoint probe = (rect.bottomLeft() + QPointF(4, -3)).toPoint();
            const QColor expected = cell.band ? bandColour(*cell.band) : noScoreColour();
            if (cell.score && cell.lowCoverage) {
                // Some pixels of the hatch differ from the plain colour.
                bool differs = false;
                for (int dx = 0; dx < 12 && !differs; ++dx) {
                    differs = image.pixelColor(probe + QPoint(dx, 0)) != expected;
                }
                CHECK(differs);
            } else {
                INFO(row.name << " / " << cell.frictionId);
                CHECK(image.pixelColor(probe) == expected);
            }
        }
    }
}
