// SPDX-License-Identifier: Apache-2.0
#include "render/heat_palette.h"
#include "render/heatmap_export.h"
#include "render/heatmap_painter.h"
#include "render/report_style.h"
#include "render_fixtures.h"

#include <QImage>
#include <QPainter>
#include <QRegularExpression>
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

// The demo's heatmap with plain cells (no hatch, no disagreement) and targets on exactly two:
// the first initiative's first friction (46 against 25: 21 to close) and the third initiative's
// fourth (20 against 25: met).
HeatmapData targetHeatmap(const Assessment& assessment)
{
    HeatmapData data = test::demoHeatmap(assessment);
    for (HeatmapRow& row : data.initiatives) {
        for (HeatmapCell& cell : row.cells) {
            cell.target.reset();
            cell.lowCoverage = false;
            cell.disagreements = 0;
        }
    }
    HeatmapCell& open = data.initiatives[0].cells[0];
    open.score = 46.0;
    open.band = Band::Moderate;
    open.target = 25.0;
    HeatmapCell& met = data.initiatives[2].cells[3];
    met.score = 20.0;
    met.band = Band::Low;
    met.target = 25.0;
    return data;
}

QImage paintHeatmap(const HeatmapPainter& painter)
{
    QImage probe = whiteImage(QSize(10, 10));
    QImage image = whiteImage(painter.preferredSize(&probe).toSize() + QSize(2, 2));
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), painter.preferredSize(&image)));
    return image;
}

// Pixels in the bottom fifth of a cell, away from its edges, that are not `fill`.
int marksNearBottom(const QImage& image, const QRectF& cell, const QColor& fill)
{
    int marks = 0;
    for (int y = int(cell.bottom() - cell.height() * 0.2); y < int(cell.bottom()) - 3; ++y) {
        for (int x = int(cell.left()) + 4; x < int(cell.right()) - 4; ++x) {
            marks += image.pixelColor(x, y) != fill ? 1 : 0;
        }
    }
    return marks;
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

TEST_CASE("Targets are marked on the bottom edge of their cells only, and the legend says so")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = targetHeatmap(assessment);
    HeatmapOptions options;
    options.showTargets = true;
    const HeatmapPainter painter(data, options);
    const QImage image = paintHeatmap(painter);
    const QRectF area(QPointF(0, 0), painter.preferredSize(&image));
    int marked = 0;
    for (const HeatmapRow& row : data.initiatives) {
        for (const HeatmapCell& cell : row.cells) {
            INFO(row.name << " / " << cell.frictionId);
            const QRectF rect = *painter.cellRect(&image, area, row.initiativeId, cell.frictionId);
            const QColor fill = cell.band ? bandColour(*cell.band) : noScoreColour();
            const int marks = marksNearBottom(image, rect, fill);
            if (cell.target) {
                CHECK(marks > 20);
                ++marked;
            } else {
                CHECK(marks == 0);
            }
        }
    }
    CHECK(marked == 2);
    // The pointer stands further right for a higher target.
    HeatmapData higher = data;
    higher.initiatives[0].cells[0].target = 90.0;
    const auto darkest = [](const QImage& picture, const QRectF& cell) {
        qreal sum = 0.0;
        int count = 0;
        for (int y = int(cell.bottom() - cell.height() * 0.2); y < int(cell.bottom()) - 3; ++y) {
            for (int x = int(cell.left()) + 4; x < int(cell.right()) - 4; ++x) {
                if (qGray(picture.pixel(x, y)) < 80) {
                    sum += x;
                    ++count;
                }
            }
        }
        REQUIRE(count > 0);
        return sum / count;
    };
    const HeatmapPainter higherPainter(higher, options);
    const QImage higherImage = paintHeatmap(higherPainter);
    const QRectF first =
        *painter.cellRect(&image, area, data.initiatives[0].initiativeId, data.frictions[0].frictionId);
    CHECK(darkest(higherImage, first) > darkest(image, first) + first.width() * 0.4);

    const QString svg = QString::fromUtf8(heatmapSvg(data, options));
    CHECK(svg.contains(QStringLiteral("Target agreed with the client")));
    CHECK_FALSE(QString::fromUtf8(heatmapSvg(data)).contains(QStringLiteral("Target agreed")));
    CHECK_FALSE(svg.contains(QStringLiteral(">+21<")));
}

TEST_CASE("The gap view shows score minus target in cells with a target and leaves the others plain")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = targetHeatmap(assessment);
    CHECK(HeatmapPainter::gapText(data.initiatives[0].cells[0]) == QStringLiteral("+21"));
    CHECK(HeatmapPainter::gapText(data.initiatives[2].cells[3]) == QStringLiteral("\u2713"));
    CHECK(HeatmapPainter::gapText(data.initiatives[1].cells[1]).isEmpty());
    HeatmapCell barelyMissed;
    barelyMissed.score = 25.3;
    barelyMissed.target = 25.0;
    CHECK(HeatmapPainter::gapText(barelyMissed) == QStringLiteral("+1"));
    barelyMissed.score.reset();
    CHECK(HeatmapPainter::gapText(barelyMissed) == QStringLiteral("\u2013"));

    HeatmapOptions options;
    options.gapToTarget = true;
    const QString svg = QString::fromUtf8(heatmapSvg(data, options));
    CHECK(svg.contains(QStringLiteral(">+21<")));
    CHECK(svg.contains(QStringLiteral(">\u2713<")));
    CHECK(svg.count(QRegularExpression(QStringLiteral(">\\+\\d+<"))) == 1);
    for (const char* legend : {"Gap to target", "points still to close", "Target met", "No target set"}) {
        CHECK(svg.contains(QString::fromUtf8(legend)));
    }
    CHECK_FALSE(svg.contains(QStringLiteral("Critical (75 and over)"))); // no bands in this view
    CHECK_FALSE(QString::fromUtf8(heatmapSvg(data)).contains(QStringLiteral(">+21<")));

    // Met and open targets differ in colour and in greyscale; cells without one are plain.
    const HeatmapPainter painter(data, options);
    const QImage image = paintHeatmap(painter);
    const QRectF area(QPointF(0, 0), painter.preferredSize(&image));
    const auto corner = [&](const HeatmapRow& row, std::size_t column) {
        const QRectF rect = *painter.cellRect(&image, area, row.initiativeId, data.frictions[column].frictionId);
        return image.pixelColor((rect.bottomLeft() + QPointF(4, -3)).toPoint());
    };
    const QColor open = corner(data.initiatives[0], 0);
    const QColor met = corner(data.initiatives[2], 3);
    CHECK(std::abs(qGray(open.rgb()) - qGray(met.rgb())) > 60);
    for (const HeatmapRow& row : data.initiatives) {
        for (std::size_t column = 0; column < row.cells.size(); ++column) {
            if (!row.cells[column].target) {
                INFO(row.name << " / " << row.cells[column].frictionId);
                CHECK(corner(row, column) == shadeColour());
            }
        }
    }
}

TEST_CASE("The target views keep every cell hit-testing to itself")
{
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment, true);
    QImage device = whiteImage(QSize(10, 10));
    for (const bool gap : {false, true}) {
        HeatmapOptions options;
        options.showTargets = !gap;
        options.gapToTarget = gap;
        options.delta = true;
        const HeatmapPainter painter(data, options);
        const QRectF rect(QPointF(10, 10), painter.preferredSize(&device));
        for (const HeatmapRow& row : data.initiatives) {
            for (const HeatmapColumn& column : data.frictions) {
                const auto cell = painter.cellRect(&device, rect, row.initiativeId, column.frictionId);
                REQUIRE(cell.has_value());
                const auto hit = painter.hitTest(&device, rect, cell->center());
                REQUIRE(hit.has_value());
                CHECK(hit->initiativeId == row.initiativeId);
                CHECK(hit->frictionId == column.frictionId);
            }
        }
    }
}

TEST_CASE("Painted through a clip, the heatmap shows inside it exactly what it shows whole")
{
    // A window paints a long heatmap a few rows at a time, through clips: the rows it skips must
    // be those the clip hides, never one it shows, partly or whole.
    const Assessment assessment = test::demoAssessment();
    const HeatmapData data = test::demoHeatmap(assessment);
    const HeatmapPainter painter(data);
    const QImage whole = paintHeatmap(painter);
    const QRectF rect(QPointF(0, 0), painter.preferredSize(&whole));
    REQUIRE(data.initiatives.size() >= 3);
    const std::int64_t second = data.initiatives[1].initiativeId;
    const QRectF cell = *painter.cellRect(&whole, rect, second, data.frictions.front().frictionId);
    // The second row and a few pixels of the rows beside it; then the second row alone.
    for (const QRect& clip : {QRect(0, int(cell.top()) - 3, whole.width(), int(cell.height()) + 6),
                              QRect(0, int(cell.top()) + 2, whole.width(), int(cell.height()) - 4)}) {
        QImage clipped = whiteImage(whole.size());
        {
            QPainter p(&clipped);
            p.setClipRect(clip);
            painter.paint(p, rect);
        }
        int differing = 0;
        for (int y = clip.top(); y <= clip.bottom(); ++y) {
            for (int x = clip.left(); x <= clip.right(); ++x) {
                differing += clipped.pixel(x, y) != whole.pixel(x, y) ? 1 : 0;
            }
        }
        CHECK(differing == 0);
    }
}
