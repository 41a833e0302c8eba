// SPDX-License-Identifier: Apache-2.0
// lastmile: the desktop app. Starts things; the window and its pages do the work.
#include "main_window.h"
#include "text/english_plurals.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
#include <cstdlib>

namespace {

// Quits once the window has painted, so start-up can be measured from outside.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
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
    lastmile::text::EnglishPlurals englishPlurals; // "1 answer", "2 answers" until translations ship
    QCoreApplication::installTranslator(&englishPlurals);
    QApplication::setApplicationName(QStringLiteral("Lastmile"));
    QApplication::setOrganizationName(QStringLiteral("Lastmile"));
    QApplication::setApplicationVersion(QStringLiteral(LASTMILE_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Lastmile"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lastmile desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The .lastmile file to open (default: the library)."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QApplication::translate("main", "Open FILE read-only."));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo engagement."));
    const QCommandLineOption present(QStringLiteral("presentation"),
                                     QApplication::translate("main", "Start in presentation mode."));
    const QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                            QApplication::translate("main", "Quit once the window has painted."));
    parser.addOptions({readOnly, demo, present, quitAfterPaint});
    parser.process(app);

    QString error;
    const QString demoPath = lastmile::app::Workspace::ensureDemo(&error); // first start: the demo in the library

    lastmile::app::MainWindow window;
    if (parser.isSet(quitAfterPaint)) {
        // Measuring start-up must never wait on a dialog: errors go to stderr and the run fails.
        window.setErrorReporter([](const QString& message) {
            QTextStream(stderr) << message << Qt::endl;
            QCoreApplication::exit(3);
            std::exit(3);
        });
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // A file opened from the file manager or a mail opens as last time here, or for review if it
        // came from elsewhere.
        const QString path = QFileInfo(files.first()).absoluteFilePath();
        parser.isSet(readOnly) ? window.openFile(path, true) : window.openFileAsRemembered(path);
    } else if (parser.isSet(demo) && !demoPath.isEmpty()) {
        window.openFile(demoPath, false);
    }
    if (parser.isSet(quitAfterPaint)) {
        window.installEventFilter(new QuitAfterFirstPaint(&window));
    }
    window.show();
    if (parser.isSet(present)) {
        window.setPresentationMode(true);
    }
    return app.exec();
}
