// SPDX-License-Identifier: Apache-2.0
// The charts of the PDF report, drawn by the painters the application and the exports use.
#include "profile_chart.h"
#include "report_pdf_parts.h"
#include "report_style.h"

#include <QPainter>
#include <memory>

namespace lastmile::render::pdf {

namespace {

// Lays `chart` out at the current position, `widthShare` of the body wide at its preferred shape,
// moving to the next page when it does not fit.
void composeChart(Context& context, std::shared_ptr<const ChartPainter> chart, qreal widthShare)
{
    PageComposer& page = context.page;
    const QSizeF preferred = chart->preferredSize(page.device());
    const qreal width = page.body().width() * widthShare;
    const qreal height = width * preferred.height() / preferred.width();
    page.ensure(height + page.pt(6));
    const QRectF area(page.body().left(), page.y(), width, height);
    page.add([chart, area](QPainter& painter) { chart->paint(painter, area); });
    page.moveTo(area.bottom());
    page.space(8);
}

} // namespace

void composeProfileChart(Context& context, const InitiativeSection& section)
{
    ProfileChartData data;
    data.name = QString::fromStdString(section.initiative.name);
    data.roundName = QString::fromStdString(context.model.cover.roundName);
    data.previousRoundName = QString::fromStdString(context.model.cover.previousRoundName);
    for (const ProfileEntry& entry : section.profile) {
        data.frictions.push_back({entry.frictionId, entry.name});
        HeatmapCell cell;
        cell.frictionId = entry.frictionId;
        cell.score = entry.score;
        cell.band = entry.band;
        cell.previousScore = entry.previousScore;
        cell.target = entry.target;
        data.cells.push_back(cell);
    }
    if (data.cells.size() < 3) {
        return; // a radar needs three axes
    }
    ChartOptions options;
    options.font = reportFont(7.5);
    composeChart(context, std::make_shared<ProfileChartPainter>(std::move(data), options), 0.62);
}

} // namespace lastmile::render::pdf
