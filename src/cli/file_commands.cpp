// SPDX-License-Identifier: Apache-2.0
// The commands that read an assessment file as a whole: check and export.
#include "command.h"
#include "console.h"
#include "core/report_model.h"
#include "lookup.h"
#include "render/answers_csv.h"
#include "render/report_text.h"
#include "render/workbook_xlsx.h"
#include "storage/interchange.h"
#include "storage_text/storage_messages.h"
#include "text/save_file.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check that a file is a sound Lastmile file, without changing it."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file to check."));
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one file"));
        }
        const QString path = parser.positionalArguments().first();
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto findings = (*file)->verify();
        if (!findings) {
            return reportStorageError(findings.error());
        }
        if (!findings->empty()) {
            QString reason = text::StorageMessages::finding(findings->front());
            if (findings->size() > 1) {
                reason += tr(" (and %n more problem(s))", nullptr, static_cast<int>(findings->size() - 1));
            }
            return reportFailure(path, reason);
        }
        const auto assessment = (*file)->load();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        std::size_t answers = 0;
        for (const RoundData& round : assessment->rounds) {
            answers += round.answers.size();
        }
        printOut(tr("%1: ok (%2, %3, %4)")
                     .arg(path, tr("%n initiative(s)", nullptr, static_cast<int>(assessment->initiatives.size())),
                          tr("%n round(s)", nullptr, static_cast<int>(assessment->rounds.size())),
                          tr("%n answer(s)", nullptr, static_cast<int>(answers))));
        return Success;
    }
};

class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export a whole file to JSON (lossless), its answers to CSV (one row per answer), or an Excel "
                  "workbook.");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("OUT.json, OUT.csv or OUT.xlsx; replaced if it exists."),
                                        QStringLiteral("OUT"));
        const QCommandLineOption round(QStringLiteral("round"),
                                       tr("The round of the workbook's heatmap and scores, by id or exact name "
                                          "(default: the latest). .xlsx only."),
                                       QStringLiteral("NAME"));
        const QCommandLineOption anonymous(
            QStringLiteral("anonymous"),
            tr("CSV only: name respondents \"Respondent A\", \"Respondent B\"… and leave out their roles."));
        parser.addOptions({output, round, anonymous});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
            return usageError(tr("expected one file and --output"));
        }
        const QString target = parser.value(output);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QStringLiteral("json") && suffix != QStringLiteral("csv") && suffix != QStringLiteral("xlsx")) {
            return usageError(tr("--output must end in .json, .csv or .xlsx"));
        }
        if (parser.isSet(round) && suffix != QStringLiteral("xlsx")) {
            return usageError(tr("--round applies to a workbook (.xlsx) only"));
        }
        if (parser.isSet(anonymous) && suffix != QStringLiteral("csv")) {
            return usageError(tr("--anonymous goes with a .csv output (the JSON export is the whole file)"));
        }
        if (reportMissingFolder(target)) {
            return BadInput;
        }
        auto file =
            storage::AssessmentFile::open(toStd(parser.positionalArguments().first()), storage::OpenMode::ReadOnly);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto assessment = (*file)->load();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        if (suffix == QStringLiteral("xlsx")) {
            return writeWorkbook(parser.positionalArguments().first(), *assessment, parser.value(round), target);
        }
        const QByteArray bytes =
            suffix == QStringLiteral("json")
                ? QByteArray::fromStdString(storage::exportAssessmentJson(*assessment))
                : render::AnswersCsv::bytes(*assessment, parser.isSet(anonymous)
                                                             ? toStd(render::ReportText::anonymousRespondent())
                                                             : std::string());
        if (const QString error = text::saveAtomically(target, bytes); !error.isEmpty()) {
            return reportFailure(target, error);
        }
        return Success;
    }

private:
    // The workbook of `roundName` (the latest if empty), compared with the round before it.
    static int writeWorkbook(const QString& path, const Assessment& assessment, const QString& roundName,
                             const QString& target)
    {
        const RoundData* round = roundName.isEmpty() ? latestRound(assessment) : findRound(assessment, roundName);
        if (assessment.rounds.empty()) {
            return reportFailure(path, tr("the file has no rounds to export"));
        }
        if (!round) {
            return reportFailure(path, tr("no round \"%1\"").arg(roundName));
        }
        ReportOptions options;
        options.today = toStd(QDate::currentDate().toString(Qt::ISODate));
        options.appendix = false; // the workbook lists every answer itself
        const ReportModel model = buildReport(assessment, *round, roundBefore(assessment, *round), options);
        const render::ExportResult result = render::writeWorkbookXlsx(target, assessment, model);
        if (!result.ok()) {
            return reportFailure(target, result.error);
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace lastmile::cli
