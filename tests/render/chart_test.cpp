// SPDX-License-Identifier: Apache-2.0
#include "core/trend.h"
#include "render/profile_chart.h"
#include "render/report_style.h"
#include "render/trend_chart.h"
#include "render_fixtures.h"

#include <QImage>
#include <QPainter>
#include <catch2/catch.hpp>

using namespace lastmile;
using namespace lastmile::render;

namespace {

// A trend of four rounds with readiness 20, 40, none, 70 and process debt 80, 60, none, 30.
Trend fourRoundTrend()
{
    Trend trend;
    trend.initiativeId = 7;
    trend.name = "Order management AI";
    trend.frictions = {{"process_debt", "Process debt"}, {"tribal_knowledge", "Tribal knowledge"}};
    const std::optional<double> readiness[] = {20.0, 40.0, std::nullopt, 70.0};
    const std::optional<double> debt[] = {80.0, 60.0, std::nullopt, 30.0};
    for (int r = 0; r < 4; ++r) {
        trend.points.push_back({"2026-Q" + std::to_string(r + 1) + " workshop", "", readiness[r], {debt[r], 50.0}});
    }
    return trend;
}

bool inside(const QRectF& outer, const QPointF& point)
{
    return point.x() >= outer.left() - 0.01 && point.x() <= outer.right() + 0.01 && point.y() >= outer.top() - 0.01 &&
           point.y() <= outer.bottom() + 0.01;
}

int inkPixels(const QImage& image, const QRect& area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            count += image.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        }
    }
    return count;
}

} // namespace

TEST_CASE("the trend chart lays out a panel per series with points inside their plots", "[render][chart]")
{
    const TrendChartPainter chart(fourRoundTrend());
    QImage image(900, 420, QImage::Format_RGB32);
    const QRectF rect(10, 10, 880, 400);
    const TrendLayout layout = chart.layout(&image, rect);
    CHECK(layout.titleText.contains(QStringLiteral("Order management AI")));
    CHECK(rect.contains(layout.title));
    REQUIRE(layout.panels.size() == 3); // readiness and two frictions
    CHECK(layout.panels[0].title == QStringLiteral("Readiness"));
    CHECK(layout.panels[0].higherIsBetter);
    CHECK(layout.panels[1].title == QStringLiteral("Process debt"));
    CHECK_FALSE(layout.panels[1].higherIsBetter);
    for (const TrendPanel& panel : layout.panels) {
        CHECK(rect.contains(panel.frame));
        CHECK(panel.frame.contains(panel.plot));
        REQUIRE(panel.points.size() == 4);
        REQUIRE(panel.xLabels.size() == 4);
        REQUIRE(panel.yTicks.size() == 5);
        CHECK(panel.yTicks.front() > panel.yTicks.back()); // 0 at the bottom, 100 at the top
        for (const auto& point : panel.points) {
            if (point) {
                CHECK(inside(panel.plot, *point));
            }
        }
        for (const QRectF& label : panel.xLabelRects) {
            CHECK(label.top() >= panel.plot.bottom());
            CHECK(inside(panel.frame.adjusted(-1, -1, 1, 1), label.center()));
        }
        // Four long names do not fit under their points: the first and the last round are named.
        CHECK(panel.xLabels.front().startsWith(QStringLiteral("2026-Q1")));
        CHECK(panel.xLabels.back().startsWith(QStringLiteral("2026-Q4")));
        CHECK(panel.xLabelRects.front().left() == Approx(panel.plot.left()));
        CHECK(panel.xLabelRects.back().right() == Approx(panel.plot.right()));
    }
    const TrendPanel& readiness = layout.panels[0];
    REQUIRE(readiness.points[0]);
    REQUIRE(readiness.points[3]);
    CHECK_FALSE(readiness.points[2]);                           // no score: a gap
    CHECK(readiness.points[3]->y() < readiness.points[0]->y()); // 70 sits above 20
    CHECK(readiness.points[3]->x() > readiness.points[0]->x()); // later rounds to the right
    CHECK(readiness.value == QStringLiteral("70"));             // the round before has no score
    CHECK_FALSE(readiness.change.has_value());
    const TrendPanel& debt = layout.panels[1];
    CHECK(debt.points[0]->y() == Approx(debt.yTicks[0] + (debt.yTicks[4] - debt.yTicks[0]) * 0.8));
}

TEST_CASE("the trend chart names the change since the round before", "[render][chart]")
{
    Trend trend = fourRoundTrend();
    trend.points[2].readiness = 50.0;
    trend.points[2].frictions[0] = 40.0;
    QImage image(900, 420, QImage::Format_RGB32);
    const TrendLayout layout = TrendChartPainter(trend).layout(&image, QRectF(0, 0, 900, 420));
    CHECK(layout.panels[0].value == QStringLiteral("70 \u219120"));
    REQUIRE(layout.panels[0].change);
    CHECK(*layout.panels[0].change == Approx(20.0));
    CHECK(layout.panels[1].value == QStringLiteral("30 \u219310"));
}

TEST_CASE("the trend chart names every round when the names fit", "[render][chart]")
{
    Trend trend = fourRoundTrend();
    for (std::size_t r = 0; r < trend.points.size(); ++r) {
        trend.points[r].roundName = "R" + std::to_string(r + 1);
    }
    QImage image(900, 420, QImage::Format_RGB32);
    const TrendLayout layout = TrendChartPainter(trend).layout(&image, QRectF(0, 0, 900, 420));
    for (const TrendPanel& panel : layout.panels) {
        REQUIRE(panel.xLabels.size() == 4);
        for (std::size_t r = 0; r < 4; ++r) {
            CHECK(panel.xLabels[r] == QStringLiteral("R%1").arg(r + 1));
        }
        REQUIRE(panel.points[1]); // every series has a score in the second round
        CHECK(panel.xLabelRects[1].center().x() == Approx(panel.points[1]->x()).margin(0.5));
    }
}

TEST_CASE("a narrow trend chart stacks its panels in two columns", "[render][chart]")
{
    QImage image(400, 700, QImage::Format_RGB32);
    const TrendChartPainter chart(fourRoundTrend(), {reportFont(8.0), QStringLiteral("Portfolio")});
    const TrendLayout layout = chart.layout(&image, QRectF(0, 0, 400, 700));
    CHECK(layout.titleText == QStringLiteral("Portfolio"));
    REQUIRE(layout.panels.size() == 3);
    CHECK(layout.panels[2].frame.top() > layout.panels[0].frame.bottom());
    CHECK(layout.panels[1].frame.left() > layout.panels[0].frame.right());
}

TEST_CASE("the trend chart paints its panels and its image export has the preferred size", "[render][chart]")
{
    const TrendChartPainter chart(fourRoundTrend());
    const QImage image = chartImage(chart, 1.0);
    const QSizeF size = chart.preferredSize(&image);
    CHECK(image.width() == int(std::ceil(size.width() + 24.0))); // a margin of 12 on either side
    const TrendLayout layout = chart.layout(&image, QRectF(QPointF(12.0, 12.0), size));
    for (const TrendPanel& panel : layout.panels) {
        CHECK(inkPixels(image, panel.plot.toAlignedRect().intersected(image.rect())) > 0);
    }
    CHECK(chartSvg(chart, QStringLiteral("Trend")).contains("Process debt"));
}

TEST_CASE("the profile chart places seven axes, the rounds and the targets on the radar", "[render][chart]")
{
    const Assessment assessment = test::demoAssessment();
    HeatmapData heatmap = test::demoHeatmap(assessment, true);
    REQUIRE(heatmap.frictions.size() == 7);
    const std::int64_t first = heatmap.initiatives.front().initiativeId;
    heatmap.initiatives.front().cells[2].target = 25.0;
    const ProfileChartData data = profileChartData(heatmap, first);
    CHECK(data.name == QString::fromStdString(heatmap.initiatives.front().name));
    REQUIRE(data.cells.size() == 7);
    CHECK(profileChartData(heatmap, 0).name.isEmpty());
    CHECK(profileChartData(heatmap, 0).cells.size() == 7);
    CHECK(profileChartData(heatmap, -5).cells.empty());

    QImage image(700, 560, QImage::Format_RGB32);
    const QRectF rect(0, 0, 700, 560);
    const ProfileLayout layout = ProfileChartPainter(data).layout(&image, rect);
    REQUIRE(layout.axisEnds.size() == 7);
    REQUIRE(layout.current.size() == 7);
    CHECK(layout.axisEnds[0].x() == Approx(layout.centre.x()));
    CHECK(layout.axisEnds[0].y() < layout.centre.y()); // the first axis points up
    for (std::size_t axis = 0; axis < 7; ++axis) {
        CHECK(QLineF(layout.centre, layout.axisEnds[axis]).length() == Approx(layout.radius));
        CHECK(rect.adjusted(-0.01, -0.01, 0.01, 0.01).contains(layout.labelRects[axis]));
        CHECK(layout.labels[axis].startsWith(QString::fromStdString(heatmap.frictions[axis].name)));
        const HeatmapCell& cell = data.cells[axis];
        if (cell.score) {
            REQUIRE(layout.current[axis]);
            CHECK(QLineF(layout.centre, *layout.current[axis]).length() ==
                  Approx(layout.radius * *cell.score / 100.0).margin(0.01));
        }
        CHECK(layout.previous[axis].has_value() == cell.previousScore.has_value());
    }
    REQUIRE(layout.target[2]);
    CHECK(QLineF(layout.centre, *layout.target[2]).length() == Approx(layout.radius * 0.25));
    CHECK_FALSE(layout.target[0]);
    REQUIRE(layout.legend.size() == 3); // the round, the compared round, the target
    CHECK(layout.legend[0] == data.roundName);
    CHECK(layout.legend[1] == data.previousRoundName);
    for (const QRectF& box : layout.legendRects) {
        CHECK(rect.contains(box));
    }
    CHECK(chartSvg(ProfileChartPainter(data), QStringLiteral("Profile")).contains("Target"));
}
