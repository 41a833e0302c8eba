// SPDX-License-Identifier: Apache-2.0
// lastmile: the desktop app. Starts things; the window and its pages do the work.
#include "main_window.h"
#include "workspace.h"

#include "text/english_plurals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QFileInfo>
#include <QTimer>

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

} // namespace

int main(int argc, char* argv[])
{
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
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        window.openFile(QFileInfo(files.first()).absoluteFilePath(), parser.isSet(readOnly));
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
