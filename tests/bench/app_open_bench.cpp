// SPDX-License-Identifier: Apache-2.0
// Opening a file in the app and painting its heatmap (docs/performance.md): the main window opens
// FILE for review on its Heatmap tab and the program quits once the heatmap has painted with the
// round's scores. scripts/bench.sh times the whole process against sqlite3's scan of every answer
// row. Prints, in milliseconds from the start of main: when the window first painted, when the
// heatmap painted with its scores, how many of the file's rounds had their answers read by
// then, and when the window and its document were gone after quitting (quitting waits for no
// read). Runs offscreen unless QT_QPA_PLATFORM says otherwise.
#include "app/assessment_document.h"
#include "app/heatmap/heatmap_canvas.h"
#include "app/heatmap/heatmap_view.h"
#include "app/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

using namespace lastmile;

namespace {

// Notes the first paint of the window and the first paint of the heatmap with its scores.
class PaintWatch : public QObject
{
public:
    PaintWatch(const QElapsedTimer& clock, app::MainWindow& window) : m_clock(clock), m_window(window) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_windowPainted < 0) {
            m_windowPainted = m_clock.elapsed();
        }
        if (event->type() == QEvent::Paint && watched == m_window.heatmapView()->canvas() &&
            !m_window.heatmapView()->canvas()->data().frictions.empty() && m_heatmapPainted < 0) {
            m_heatmapPainted = m_clock.elapsed();
            m_roundsRead = m_window.document()->loadedRoundCount();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit); // once this paint has finished
        }
        return false;
    }

    qint64 m_windowPainted = -1;
    qint64 m_heatmapPainted = -1;
    int m_roundsRead = 0;

private:
    const QElapsedTimer& m_clock;
    app::MainWindow& m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer clock;
    clock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true); // the settings of a real user stay untouched
    QApplication app(argc, argv);
    // A user with no recent files: the library's rows of earlier runs' files are not this figure.
    QSettings().clear();
    if (argc != 2) {
        std::fprintf(stderr, "usage: app_open_bench FILE\n");
        return 2;
    }
    app::MainWindow window;
    window.setErrorReporter([](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(3);
    });
    window.resize(1280, 820);
    if (!window.openFile(QString::fromLocal8Bit(argv[1]), true)) {
        return 3;
    }
    window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"))->setCurrentWidget(window.heatmapView());
    PaintWatch watch(clock, window);
    window.installEventFilter(&watch);
    window.heatmapView()->canvas()->installEventFilter(&watch);
    window.show();
    const int status = app.exec();
    const int rounds = int(window.document()->assessment().rounds.size());
    window.closeFile();
    const qint64 closed = clock.elapsed();
    std::printf("{\"window_painted_ms\": %lld, \"heatmap_painted_ms\": %lld, \"closed_ms\": %lld, \"rounds_read\": %d, "
                "\"rounds\": %d}\n",
                static_cast<long long>(watch.m_windowPainted), static_cast<long long>(watch.m_heatmapPainted),
                static_cast<long long>(closed), watch.m_roundsRead, rounds);
    return status;
}
