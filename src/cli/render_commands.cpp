// SPDX-License-Identifier: Apache-2.0
// The commands that render an assessment: report (PDF or HTML) and heatmap (PNG or SVG).
#include "command.h"
#include "console.h"
#include "core/report_model.h"
#include "lookup.h"
#include "render/heatmap_export.h"
#include "render/pdf_outline.h"
#include "render/report_html.h"
#include "render/report_pdf.h"
#include "render/report_text.h"
#include "text/translations.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

// The rounds a rendering command works on, from --round and --compare.
struct Rounds
{
    const RoundData* round = nullptr;
    const RoundData* previous = nullptr;
};

class RenderCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

protected:
    // Opens FILE read-only, without the answers of any round yet; prints the reason and returns
    // false on bad input.
    static bool load(const QString& path, std::unique_ptr<storage::AssessmentFile>& file, Assessment& assessment,
                     int& exitCode)
    {
        auto opened = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
        if (!opened) {
            exitCode = reportStorageError(opened.error());
            return false;
        }
        auto loaded = (*opened)->loadWithoutAnswers();
        if (!loaded) {
            exitCode = reportStorageError(loaded.error());
            return false;
        }
        file = std::move(*opened);
        assessment = std::move(*loaded);
        return true;
    }

    // Reads the answers of the rounds picked, and only those: a large file has many rounds.
    static bool loadAnswers(storage::AssessmentFile& file, const Rounds& rounds, int& exitCode)
    {
        for (const RoundData* round : {rounds.round, rounds.previous}) {
            if (!round) {
                continue;
            }
            const storage::Status loaded = file.loadAnswers(const_cast<RoundData&>(*round));
            if (!loaded) {
                exitCode = reportStorageError(loaded.error());
                return false;
            }
        }
        return true;
    }

    // The scores of `round`: those stored in the file when they can be trusted
    // (AssessmentFile::loadStoredScores), so that its answers are never read; otherwise scored
    // from its answers, read now.
    static bool scoresOf(storage::AssessmentFile& file, const Assessment& assessment, const RoundData& round,
                         std::vector<InitiativeScore>& scores, int& exitCode)
    {
        auto stored = file.loadStoredScores(assessment, round);
        if (!stored) {
            exitCode = reportStorageError(stored.error());
            return false;
        }
        if (*stored) {
            scores = std::move(**stored);
            return true;
        }
        if (!loadAnswers(file, Rounds{&round, nullptr}, exitCode)) {
            return false;
        }
        scores = scoreRound(assessment, round);
        return true;
    }

    // --language LANG: the language of the fixed words, dates and decimals of what is rendered.
    static QCommandLineOption languageOption()
    {
        return QCommandLineOption(QStringLiteral("language"),
                                  tr("Language of the fixed text: %1 (default: the system's).")
                                      .arg(text::availableLanguages().join(QStringLiteral(", "))),
                                  QStringLiteral("LANG"));
    }

    // False, after printing the usage error, when --language names a language the program does not speak.
    bool checkLanguage(const QCommandLineParser& parser, const QCommandLineOption& language, int& exitCode) const
    {
        if (parser.isSet(language) && !text::isAvailable(parser.value(language))) {
            exitCode = usageError(tr("--language takes %1").arg(text::availableLanguages().join(QStringLiteral(", "))));
            return false;
        }
        return true;
    }

    static bool pickRounds(const QString& path, const Assessment& assessment, const QString& roundName,
                           const std::optional<QString>& compareName, bool defaultCompare, Rounds& rounds,
                           int& exitCode)
    {
        if (assessment.rounds.empty()) {
            exitCode = reportFailure(path, tr("the file has no rounds to report on"));
            return false;
        }
        rounds.round = roundName.isEmpty() ? latestRound(assessment) : findRound(assessment, roundName);
        if (!rounds.round) {
            exitCode = reportFailure(path, tr("no round \"%1\"").arg(roundName));
            return false;
        }
        if (compareName) {
            rounds.previous = findRound(assessment, *compareName);
            if (!rounds.previous) {
                exitCode = reportFailure(path, tr("no round \"%1\"").arg(*compareName));
                return false;
            }
        } else if (defaultCompare) {
            rounds.previous = roundBefore(assessment, *rounds.round);
        }
        return true;
    }
};

class ReportCommand : public RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return tr("Write the report of a round as PDF or self-contained HTML."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("OUT.pdf or OUT.html; replaced if it exists."), QStringLiteral("OUT"));
        const QCommandLineOption round(QStringLiteral("round"), tr("Round, by id or exact name (default: the latest)."),
                                       QStringLiteral("NAME"));
        const QCommandLineOption compare(QStringLiteral("compare"),
                                         tr("Round to compare with (default: the one before the reported round)."),
                                         QStringLiteral("ROUND"));
        const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                          tr("a4 or letter (default: as the file's branding says)."),
                                          QStringLiteral("SIZE"));
        const QCommandLineOption language = languageOption();
        struct Switch
        {
            QCommandLineOption option;
            bool ReportOptions::*field;
        };
        const std::vector<Switch> switches = {
            {QCommandLineOption(QStringLiteral("no-cover"), tr("Leave out the cover page.")), &ReportOptions::cover},
            {QCommandLineOption(QStringLiteral("no-summary"), tr("Leave out the executive summary.")),
             &ReportOptions::executiveSummary},
            {QCommandLineOption(QStringLiteral("no-heatmap"), tr("Leave out the heatmap pages.")),
             &ReportOptions::heatmap},
            {QCommandLineOption(QStringLiteral("no-initiatives"), tr("Leave out the section of each initiative.")),
             &ReportOptions::initiatives},
            {QCommandLineOption(QStringLiteral("no-methodology"), tr("Leave out the methodology.")),
             &ReportOptions::methodology},
            {QCommandLineOption(QStringLiteral("no-appendix"), tr("Leave out the appendix of every answer.")),
             &ReportOptions::appendix},
        };
        const QCommandLineOption summaryOnly(QStringLiteral("summary-only"),
                                             tr("Only the executive summary, on one page."));
        const QCommandLineOption anonymous(
            QStringLiteral("anonymous"),
            tr("Name respondents \"Respondent A\", \"Respondent B\"… and leave out their roles, for sharing "
               "beyond the room."));
        parser.addOptions({output, round, compare, pageSize, language, summaryOnly, anonymous});
        for (const Switch& item : switches) {
            parser.addOption(item.option);
        }
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
            return usageError(tr("expected one file and --output"));
        }
        const QString target = parser.value(output);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QStringLiteral("pdf") && suffix != QStringLiteral("html") && suffix != QStringLiteral("htm")) {
            return usageError(tr("--output must end in .pdf or .html"));
        }
        const QString size = parser.value(pageSize);
        if (parser.isSet(pageSize) && size != QStringLiteral("a4") && size != QStringLiteral("letter")) {
            return usageError(tr("--page-size takes a4 or letter"));
        }
        if (!checkLanguage(parser, language, exitCode)) {
            return exitCode;
        }
        if (reportMissingFolder(target)) {
            return BadInput;
        }
        const QString path = parser.positionalArguments().first();
        std::unique_ptr<storage::AssessmentFile> file;
        Assessment assessment;
        Rounds rounds;
        if (!load(path, file, assessment, exitCode) ||
            !pickRounds(path, assessment, parser.value(round),
                        parser.isSet(compare) ? std::optional<QString>(parser.value(compare)) : std::nullopt, true,
                        rounds, exitCode) ||
            !loadAnswers(*file, rounds, exitCode)) {
            return exitCode;
        }
        ReportOptions options;
        options.today = toStd(QDate::currentDate().toString(Qt::ISODate));
        options.language = toStd(parser.isSet(language) ? parser.value(language) : text::currentLanguage());
        for (const Switch& item : switches) {
            options.*item.field = !parser.isSet(item.option);
        }
        options.summaryOnly = parser.isSet(summaryOnly);
        if (parser.isSet(anonymous)) {
            options.anonymousName = toStd(render::ReportText::anonymousRespondent());
        }
        ReportModel model = buildReport(assessment, *rounds.round, rounds.previous, options);
        if (parser.isSet(pageSize)) {
            model.cover.branding.pageSize = toStd(size);
        }
        render::ExportResult result = render::ExportResult::written();
        {
            ProgressLine line(QFileInfo(target).fileName());
            const render::ExportProgress progress = [&line](int done, int total) { return line.update(done, total); };
            result = suffix == QStringLiteral("pdf")
                         ? render::writeReportPdf(target, model, render::qpdfFinisher(), progress)
                         : render::writeReportHtml(target, model, progress);
        }
        if (!result.ok()) {
            return reportFailure(target, result.error);
        }
        return Success;
    }
};

class HeatmapCommand : public RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeatmapCommand)

public:
    QString name() const override { return QStringLiteral("heatmap"); }
    QString summary() const override { return tr("Write the heatmap of a round as a PNG image or an SVG drawing."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("OUT.png or OUT.svg; replaced if it exists."), QStringLiteral("OUT"));
        const QCommandLineOption round(QStringLiteral("round"), tr("Round, by id or exact name (default: the latest)."),
                                       QStringLiteral("NAME"));
        const QCommandLineOption compare(QStringLiteral("compare"),
                                         tr("Show the change of every score since this round, with arrows."),
                                         QStringLiteral("ROUND"));
        const QCommandLineOption targets(QStringLiteral("targets"),
                                         tr("Mark each cell's target with a pointer on its bottom edge."));
        const QCommandLineOption gap(QStringLiteral("gap"),
                                     tr("Show in each cell with a target its gap to it (score minus target, "
                                        "\"+21\" still to close, \"\u2713\" met); cells without one are left plain."));
        const QCommandLineOption language = languageOption();
        parser.addOptions({output, round, compare, targets, gap, language});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
            return usageError(tr("expected one file and --output"));
        }
        const QString target = parser.value(output);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QStringLiteral("png") && suffix != QStringLiteral("svg")) {
            return usageError(tr("--output must end in .png or .svg"));
        }
        if (!checkLanguage(parser, language, exitCode)) {
            return exitCode;
        }
        if (reportMissingFolder(target)) {
            return BadInput;
        }
        const QString path = parser.positionalArguments().first();
        std::unique_ptr<storage::AssessmentFile> file;
        Assessment assessment;
        Rounds rounds;
        std::vector<InitiativeScore> scores;
        std::vector<InitiativeScore> previousScores;
        if (!load(path, file, assessment, exitCode) ||
            !pickRounds(path, assessment, parser.value(round),
                        parser.isSet(compare) ? std::optional<QString>(parser.value(compare)) : std::nullopt, false,
                        rounds, exitCode) ||
            !scoresOf(*file, assessment, *rounds.round, scores, exitCode) ||
            (rounds.previous && !scoresOf(*file, assessment, *rounds.previous, previousScores, exitCode))) {
            return exitCode;
        }
        const text::LanguageScope scope(parser.value(language)); // the system's language when not set
        const HeatmapData data =
            buildHeatmap(assessment, *rounds.round, std::move(scores), rounds.previous, std::move(previousScores));
        render::HeatmapOptions options;
        options.delta = rounds.previous != nullptr;
        options.showTargets = parser.isSet(targets);
        options.gapToTarget = parser.isSet(gap);
        options.caption =
            render::heatmapCaption(QString::fromStdString(assessment.organization.name), data, options.delta);
        const render::ExportResult result = suffix == QStringLiteral("png")
                                                ? render::writeHeatmapPng(target, data, options)
                                                : render::writeHeatmapSvg(target, data, options);
        if (!result.ok()) {
            return reportFailure(target, result.error);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

std::unique_ptr<Command> makeHeatmapCommand()
{
    return std::make_unique<HeatmapCommand>();
}

} // namespace lastmile::cli
