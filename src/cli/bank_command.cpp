// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "console.h"
#include "core/bank_loader.h"
#include "lookup.h"
#include "text/bank_folder.h"
#include "text/messages.h"
#include "text/save_file.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace lastmile::cli {

namespace {

QString describeBank(const QuestionBank& bank)
{
    return Command::tr("\"%1\" (%2, content version %3): %4, %5")
        .arg(QString::fromStdString(bank.name), QString::fromStdString(bank.id),
             QString::fromStdString(bank.contentVersion),
             Command::tr("%n friction(s)", nullptr, static_cast<int>(bank.frictions.size())),
             Command::tr("%n question(s)", nullptr, static_cast<int>(bank.questionCount())));
}

int printProblems(const QString& path, const Problems& problems)
{
    for (const Problem& problem : problems) {
        printError(text::fileMessage(path, text::Messages::problem(problem)));
    }
    return BadInput;
}

class BankCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BankCommand)

public:
    QString name() const override { return QStringLiteral("bank"); }
    QString summary() const override
    {
        return tr("Question banks: validate BANK.json, list, install BANK.json, export FILE --round R.");
    }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("validate|list|install|export"), tr("What to do."));
        parser.addPositionalArgument(QStringLiteral("[BANK|FILE]"),
                                     tr("The bank (validate, install) or the .lastmile file (export)."));
        const QCommandLineOption round(QStringLiteral("round"), tr("For export: the round, by id or exact name."),
                                       QStringLiteral("R"));
        const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                        tr("For export: the bank file to write; replaced if it exists."),
                                        QStringLiteral("BANK"));
        parser.addOptions({round, output});
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        const QStringList positional = parser.positionalArguments();
        const QString verb = positional.value(0);
        if (verb == QStringLiteral("list") && positional.size() == 1) {
            return list();
        }
        if (positional.size() != 2) {
            return usageError(tr("expected \"validate BANK\", \"list\", \"install BANK\" or \"export FILE\""));
        }
        if (verb == QStringLiteral("validate")) {
            return validate(positional[1]);
        }
        if (verb == QStringLiteral("install")) {
            return install(positional[1]);
        }
        if (verb == QStringLiteral("export")) {
            if (!parser.isSet(round) || !parser.isSet(output)) {
                return usageError(tr("export needs --round and --output"));
            }
            return exportBank(positional[1], parser.value(round), parser.value(output));
        }
        return usageError(tr("unknown action \"%1\"").arg(verb));
    }

private:
    int validate(const QString& path) const
    {
        const BankLoadResult result = loadBankFile(toStd(path));
        if (!result.ok()) {
            return printProblems(path, result.problems);
        }
        printOut(tr("%1: valid question bank %2").arg(path, describeBank(*result.bank)));
        return Success;
    }

    int list() const
    {
        for (const text::BankEntry& entry : text::availableBanks()) {
            const QString where = entry.shipped ? tr("built in") : entry.path;
            if (entry.result.bank) {
                printOut(QStringLiteral("%1  [%2]").arg(describeBank(*entry.result.bank), where));
            } else {
                printOut(tr("%1: does not load (%2)")
                             .arg(where, entry.result.problems.empty()
                                             ? QString()
                                             : text::Messages::problem(entry.result.problems.front())));
            }
        }
        return Success;
    }

    int install(const QString& path) const
    {
        Problems problems;
        QString error;
        const QString installed = text::installBank(path, &problems, &error);
        if (installed.isEmpty()) {
            return problems.empty() ? reportFailure(path, error) : printProblems(path, problems);
        }
        printOut(tr("%1: installed as %2").arg(path, installed));
        return Success;
    }

    int exportBank(const QString& path, const QString& roundName, const QString& target) const
    {
        const QFileInfo output(target);
        if (!output.absoluteDir().exists()) {
            return reportFailure(target, tr("the folder \"%1\" does not exist").arg(output.absolutePath()));
        }
        auto file = storage::AssessmentFile::open(toStd(path), storage::OpenMode::ReadOnly);
        if (!file) {
            return reportStorageError(file.error());
        }
        const auto assessment = (*file)->load();
        if (!assessment) {
            return reportStorageError(assessment.error());
        }
        const RoundData* found = findRound(*assessment, roundName);
        if (!found) {
            return reportFailure(path, tr("no round \"%1\"").arg(roundName));
        }
        const QString error =
            text::saveAtomically(target, QByteArray::fromStdString(serializeBank(found->bank) + "\n"));
        return error.isEmpty() ? Success : reportFailure(target, error);
    }
};

} // namespace

std::unique_ptr<Command> makeBankCommand()
{
    return std::make_unique<BankCommand>();
}

} // namespace lastmile::cli
