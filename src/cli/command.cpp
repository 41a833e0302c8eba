// SPDX-License-Identifier: Apache-2.0
#include "command.h"

#include "console.h"

#include <QCommandLineParser>

namespace lastmile::cli {

bool Command::parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode) const
{
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    QStringList all = arguments;
    all.prepend(QStringLiteral("lastmile-cli ") + name());
    if (!parser.parse(all)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser starts its usage line with the path the program was run from.
        QString text = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(QLatin1Char('\n'))) {
            text.replace(at, program.size(), QStringLiteral("lastmile-cli ") + name());
        }
        printOut(text);
        exitCode = Success;
        return false;
    }
    return true;
}

int Command::usageError(const QString& message) const
{
    printError(QStringLiteral("lastmile-cli %1: %2").arg(name(), message));
    printError(tr("Run \"lastmile-cli %1 --help\" for its usage.").arg(name()));
    return UsageError;
}

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makeDemoCommand());
    commands.push_back(makeGenerateCommand());
    commands.push_back(makeCheckCommand());
    commands.push_back(makeScoreCommand());
    commands.push_back(makeAnswerCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeHeatmapCommand());
    commands.push_back(makeChartCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeActionCommand());
    commands.push_back(makeTargetCommand());
    commands.push_back(makeBrandingCommand());
    commands.push_back(makeBankCommand());
    commands.push_back(makeRepoCommand());
    commands.push_back(makeSessionCommand());
    return commands;
}

} // namespace lastmile::cli
