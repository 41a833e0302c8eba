// SPDX-License-Identifier: Apache-2.0
// Opening a file in the app and painting one of its pages (docs/performance.md): the main window
// opens FILE (for review, or for writing with --write) on its Heatmap tab (or its Summary tab with
// --summary) and the program quits once that page has painted with the round's scores (the
// summary: with its trend chart). scripts/bench.sh times the whole process against sqlite3's scan
// of every answer row. Prints, in milliseconds from the start of main: when the window first
// painted, when the page painted with its scores, how many of the file's rounds had their answers
// read by then and whether a read was under way, and when the window and its document were gone
// after quitting (quitting waits for no read). Runs offscreen unless QT_QPA_PLATFORM says
// otherwise.
#include "app/assessment_document.h"
#include "app/heatmap/heatmap_canvas.h"
#include "app/heatmap/heatmap_view.h"
#include "app/main_window.h"
#include "app/summary/chart_widget.h"
#include "app/summary/summary_page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace lastmile;

namespace {

// Notes the first paint of the window and the first paint of the page with its scores.
class PaintWatch : public QObject
{
public:
    PaintWatch(const QElapsedTimer& clock, app::MainWindow& window, QWidget* painted)
        : m_clock(clock), m_window(window), m_painted(painted)
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_windowPainted < 0) {
            m_windowPainted = m_clock.elapsed();
        }
        if (event->type() == QEvent::Paint && watched == m_painted && hasScores() && m_pagePainted < 0) {
            m_pagePainted = m_clock.elapsed();
            m_roundsRead = m_window.document()->loadedRoundCount();
            m_reading = m_window.document()->isLoading();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit); // once this paint has finished
        }
        return false;
    }

    qint64 m_windowPainted = -1;
    qint64 m_pagePainted = -1;
    int m_roundsRead = 0;
    bool m_reading = false;

private:
    bool hasScores() const
    {
        if (m_painted == m_window.heatmapView()->canvas()) {
            return !m_window.heatmapView()->canvas()->data().frictions.empty();
        }
        return m_window.summaryPage()->trendChart()->chart() != nullptr;
    }

    const QElapsedTimer& m_clock;
    app::MainWindow& m_window;
    QWidget* m_painted;
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
    bool write = false;
    bool summary = false;
    const char* path = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--write") == 0) {
            write = true;
        } else if (std::strcmp(argv[i], "--summary") == 0) {
            summary = true;
        } else if (!path && argv[i][0] != '-') {
            path = argv[i];
        } else {
            path = nullptr;
            break;
        }
    }
    if (!path) {
        std::fprintf(stderr, "usage: app_open_bench [--write] [--summary] FILE\n");
        return 2;
    }
    app::MainWindow window;
    window.setErrorReporter([](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(3);
    });
    window.resize(1280, 820);
    if (!window.openFile(QString::fromLocal8Bit(path), !write)) {
        return 3;
    }
    QWidget* page = summary ? static_cast<QWidget*>(window.summaryPage()) : window.heatmapView();
    QWidget* painted =
        summary ? static_cast<QWidget*>(window.summaryPage()->trendChart()) : window.heatmapView()->canvas();
    window.findChild<QTabWidget*>(QStringLiteral("documentTabWidget"))->setCurrentWidget(page);
    PaintWatch watch(clock, window, painted);
    window.installEventFilter(&watch);
    painted->installEventFilter(&watch);
    window.show();
    const int status = app.exec();
    const int rounds = int(window.document()->assessment().rounds.size());
    window.closeFile();
    const qint64 closed = clock.elapsed();
    std::printf("{\"window_painted_ms\": %lld, \"page_painted_ms\": %lld, \"closed_ms\": %lld, \"rounds_read\": %d, "
                "\"reading\": %s, \"rounds\": %d}\n",
                static_cast<long long>(watch.m_windowPainted), static_cast<long long>(watch.m_pagePainted),
                static_cast<long long>(closed), watch.m_roundsRead, watch.m_reading ? "true" : "false", rounds);
    return status;
}
