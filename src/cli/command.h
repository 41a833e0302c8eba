// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace lastmile::cli {

// Exit statuses of lastmile-cli (docs/cli.md).
enum ExitCode { Success = 0, UsageError = 2, BadInput = 3, RepositoryFailed = 4, ConflictsKept = 5 };

// One subcommand of lastmile-cli: its name, a line for the help, and what it does.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `arguments` are those after the command name. Returns an ExitCode.
    virtual int run(const QStringList& arguments) = 0;

protected:
    // Parses `arguments` with `parser` (adding --help); on a usage error prints it and the
    // command's help to stderr and returns false with `exitCode` set; --help prints and
    // returns false with Success.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, int& exitCode) const;
    int usageError(const QString& message) const;
};

std::vector<std::unique_ptr<Command>> allCommands();

std::unique_ptr<Command> makeActionCommand();
std::unique_ptr<Command> makeAnswerCommand();
std::unique_ptr<Command> makeBankCommand();
std::unique_ptr<Command> makeBrandingCommand();
std::unique_ptr<Command> makeChartCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeGenerateCommand();
std::unique_ptr<Command> makeHeatmapCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeRepoCommand();
std::unique_ptr<Command> makeScoreCommand();
std::unique_ptr<Command> makeSessionCommand();
std::unique_ptr<Command> makeTargetCommand();

} // namespace lastmile::cli
