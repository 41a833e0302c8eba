// SPDX-License-Identifier: Apache-2.0
// The commands that write a new assessment file: demo, generate and import.
#include "command.h"
#include "console.h"
#include "samples/demo_assessment.h"
#include "samples/synthetic_assessment.h"
#include "storage/interchange.h"
#include "text/messages.h"

#include <QCommandLineParser>
#include <QDate>

namespace lastmile::cli {

namespace {

int writeNewFile(const QString& path, const Assessment& assessment)
{
    auto created = storage::AssessmentFile::create(toStd(path), assessment);
    if (!created) {
        return reportStorageError(created.error());
    }
    return Success;
}

class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Write the demo engagement (a regional distributor) to a new file."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("OUT"), tr("The new .lastmile file; must not exist."));
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one output file"));
        }
        if (reportMissingFolder(parser.positionalArguments().first())) {
            return BadInput;
        }
        const std::optional<QuestionBank> bank = shippedBank();
        if (!bank) {
            return reportFailure(QStringLiteral("lastmile-core.json"), tr("the built-in question bank does not load"));
        }
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        return writeNewFile(parser.positionalArguments().first(), makeDemoAssessment(*bank, toStd(today)));
    }
};

class GenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GenerateCommand)

public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return tr("Write a large synthetic assessment, the same for the same seed."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("OUT"), tr("The new .lastmile file; must not exist."));
        const QCommandLineOption initiatives(QStringLiteral("initiatives"), tr("Number of initiatives (1-10000)."),
                                             QStringLiteral("N"), QStringLiteral("10"));
        const QCommandLineOption respondents(QStringLiteral("respondents"), tr("Respondents per round (1-100)."),
                                             QStringLiteral("M"), QStringLiteral("5"));
        const QCommandLineOption rounds(QStringLiteral("rounds"), tr("Number of rounds (1-50)."), QStringLiteral("R"),
                                        QStringLiteral("2"));
        const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generator."), QStringLiteral("S"),
                                      QStringLiteral("1"));
        parser.addOptions({initiatives, respondents, rounds, seed});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("expected one output file"));
        }
        SyntheticOptions options;
        struct Bound
        {
            const QCommandLineOption& option;
            int& value;
            int maximum;
        };
        for (const Bound& bound : {Bound{initiatives, options.initiatives, 10000},
                                   Bound{respondents, options.respondents, 100}, Bound{rounds, options.rounds, 50}}) {
            bool ok = false;
            bound.value = parser.value(bound.option).toInt(&ok);
            if (!ok || bound.value < 1 || bound.value > bound.maximum) {
                return usageError(
                    tr("--%1 takes a whole number from 1 to %2").arg(bound.option.names().first()).arg(bound.maximum));
            }
        }
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok) {
            return usageError(tr("--seed takes a whole number of 0 or more"));
        }
        if (reportMissingFolder(parser.positionalArguments().first())) {
            return BadInput;
        }
        const std::optional<QuestionBank> bank = shippedBank();
        if (!bank) {
            return reportFailure(QStringLiteral("lastmile-core.json"), tr("the built-in question bank does not load"));
        }
        return writeNewFile(parser.positionalArguments().first(), makeSyntheticAssessment(*bank, options));
    }
};

class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Make a new assessment file from an exported JSON document."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("IN"), tr("The JSON document (format lastmile-assessment)."));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("The new .lastmile file; must not exist."), QStringLiteral("OUT"));
        parser.addOption(output);
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
            return usageError(tr("expected one input file and --output"));
        }
        if (reportMissingFolder(parser.value(output))) {
            return BadInput;
        }
        const QString input = parser.positionalArguments().first();
        const storage::ImportResult imported = storage::loadAssessmentJsonFile(toStd(input));
        if (!imported.assessment) {
            for (const Problem& problem : imported.problems) {
                printError(text::fileMessage(input, text::Messages::problem(problem)));
            }
            return BadInput;
        }
        return writeNewFile(parser.value(output), *imported.assessment);
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

std::unique_ptr<Command> makeGenerateCommand()
{
    return std::make_unique<GenerateCommand>();
}

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace lastmile::cli
