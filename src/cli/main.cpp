// SPDX-License-Identifier: Apache-2.0
// lastmile-cli: the headless front end. Starts things and dispatches; the commands do the work.
#include "command.h"
#include "console.h"
#include "text/translations.h"

#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

namespace {

// The command line speaks only through its own lines on stdout and stderr. Qt's diagnostics
// (such as the offscreen platform's notes about the environment) would read as failures in a
// script, so only critical and fatal ones get through.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    Q_UNUSED(context);
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        QTextStream(stderr) << message << Qt::endl;
    }
}

class Help
{
    Q_DECLARE_TR_FUNCTIONS(Help)

public:
    static QString text(const std::vector<std::unique_ptr<lastmile::cli::Command>>& commands)
    {
        QString help = tr("Usage: lastmile-cli COMMAND [ARGUMENTS]\n\n"
                          "Assess AI initiatives against the seven last-mile frictions, from scripts.\n\n"
                          "Commands:\n");
        for (const auto& command : commands) {
            help += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(10), command->summary());
        }
        help += tr("\nRun \"lastmile-cli COMMAND --help\" for a command's arguments.\n"
                   "Exit status: 0 success, 2 usage error, 3 bad input (the message names the file).");
        return help;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    // Rendering needs a QGuiApplication for fonts and painting; without a display, it paints offscreen.
    qInstallMessageHandler(quietMessages);
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lastmile-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LASTMILE_VERSION));
    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), numbers and dates to match.
    const lastmile::text::Translations translations(lastmile::text::systemLanguage());
    QLocale::setDefault(lastmile::text::localeFor(translations.language()));

    const auto commands = lastmile::cli::allCommands();
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        lastmile::cli::printError(Help::text(commands));
        return lastmile::cli::UsageError;
    }
    const QString name = arguments.takeFirst();
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
        lastmile::cli::printOut(Help::text(commands));
        return lastmile::cli::Success;
    }
    if (name == QStringLiteral("--version")) {
        lastmile::cli::printOut(QStringLiteral("lastmile-cli " LASTMILE_VERSION));
        return lastmile::cli::Success;
    }
    for (const auto& command : commands) {
        if (command->name() == name) {
            return command->run(arguments);
        }
    }
    lastmile::cli::printError(Help::tr("lastmile-cli: unknown command \"%1\"").arg(name));
    lastmile::cli::printError(Help::text(commands));
    return lastmile::cli::UsageError;
}
