// SPDX-License-Identifier: Apache-2.0
#include "command.h"
#include "console.h"
#include "core/bank_loader.h"
#include "text/messages.h"

#include <QCommandLineParser>

namespace lastmile::cli {

namespace {

class BankCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("bank"); }
    QString summary() const override { return tr("Work with question banks: \"bank validate BANK.json\"."); }

    int run(const QStringList& arguments) override
    {
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("validate"), tr("Check a bank and list every problem."));
        parser.addPositionalArgument(QStringLiteral("BANK"), tr("The question bank (JSON)."));
        int exitCode = Success;
        if (!parse(parser, arguments, exitCode)) {
            return exitCode;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2 || positional.first() != QStringLiteral("validate")) {
            return usageError(tr("expected \"validate BANK.json\""));
        }
        const QString path = positional.at(1);
        const BankLoadResult result = loadBankFile(toStd(path));
        if (!result.ok()) {
            for (const Problem& problem : result.problems) {
                printError(text::fileMessage(path, text::Messages::problem(problem)));
            }
            return BadInput;
        }
        const QuestionBank& bank = *result.bank;
        printOut(tr("%1: valid question bank \"%2\" (%3, content version %4): %5, %6")
                     .arg(path, QString::fromStdString(bank.name), QString::fromStdString(bank.id),
                          QString::fromStdString(bank.contentVersion),
                          tr("%n friction(s)", nullptr, static_cast<int>(bank.frictions.size())),
                          tr("%n question(s)", nullptr, static_cast<int>(bank.questionCount()))));
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeBankCommand()
{
    return std::make_unique<BankCommand>();
}

} // namespace lastmile::cli
