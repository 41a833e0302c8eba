// SPDX-License-Identifier: Apache-2.0
// The commands that read an assessment file as a whole: check and export.
#include "command.h"
#include "console.h"
#include "render/answers_csv.h"
#include "render/report_text.h"
#include "storage/interchange.h"
#include "text/messages.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

class CheckCommand : public Command
{
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
            QString reason = text::Messages::finding(findings->front());
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
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return tr("Export a whole file to JSON (lossless) or its answers to CSV (one row per answer).");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .lastmile file."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("OUT.json or OUT.csv; replaced if it exists."), QStringLiteral("OUT"));
        const QCommandLineOption anonymous(
            QStringLiteral("anonymous"),
            tr("CSV only: name respondents \"Respondent A\", \"Respondent B\"… and leave out their roles."));
        parser.addOptions({output, anonymous});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
            return usageError(tr("expected one file and --output"));
        }
        const QString target = parser.value(output);
        const QString suffix = QFileInfo(target).suffix().toLower();
        if (suffix != QStringLiteral("json") && suffix != QStringLiteral("csv")) {
            return usageError(tr("--output must end in .json or .csv"));
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
        const QByteArray bytes =
            suffix == QStringLiteral("json")
                ? QByteArray::fromStdString(storage::exportAssessmentJson(*assessment))
                : render::AnswersCsv::bytes(*assessment, parser.isSet(anonymous)
                                                             ? toStd(render::ReportText::anonymousRespondent())
                                                             : std::string());
        if (const QString error = writeFileAtomically(target, bytes); !error.isEmpty()) {
            return reportFailure(target, error);
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
