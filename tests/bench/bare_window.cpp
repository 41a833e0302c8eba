// SPDX-License-Identifier: Apache-2.0
// The start-up floor: a Qt Widgets program that shows one window and quits after its first
// paint, measured beside `lastmile --quit-after-first-paint`. Built as bare_window (a window
// that paints nothing), bare_window_linked (the same loading what the app links), and, with
// LASTMILE_BARE_TEXT, bare_text_window: a main window with a menu bar that paints one line of
// text, what any Widgets window with text costs (fonts, fontconfig, the menu bar's icons).
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>
#include <QWidget>

namespace {

class Window : public QWidget
{
protected:
    void paintEvent(QPaintEvent*) override
    {
#ifdef LASTMILE_BARE_TEXT
        QPainter(this).drawText(rect(), Qt::AlignCenter, QStringLiteral("Lastmile"));
#endif
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
#ifdef LASTMILE_BARE_TEXT
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new Window);
#else
    Window window;
#endif
    window.resize(1280, 820);
    window.show();
    return app.exec();
}
