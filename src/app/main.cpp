// SPDX-License-Identifier: Apache-2.0
// lastmile: the desktop app. Starts things; the window and its pages do the work.
#include "language_menu.h"
#include "launch_channel.h"
#include "library/library_page.h"
#include "main_window.h"
#include "text/translations.h"
#include "window_set.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QPointer>
#include <QTextStream>
#include <QTimer>
#include <cstdlib>
#include <functional>
#include <utility>

namespace {

// Runs `then` at the next turn of the event loop after the window it watches first painted:
// what the first paint does not need waits for it.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QObject* parent, std::function<void()> then) : QObject(parent), m_then(std::move(then)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, qApp, std::exchange(m_then, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
};

// --help and --version need no window system: answer them before one is required.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" ||
            argument == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForTextOnly(argc, argv) && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lastmile"));
    QApplication::setOrganizationName(QStringLiteral("Lastmile"));
    // The language chosen in View > Language, else the system's; numbers and dates to match.
    const lastmile::text::Translations translations(lastmile::app::chosenLanguage());
    QLocale::setDefault(lastmile::text::localeFor(translations.language()));
    QApplication::setApplicationVersion(QStringLiteral(LASTMILE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Lastmile"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lastmile.Lastmile"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lastmile desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QApplication::translate("main", "The .lastmile files to open, each in a window (default: the library)."),
        QStringLiteral("[FILE...]"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "Open FILE read-only."));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo engagement."));
    const QCommandLineOption present(QStringLiteral("presentation"),
                                     QApplication::translate("main", "Start in presentation mode."));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                            QApplication::translate("main", "Quit once the window has painted."));
    parser.addOptions({readOnly, demo, present, quitAfterPaint});
    parser.process(app);

    QStringList files;
    for (const QString& file : parser.positionalArguments()) {
        files << QFileInfo(file).absoluteFilePath();
    }
    const lastmile::app::LaunchRequest request{files, parser.isSet(readOnly)};
    // A Lastmile already running takes this launch's files (or opens a new window); measuring
    // start-up, the demo and presentation mode always start a program of their own.
    const bool ownProgram = parser.isSet(quitAfterPaint) || parser.isSet(demo) || parser.isSet(present);
    lastmile::app::LaunchChannel channel(ownProgram ? QString() : lastmile::app::LaunchChannel::defaultName());
    if (!ownProgram) {
        if (channel.handOver(request)) {
            return 0;
        }
        channel.listen(); // without it, later launches open programs of their own
    }

    QString error;
    const QString demoPath = lastmile::app::Workspace::ensureDemo(&error); // first start: the demo in the library

    lastmile::app::WindowSet windows;
    QObject::connect(&channel, &lastmile::app::LaunchChannel::requested, &windows, &lastmile::app::WindowSet::open);
    if (parser.isSet(quitAfterPaint)) {
        // Measuring start-up must never wait on a dialog: errors go to stderr and the run fails.
        windows.setWindowSetup([](lastmile::app::MainWindow* window) {
            window->setErrorReporter([](const QString& message) {
                QTextStream(stderr) << message << Qt::endl;
                QCoreApplication::exit(3);
                std::exit(3);
            });
        });
    }
    // After the first paint: the icon (the theme's, else the SVG through Qt's icon engine
    // plugin) and, on the library, its rows (their files, read on a worker thread, show
    // "Reading…" in the first frame): reading them loads libraries and files the window's first
    // frame does not need.
    const auto afterFirstPaint = [](lastmile::app::MainWindow* window, bool heldLibrary) {
        window->installEventFilter(
            new AfterFirstPaint(window, [window = QPointer<lastmile::app::MainWindow>(window), heldLibrary] {
                if (window && heldLibrary) {
                    window->libraryPage()->resumeReading();
                }
                QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.lastmile.Lastmile"),
                                                             QIcon(QStringLiteral(":/icons/lastmile.svg"))));
            }));
    };
    if (!files.isEmpty()) {
        windows.open(request); // may show a message box, so nothing waits for a paint here
    } else {
        lastmile::app::MainWindow* window = windows.newWindow();
        if (parser.isSet(demo) && !demoPath.isEmpty()) {
            window->openFile(demoPath, false);
        }
        window->libraryPage()->holdReading();
        afterFirstPaint(window, true); // before show(): the paint cannot come first
        window->show();
    }
    lastmile::app::MainWindow* window = windows.windows().constFirst();
    if (!files.isEmpty()) {
        afterFirstPaint(window, false);
    }
    if (parser.isSet(quitAfterPaint)) {
        // Measuring start-up: quits once the window has painted.
        window->installEventFilter(new AfterFirstPaint(window, &QCoreApplication::quit));
    }
    if (parser.isSet(present)) {
        window->setPresentationMode(true);
    }
    return app.exec();
}
