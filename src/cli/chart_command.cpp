// SPDX-License-Identifier: Apache-2.0
// The chart command: the trend over all rounds, or the friction profile of a round, as PNG or SVG.
#include "command.h"
#include "console.h"
#include "core/report_model.h"
#include "core/trend.h"
#include "lookup.h"
#include "render/profile_chart.h"
#include "render/trend_chart.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

class ChartCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override
    {
        return tr("Write the trend over all rounds or a friction profile as a PNG image or an SVG drawing.");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("OUT.png or OUT.svg; replaced if it exists."), QStringLiteral("OUT"));
        const QCommandLineOption kind(QStringLiteral("kind"),
                                      tr("trend (readiness and each friction over all rounds) or profile (the seven "
                                         "frictions of a round against the round before and the targets)."),
                                      QStringLiteral("KIND"));
        const QCommandLineOption initiative(QStringLiteral("initiative"),
                                            tr("Initiative, by id or exact name (default: the portfolio)."),
                                            QStringLiteral("I"));
        const QCommandLineOption round(QStringLiteral("round"),
                                       tr("For a profile: the round, by id or exact name (default: the latest)."),
                                       QStringLiteral("NAME"));
        parser.addOptions({output, kind, initiative, round});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output) || !parser.isSet(kind)) {
            return usageError(tr("expected one file, --kind and --output"));
        }
        const QString chartKind = parser.value(kind);
        if (chartKind != QStringLiteral("trend") && chartKind != QStringLiteral("profile")) {
            return usageError(tr("--kind must be trend or profile"));
        }
        const QString target = parser.value(output);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg")) {
            return usageError(tr("--output must end in .png or .svg"));
        }
        if (reportMissingFolder(target)) {
            return BadInput;
        }
        const QString path = parser.positionalArguments().first();
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
        if (!file) {
            return reportStorageError(file.error());
        }
        auto assessment = (*file)->load();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        if (assessment->rounds.empty()) {
            return reportFailure(path, tr("the file has no rounds to chart"));
        }
        std::int64_t initiativeId = 0;
        if (parser.isSet(initiative)) {
            const Initiative* found = findInitiative(*assessment, parser.value(initiative));
            if (!found) {
                return reportFailure(path, tr("no initiative \"%1\"").arg(parser.value(initiative)));
            }
            initiativeId = found->id;
        }
        render::ExportResult result;
        if (chartKind == QStringLiteral("trend")) {
            const render::TrendChartPainter chart(buildTrend(*assessment, initiativeId));
            result = render::writeChart(target, chart, tr("Trend"));
        } else {
            const RoundData* chosen =
                parser.isSet(round) ? findRound(*assessment, parser.value(round)) : latestRound(*assessment);
            if (!chosen) {
                return reportFailure(path, tr("no round \"%1\"").arg(parser.value(round)));
            }
            const HeatmapData heatmap = buildHeatmap(*assessment, *chosen, roundBefore(*assessment, *chosen));
            const render::ProfileChartPainter chart(render::profileChartData(heatmap, initiativeId));
            result = render::writeChart(target, chart, tr("Friction profile"));
        }
        if (!result.ok()) {
            return reportFailure(target, result.error);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeChartCommand()
{
    return std::make_unique<ChartCommand>();
}

} // namespace lastmile::cli
